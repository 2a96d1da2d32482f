import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import timeCardModule from '@asysta/forms/forms/karta-czasu-pracy';
import { createFormModelFrom, engineFromModule } from '@asysta/forms/runtime';
import konstancinForTimeCard from '@asysta/rules/profile-modules/konstancin-jeziorna/karta-czasu-pracy';
import { AsystaError, createFormModel, getFormDefinition, listForms, validateSubmission, type FormState, type ViewNode } from '@asysta/forms';

const options = { profile: 'konstancin-jeziorna', asOf: '2026-03-31' } as const;
const start = getFormDefinition('karta-czasu-pracy').examples.valid[1]!.data;
const summary = (state: { data: unknown; errors: readonly { path: string; code: string; message: string }[]; warnings: readonly { path: string; message: string }[] }) => ({
  data: state.data,
  errors: state.errors.map((e) => `${e.path} ${e.code} ${e.message}`),
  warnings: state.warnings.map((w) => `${w.path} ${w.message}`),
});

/** Edits a person would make: one field of one row, or a whole new data object. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('value' as const), row: fc.integer({ min: 0, max: 3 }), field: fc.constantFrom('place', 'date', 'time/from', 'time/to', 'familySignature'), value: fc.oneof(fc.constantFrom('Dom', 'x', '', '2026-03-05', '2026-04-01', '09:00', '13:30', '25:00'), fc.boolean(), fc.integer()) }),
  fc.record({ kind: fc.constant('month' as const), value: fc.constantFrom('2026-03', '2026-04', '2026-13') }),
  fc.record({ kind: fc.constant('row' as const), add: fc.boolean() }),
);

describe('incremental updates', () => {
  it('give the same state as evaluating the data from scratch, after any sequence of edits', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), (edits) => {
        const model = createFormModel('karta-czasu-pracy', { ...options, data: start });
        for (const e of edits) {
          const rows = (model.getState().draft as { rows: unknown[] }).rows;
          if (e.kind === 'value') {
            if (e.row < rows.length) model.setValue(`/rows/${e.row}/${e.field}`, e.value);
            // A row that does not exist (beyond the next one) is refused and changes nothing.
            else if (e.row > rows.length) expect(() => model.setValue(`/rows/${e.row}/${e.field}`, e.value)).toThrow(AsystaError);
          } else if (e.kind === 'month') model.setValue('/month', e.value);
          else if (e.add) model.addItem('/rows', { date: '2026-03-30', time: { from: '10:00', to: '11:00' }, place: 'Dom' });
          else if (rows.length) model.removeItem('/rows', 0);
          const fresh = validateSubmission('karta-czasu-pracy', model.getState().draft, options);
          expect(summary(model.getState())).toEqual(summary(fresh));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('refuse pointers that could reach a prototype, changing nothing', () => {
    const model = createFormModel('karta-czasu-pracy', { ...options, data: start });
    expect(() => model.setValue('/__proto__/polluted', 1)).toThrow(AsystaError);
    expect(() => model.setValue('/rows/0/constructor/prototype/polluted', 1)).toThrow(AsystaError);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(model.getState().draft).toEqual(createFormModel('karta-czasu-pracy', { ...options, data: start }).getState().draft);
  });
});

/** The pointers and widgets of the fields a person can type into now. */
function fieldsOf(node: ViewNode, out: { pointer: string; widget: string; options: unknown[] }[] = []) {
  if (!node.visible) return out;
  if (node.kind === 'field' && !node.disabled) out.push({ pointer: node.pointer, widget: node.widget, options: (node.options ?? []).map((o) => o.value) });
  if (node.kind === 'group' || node.kind === 'item') for (const child of node.children) fieldsOf(child, out);
  if (node.kind === 'array') for (const item of node.items) fieldsOf(item, out);
  return out;
}

const stateOf = (state: FormState) => ({
  data: state.data,
  hidden: state.hidden,
  issues: [...state.errors, ...state.warnings, ...state.infos].map((i) => `${i.severity} ${i.path} ${i.code} ${i.message}`),
  verdicts: state.report.results.map((r) => `${r.ruleId} ${r.path} ${r.status} ${r.message}`),
});

describe('incremental updates in every built-in form', () => {
  // Values of every kind a field may get, the wrong kinds among them.
  const typed = fc.oneof(
    fc.constantFrom('', 'Dom rodziny', 'tak', '2026-03-05', '2026-04-01', '2025-12-31', '2026-03', '09:00', '13:30', '25:00', '12,50'),
    fc.boolean(),
    fc.integer({ min: -5, max: 500 }),
  );
  const edits = fc.array(fc.record({ pick: fc.nat(), option: fc.nat(), value: typed, fromOptions: fc.boolean() }), { minLength: 1, maxLength: 10 });

  it.each(listForms().map((form) => form.id))('%s: after any writes, the state a fresh evaluation of the data gives', (id) => {
    const definition = getFormDefinition(id);
    const example = definition.examples.valid[0]!;
    const options = { profile: example.profile ?? 'default', asOf: example.asOf ?? '2026-03-31' };
    fc.assert(
      fc.property(edits, (writes) => {
        const model = createFormModel(id, { ...options, data: example.data });
        for (const write of writes) {
          const fields = fieldsOf(model.getView().root);
          if (!fields.length) return;
          const field = fields[write.pick % fields.length]!;
          const value = write.fromOptions && field.options.length ? field.options[write.option % field.options.length] : field.widget === 'checkbox' && write.fromOptions ? write.option % 2 === 0 : write.value;
          model.setValue(field.pointer, value);
          const fresh = createFormModel(id, { ...options, data: model.getState().draft });
          expect(stateOf(model.getState()), `${field.pointer} = ${JSON.stringify(value)}`).toEqual(stateOf(fresh.getState()));
        }
      }),
      { numRuns: 25 },
    );
  });
});

describe('incremental updates on a page of one form (its modules)', () => {
  it('use what the generated modules say each rule and derived value reads, and give a fresh evaluation’s state', () => {
    const engine = engineFromModule(konstancinForTimeCard);
    const make = (data: unknown) => createFormModelFrom(timeCardModule, { engine, profile: 'konstancin-jeziorna', asOf: '2026-03-31', data });
    const model = make(start);
    const before = model.getState().report.results.filter((r) => r.ruleId === 'konstancin-jeziorna.hours-per-family-month');
    model.setValue('/rows/0/place', 'Szkoła');
    const after = model.getState().report.results.filter((r) => r.ruleId === 'konstancin-jeziorna.hours-per-family-month');
    // The rule does not read the place: its verdicts are the very ones of the run before.
    after.forEach((result, i) => expect(result).toBe(before[i]));
    model.setValue('/rows/0/time/to', '23:00');
    expect(stateOf(model.getState())).toEqual(stateOf(make(model.getState().draft).getState()));
    expect(model.getState().report.results.some((r) => r.ruleId === 'konstancin-jeziorna.hours-per-family-month' && r.status === 'fail')).toBe(true);
  });
});
