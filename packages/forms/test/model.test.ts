import { describe, expect, it, vi } from 'vitest';
import { AsystaError, createFormModel, getFormDefinition, listForms, validateSubmission, type FormDefinition } from '@asysta/forms';
import { catchAsystaError as catchError } from '../../../test/support/catch-asysta-error.js';

const timeCard = getFormDefinition('karta-czasu-pracy');
const filled = timeCard.examples.valid[0]!.data;
const options = { profile: 'konstancin-jeziorna', asOf: '2026-03-31' } as const;


describe('form model', () => {
  it('says a valid submit was saved only when the host confirms it, and forgets a confirmation once the data changes', async () => {
    const model = createFormModel('karta-czasu-pracy', { ...options, data: filled });
    const status = () => model.getView().status;
    expect(status()).toBe('');
    const first = model.submit();
    expect([model.getView().save, status()]).toEqual(['handed-over', 'Dane przekazano do zapisania.']);
    first.confirmation.saved();
    expect([model.getView().save, status()]).toEqual(['saved', 'Formularz został zapisany.']);
    model.setValue('/assistant', 'Ewa Nowak');
    expect(status()).toBe('');
    first.confirmation.failed();
    expect(status()).toBe('');

    let reject!: (reason: unknown) => void;
    model.submit().confirmation.waitUntil(new Promise((_, no) => (reject = no)));
    expect(status()).toBe('Zapisywanie…');
    reject(new Error('offline'));
    await new Promise((done) => setTimeout(done, 0));
    expect([model.getView().save, status()]).toEqual(['failed', 'Nie udało się zapisać. Dane zostały w formularzu.']);

    const invalid = createFormModel('karta-czasu-pracy', options).submit();
    expect(invalid.valid).toBe(false);
    invalid.confirmation.saved();
    expect(status()).not.toBe('Formularz został zapisany.');
  });

  it('derives row minutes and the month total', () => {
    const { data } = createFormModel('karta-czasu-pracy', { ...options, data: filled }).getState();
    expect((data['rows'] as { minutes: number }[]).map((r) => r.minutes)).toEqual([120, 90, 60]);
    expect(data['totalMinutes']).toBe(270);
  });

  it('notifies subscribers with the new state and stops after unsubscribe', () => {
    const model = createFormModel('karta-czasu-pracy', options);
    const listener = vi.fn();
    const unsubscribe = model.subscribe(listener);
    model.setData(filled);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]![0].valid).toBe(true);
    unsubscribe();
    model.setData({});
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('switches labels and messages between Polish and English', () => {
    const model = createFormModel('karta-czasu-pracy', { ...options, data: { month: '2026-3' } });
    const pl = model.getState();
    expect(model.getView().title).toBe('Miesięczna karta czasu pracy asystenta rodziny');
    expect(model.getView().root.children[0]!.label).toBe('Asystent rodziny');
    expect(pl.issuesByPath['/month']![0]!.message).toBe('Podaj miesiąc w formacie RRRR-MM.');
    // What the person reads at the field speaks of what they type.
    expect(model.getView().root.children[2]!.issues[0]!.message).toBe('Podaj miesiąc w formacie MM.RRRR.');
    model.setLocale('en');
    const en = model.getState();
    expect(model.getView().title).toBe("Family assistant's monthly time card");
    expect(en.issuesByPath['/month']![0]!.message).toBe('Enter a month as YYYY-MM.');
    expect(en.issuesByPath['/assistant']![0]!.message).toBe('This field is required.');
  });

  it('attaches the quota warning to the rows concerned, citing its source', () => {
    const over = timeCard.examples.valid[1]!.data;
    const state = createFormModel('karta-czasu-pracy', { ...options, data: over }).getState();
    expect(state.valid).toBe(true);
    expect(Object.keys(state.issuesByPath)).toEqual(['/rows/2', '/rows/3']);
    const warning = state.issuesByPath['/rows/2']![0]!;
    expect(warning).toMatchObject({ severity: 'warning', source: 'rule', ruleId: 'konstancin-jeziorna.hours-per-family-month' });
    expect(warning.message).toContain('6 godzin 30 minut');
    expect(warning.message).toContain('OPS Konstancin-Jeziorna');
    expect(warning.reference?.title.pl).toContain('Konstancin-Jeziorna');
  });

  it('keeps the summary while its issues stay, and makes a new one when they change or the form’s shape does', () => {
    const model = createFormModel('karta-czasu-pracy', { ...options, data: timeCard.examples.valid[1]!.data });
    const first = model.getView().summary;
    expect(first.warnings.map((entry) => entry.targetId)).toEqual(['_rows_2', '_rows_3']);
    model.setValue('/rows/3/place', 'Szkoła');
    expect(model.getView().summary).toBe(first);
    // 3 h + 2 h 30 min + 30 min: the third row is within 6 h now.
    model.setValue('/rows/2/time/to', '10:30');
    expect(model.getView().summary).not.toBe(first);
    expect(model.getView().summary.warnings.map((entry) => entry.targetId)).toEqual(['_rows_3']);
    // The last row moved first: its link follows it.
    model.moveItem('/rows', 3, 0);
    expect(model.getView().summary.warnings.map((entry) => entry.targetId)).toEqual(['_rows_0']);
  });

  it('shows no local warning under the default (statutory) profile', () => {
    const over = timeCard.examples.valid[1]!.data;
    expect(createFormModel('karta-czasu-pracy', { asOf: '2026-03-31', data: over }).getState().warnings).toEqual([]);
  });

  it('never mutates the data it is given, and keeps what was typed when it is invalid', () => {
    const data = structuredClone(timeCard.examples.invalid[0]!.data);
    const before = JSON.stringify(data);
    const state = createFormModel('karta-czasu-pracy', { ...options, data }).getState();
    expect(JSON.stringify(data)).toBe(before);
    expect((state.data['rows'] as { time: unknown }[])[0]!.time).toEqual({ from: '12:00', to: '10:00' });
  });

  it('reports __proto__ and constructor keys as unknown fields without polluting objects', () => {
    const data = JSON.parse('{"assistant":"Anna Kowalska","familyRepresentative":"Maria Nowak","month":"2026-03","rows":[],"__proto__":{"polluted":1},"constructor":{"x":1}}');
    const result = validateSubmission('karta-czasu-pracy', data, options);
    expect(result.errors.map((e) => e.path).sort()).toEqual(['/__proto__', '/constructor']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('bad input', () => {
  it('names an unknown form and profile, with what is available', () => {
    expect(catchError(() => createFormModel('nie-ma', { locale: 'en' })).message).toBe(
      `No form “nie-ma”. Available: ${listForms().map((f) => f.id).join(', ')}.`,
    );
    expect(catchError(() => createFormModel('karta-czasu-pracy', { profile: 'gdzies' })).message).toMatch(/^Nie znaleziono profilu „gdzies”/);
  });

  it('rejects a bad as-of date and data that is not an object', () => {
    expect(() => createFormModel('karta-czasu-pracy', { asOf: '2026-13-01' })).toThrow(AsystaError);
    expect(() => validateSubmission('karta-czasu-pracy', [1, 2], options)).toThrow(/muszą być obiektem/);
  });

  it('lists every problem of a broken definition with its path', () => {
    const broken = structuredClone(timeCard) as FormDefinition;
    delete (broken.labels['/rows/*/place'] as { title: { en?: string } }).title.en;
    const error = catchError(() => createFormModel(broken));
    expect(error.details.map((d) => d.path)).toEqual(['/labels/~1rows~1*~1place/title/en']);

    const wrong = structuredClone(timeCard) as FormDefinition;
    delete wrong.labels['/month'];
    wrong.labels['/monthh'] = { title: { pl: 'M', en: 'M' } };
    (wrong.uiSchema['rows'] as { items: Record<string, unknown> }).items['date'] = { 'ui:widget': 'calendar' };
    wrong.derived![0]!.path = '/rows/*/minutess';
    wrong.rules = ['konstancin-jeziorna.no-such-rule'];
    const many = catchError(() => createFormModel(wrong, { locale: 'en' }));
    expect(many.message).toMatch(/^The form definition “karta-czasu-pracy” is invalid./);
    expect(many.details.map((d) => `${d.path}: ${d.message}`)).toEqual([
      '/labels/~1month: field "/month" has no label',
      '/labels/~1monthh: "/monthh" is not a field of the schema',
      '/uiSchema/rows/items/date/ui:widget: unknown widget "calendar" (known: text, textarea, date, month, time, duration, money, checkbox, select, radio, hidden)',
      '/derived/0/path: "/rows/*/minutess" is not a field of the schema',
      '/rules/0: unknown rule "konstancin-jeziorna.no-such-rule"',
    ]);
  });

  it('refuses a changed schema without a validator compiled for it', () => {
    const changed = structuredClone(timeCard) as FormDefinition;
    (changed.schema['required'] as string[]).pop();
    expect(catchError(() => createFormModel(changed, { locale: 'en' })).details[0]!.message).toContain('differs from the one its built-in validator was compiled from');
  });
});

describe('print layout', () => {
  it('gives the orientation and the signature lines in the locale', () => {
    const view = createFormModel('karta-czasu-pracy', { locale: 'en' }).getView();
    expect({ orientation: view.orientation, signatures: view.signatures }).toEqual({ orientation: 'portrait', signatures: ["Family assistant's signature", "Coordinator's acceptance"] });
  });
});
