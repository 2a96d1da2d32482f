/**
 * The one write path (setValue, addItem, removeItem, moveItem), the interaction state in the model
 * (touched, submit, focus) and the view tree a renderer draws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AsystaError, createFormModel, getFormDefinition, parseInput, formatInput, validateSubmission } from '@asysta/forms';
import { catchAsystaError } from '../../../test/support/catch-asysta-error.js';
import { allNodes, nodeAt } from './support/view.js';

const options = { profile: 'konstancin-jeziorna', asOf: '2026-03-31' } as const;
const timeCard = getFormDefinition('karta-czasu-pracy').examples.valid[0]!.data;

describe('the write path', () => {
  it('refuses pointers outside the schema, into a hidden part, past the next item or past maxItems, changing nothing', () => {
    const model = createFormModel('karta-czasu-pracy', { ...options, data: timeCard });
    const before = model.getState().draft;
    expect(catchAsystaError(() => model.setValue('/nope', 1)).message).toBe('„/nope” nie jest polem formularza.');
    expect(catchAsystaError(() => model.setValue('rows', 1)).message).toContain('nie jest wskaźnikiem');
    expect(catchAsystaError(() => model.setValue('/rows/9/place', 'x')).message).toBe('Lista „/rows” nie ma pozycji 9.');
    expect(catchAsystaError(() => model.setValue('/rows/10000000/place', 'x')).message).toContain('nie ma pozycji');
    expect(catchAsystaError(() => model.removeItem('/rows', 7)).message).toBe('Lista „/rows” nie ma pozycji 7.');
    expect(catchAsystaError(() => model.addItem('/month')).message).toBe('„/month” nie jest listą.');
    expect(model.getState().draft).toBe(before);

    const referral = getFormDefinition('skierowanie-i-podstawa').examples.valid[0]!;
    const hidden = createFormModel('skierowanie-i-podstawa', { asOf: '2026-03-31', data: referral.data });
    const part = hidden.getState().hidden[0]!;
    expect(catchAsystaError(() => hidden.setValue(`${part}/x`, 1)).message).toContain(part);
  });

  it('stops adding at maxItems', () => {
    const model = createFormModel('karta-czasu-pracy', options);
    for (let i = 0; i < 62; i++) model.addItem('/rows');
    expect(catchAsystaError(() => model.addItem('/rows')).message).toContain('(62)');
    expect(model.getView().root.children.find((n) => n.pointer === '/rows')).toMatchObject({ kind: 'array', canAdd: false });
  });

  it('keeps touched state with its item when items are removed or moved', () => {
    const model = createFormModel('karta-czasu-pracy', options);
    for (let i = 0; i < 3; i++) model.addItem('/rows');
    model.touch('/rows/2/place');
    model.touch('/rows/0/date');
    model.removeItem('/rows', 1);
    expect([...model.getInteraction().touched].sort()).toEqual(['/rows/0/date', '/rows/1/place']);
    model.moveItem('/rows', 1, 0);
    expect([...model.getInteraction().touched].sort()).toEqual(['/rows/0/place', '/rows/1/date']);
    // The errors shown follow: the moved row's place, the other row's date.
    const shown = model.getView().summary.errors.map((e) => e.issue.path);
    expect(shown).toEqual(['/rows/0/place', '/rows/1/date']);
  });

  it('moves focus to the new item, then to the next, the previous and the add button on removal', () => {
    const model = createFormModel('karta-czasu-pracy', options);
    model.addItem('/rows');
    expect(model.getView().focus?.id).toBe('_rows_0_date');
    model.addItem('/rows');
    model.addItem('/rows');
    model.removeItem('/rows', 1);
    expect(model.getView().focus?.id).toBe('_rows_1');
    model.removeItem('/rows', 1);
    expect(model.getView().focus?.id).toBe('_rows_0');
    const seq = model.getView().focus!.seq;
    model.removeItem('/rows', 0);
    expect(model.getView().focus).toEqual({ id: '_rows__add', seq: seq + 1 });
  });

  it('on a failed submit shows every error and sends focus to the summary; a valid one is saved', () => {
    const model = createFormModel('karta-czasu-pracy', options);
    expect(model.getView().summary.errors).toEqual([]);
    const result = model.submit();
    expect(result.valid).toBe(false);
    const view = model.getView();
    expect(view.focus?.id).toBe(view.summary.id);
    expect(view.summary.alert).toBe(true);
    expect(view.summary.errors.map((e) => [e.label, e.targetId])).toEqual([
      ['Asystent rodziny', '_assistant'],
      ['Przedstawiciel rodziny', '_familyRepresentative'],
      ['Miesiąc', '_month'],
      // An empty list: the link goes to its add button.
      ['Spotkania', '_rows__add'],
    ]);
    model.setData(timeCard);
    expect(model.submit().valid).toBe(true);
    expect(model.getView().status).toBe('Dane przekazano do zapisania.');
    model.setValue('/rows/0/place', 'Szkoła');
    expect(model.getView().status).toBe('');
  });

  it('shows a missing required group at its first field, which is then invalid', () => {
    const plan = getFormDefinition('plan-pracy-z-rodzina');
    const model = createFormModel('plan-pracy-z-rodzina', { asOf: '2026-03-31' });
    model.submit();
    const view = model.getView();
    const family = view.summary.errors.find((e) => e.issue.path === '/family');
    expect(plan.schema['required']).toContain('family');
    expect(family?.targetId).toBe('_family_name');
    expect(nodeAt(view, '/family/name')).toMatchObject({ invalid: true });
    expect(nodeAt(view, '/family').issues).toEqual([]);
  });

  it('names summary entries as a person reads them', () => {
    const model = createFormModel('karta-czasu-pracy', { ...options, data: { ...timeCard, rows: [{ date: '2026-03-03', time: { from: '12:00', to: '10:00' }, place: 'Dom' }] } });
    expect(model.getView().summary.errors.map((e) => e.label)).toContain('Spotkanie 1 – Godzina od… do… – Do');
  });
});

describe('the view tree', () => {
  it('keeps the identity of every node a keystroke did not change', () => {
    const model = createFormModel('karta-czasu-pracy', { ...options, data: timeCard });
    const before = new Map(allNodes(model.getView()).map((node) => [`${node.kind}${node.pointer}`, node]));
    model.setValue('/rows/2/place', 'Szkoła');
    const changed = allNodes(model.getView()).filter((node) => before.get(`${node.kind}${node.pointer}`) !== node).map((n) => `${n.kind} ${n.pointer}`);
    // The field, its row, the list and the root: nothing else.
    expect(changed).toEqual(['group ', 'array /rows', 'item /rows/2', 'field /rows/2/place']);
  });

  it('draws fields with the widget, text and format a person types in', () => {
    const model = createFormModel('karta-czasu-pracy', { ...options, data: timeCard });
    expect(nodeAt(model.getView(), '/rows/0/date')).toMatchObject({ kind: 'field', widget: 'date', text: '03.03.2026', format: 'DD.MM.RRRR', required: true });
    expect(nodeAt(model.getView(), '/rows/0/time/from')).toMatchObject({ widget: 'time', text: '10:00' });
    expect(nodeAt(model.getView(), '/rows/0/minutes')).toMatchObject({ kind: 'derived', text: '2 godziny' });
    expect(nodeAt(model.getView(), '/totalMinutes')).toMatchObject({ kind: 'derived', text: '4 godziny 30 minut' });
    expect(nodeAt(model.getView(), '/rows/0/time')).toMatchObject({ kind: 'group', widget: 'timeRange' });
    expect(nodeAt(model.getView(), '/assistantSignature')).toMatchObject({ kind: 'group', level: 3, required: false });
    const signed = nodeAt(model.getView(), '/assistantSignature/signed');
    expect(signed).toMatchObject({ widget: 'checkbox', required: false });
    model.setLocale('en');
    expect(nodeAt(model.getView(), '/rows/0/date')).toMatchObject({ text: '03/03/2026', format: 'DD/MM/YYYY' });
  });

  it('gives items their label and levels that never invert', () => {
    const plan = getFormDefinition('plan-pracy-z-rodzina').examples.valid[0]!;
    const view = createFormModel('plan-pracy-z-rodzina', { asOf: '2026-03-31', data: plan.data, layout: 'single' }).getView();
    for (const node of allNodes(view)) {
      const children = node.kind === 'group' || node.kind === 'item' ? node.children : node.kind === 'array' ? node.items : [];
      for (const child of children) if ('level' in child && 'level' in node && node.pointer !== '') expect(child.level).toBeGreaterThanOrEqual(node.level);
    }
    expect(nodeAt(view, '/schedule/family/0')).toMatchObject({ kind: 'item', label: expect.stringMatching(/ 1$/) });
  });
});

describe('inputs', () => {
  it('read dates, months, times and money as typed in Polish, and keep what does not read', () => {
    expect(parseInput('date', '5.11.2025')).toBe('2025-11-05');
    expect(parseInput('date', '2025-11-05')).toBe('2025-11-05');
    expect(parseInput('date', '31.02.2025')).toBe('31.02.2025');
    expect(parseInput('month', '3.2026')).toBe('2026-03');
    expect(parseInput('time', '9:00')).toBe('09:00');
    expect(parseInput('time', '1730')).toBe('17:30');
    expect(parseInput('time', '25:00')).toBe('25:00');
    expect(parseInput('money', '12,50')).toBe(1250);
    expect(parseInput('text', '  ')).toBeUndefined();
    expect(formatInput('money', 1250, 'pl')).toBe('12,50');
  });
});

describe('incremental updates at any depth', () => {
  const plan = getFormDefinition('plan-pracy-z-rodzina').examples.valid[0]!;
  const planOptions = { profile: plan.profile ?? 'default', asOf: plan.asOf ?? '2026-03-31' };
  const summary = (state: { data: unknown; errors: readonly { path: string; code: string }[]; warnings: readonly { path: string }[] }) => ({
    data: state.data,
    errors: state.errors.map((e) => `${e.path} ${e.code}`),
    warnings: state.warnings.map((w) => w.path),
  });
  const lane = fc.constantFrom('family', 'assistant', 'socialWorker');
  const edit = fc.record({
    lane,
    row: fc.integer({ min: 0, max: 1 }),
    field: fc.constantFrom('action', 'deadline', 'expectedEffect'),
    value: fc.constantFrom('Nowe działanie', '', '2026-06-30', '2026-13-01', undefined),
  });

  it('give the same state as a fresh evaluation after edits in the work plan’s lanes', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 8 }), (edits) => {
        const model = createFormModel('plan-pracy-z-rodzina', { ...planOptions, data: plan.data });
        for (const e of edits) {
          const rows = ((model.getState().draft['schedule'] as Record<string, unknown[]>)[e.lane] ?? []).length;
          if (e.row >= rows) continue;
          model.setValue(`/schedule/${e.lane}/${e.row}/${e.field}`, e.value);
          expect(summary(model.getState())).toEqual(summary(validateSubmission('plan-pracy-z-rodzina', model.getState().draft, planOptions)));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('share every untouched part of the draft with the last one', () => {
    const model = createFormModel('plan-pracy-z-rodzina', { ...planOptions, data: plan.data });
    const before = model.getState().draft as { schedule: Record<string, unknown[]>; swot: unknown };
    model.setValue('/schedule/assistant/0/action', 'Inne działanie');
    const after = model.getState().draft as typeof before;
    expect(after.swot).toBe(before.swot);
    expect(after.schedule['family']).toBe(before.schedule['family']);
    expect(after.schedule['assistant']![0]).not.toBe(before.schedule['assistant']![0]);
  });
});

describe('bad input to the model', () => {
  it('refuses data that is not JSON with an AsystaError, keeping the data', () => {
    const model = createFormModel('karta-czasu-pracy', { ...options, data: timeCard });
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(() => model.setValue('/assistant', cyclic)).toThrow(AsystaError);
    expect(() => model.setData('x')).toThrow(AsystaError);
    expect(() => model.setData({ rows: [1n] })).toThrow(AsystaError);
    expect(model.getState().draft['assistant']).toBe('Anna Kowalska');
  });
});

describe('data over the schema’s size limits', () => {
  it('is answered with the maxItems error alone, before any derived value or rule, in the model too', () => {
    const rows = Array.from({ length: 5_000 }, () => ({ date: '2026-03-03', time: { from: '10:00', to: '11:00' }, place: 'Dom' }));
    const model = createFormModel('karta-czasu-pracy', { ...options, data: { ...timeCard, rows } });
    const state = model.getState();
    expect(state.errors.map((e) => `${e.path} ${e.code}`)).toEqual(['/rows schema.maxItems']);
    expect(state.report.results).toEqual([]);
    expect((state.draft['rows'] as { minutes?: number }[])[0]!.minutes).toBeUndefined();
    // Back within the limits, everything is evaluated again.
    model.setData(timeCard);
    expect(model.getState().valid).toBe(true);
    expect(model.getState().data['totalMinutes']).toBe(270);
  });
});
