/**
 * The service card, the family situation assessment, the visit journal and the monthly report:
 * what their examples cannot show – derived totals that follow one-row edits, and the incremental
 * model agreeing with a fresh evaluation after edits deep inside rows (nested income objects).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFormModel, getFormDefinition, validateSubmission } from '@asysta/forms';

type State = { data: unknown; errors: readonly { path: string; code: string }[]; warnings: readonly { path: string; code: string }[] };
const summary = (state: State) => ({
  data: state.data,
  errors: state.errors.map((e) => `${e.path} ${e.code}`),
  warnings: state.warnings.map((w) => `${w.path} ${w.code}`),
});
/** The same, with issues as sets: see the known ordering difference at the end of this file. */
const unordered = (state: State) => {
  const s = summary(state);
  return { ...s, errors: [...s.errors].sort(), warnings: [...s.warnings].sort() };
};

const firstValid = (id: string) => {
  const example = getFormDefinition(id).examples.valid[0]!;
  return { data: example.data, options: { profile: example.profile ?? 'default', asOf: example.asOf ?? '2026-03-31' } };
};

describe('ocena-sytuacji-rodziny: income totals', () => {
  const { data, options } = firstValid('ocena-sytuacji-rodziny');

  it('sums each person by source, the family, and the income per person rounded down to a grosz', () => {
    const state = validateSubmission('ocena-sytuacji-rodziny', data, options);
    const members = state.data['members'] as { incomeTotal?: number }[];
    expect(members.map((m) => m.incomeTotal)).toEqual([485000, 165800, 0, 0, 215000]);
    expect(state.data['totalIncome']).toBe(865800);
    expect(state.data['incomePerPerson']).toBe(173160);
  });

  it('follows a one-field edit in one member, and never gives a fraction of a grosz', () => {
    const model = createFormModel('ocena-sytuacji-rodziny', { ...options, data });
    model.setValue('/members/2/income', { other: 1 });
    const state = model.getState();
    expect((state.data['members'] as { incomeTotal?: number }[])[2]!.incomeTotal).toBe(1);
    expect(state.data['totalIncome']).toBe(865801);
    // 865 801 / 5 = 173 160.2 → 173 160 gr
    expect(state.data['incomePerPerson']).toBe(173160);
    expect(state.valid).toBe(true);
  });

  it('has no income per person without members', () => {
    const state = validateSubmission('ocena-sytuacji-rodziny', { ...data, members: [] }, options);
    expect(state.data['totalIncome']).toBe(0);
    expect(state.data).not.toHaveProperty('incomePerPerson');
    expect(state.errors.map((e) => `${e.path} ${e.code}`)).toEqual(['/members schema.minItems']);
  });

  it('reports a wrong PESEL at the member and clears it when corrected', () => {
    const model = createFormModel('ocena-sytuacji-rodziny', { ...options, data });
    model.setValue('/members/1/pesel', '85110215736');
    expect(model.getState().errors.map((e) => `${e.path} ${e.code}`)).toEqual(['/members/1/pesel format.pesel']);
    model.setValue('/members/1/pesel', '85110215737');
    expect(model.getState().errors).toEqual([]);
  });
});

describe('karta-realizacji-uslugi: meetings and phone calls', () => {
  const { data, options } = firstValid('karta-realizacji-uslugi');

  it('counts meetings and calls apart, and the Wrocław rule counts only meetings', () => {
    const model = createFormModel('karta-realizacji-uslugi', { ...options, data });
    expect([model.getState().data['meetingCount'], model.getState().data['phoneCallCount'], model.getState().data['totalMinutes']]).toEqual([8, 2, 625]);
    expect(model.getState().warnings).toEqual([]);
    // One meeting turns out to have been a phone call: 7 meetings are below the project's 8.
    model.setValue('/contacts/0/kind', 'phone');
    const state = model.getState();
    expect([state.data['meetingCount'], state.data['phoneCallCount']]).toEqual([7, 3]);
    expect(state.warnings.map((w) => `${w.path} ${w.code} ${w.ruleId}`)).toEqual(['/contacts rule.fail wroclaw.meetings-per-family-month']);
  });
});

describe('dziennik-asystenta: signatures', () => {
  const { data, options } = firstValid('dziennik-asystenta');

  it('counts the visits signed by both', () => {
    const model = createFormModel('dziennik-asystenta', { ...options, data });
    expect([model.getState().data['visitCount'], model.getState().data['visitsSignedByBoth'], model.getState().data['totalMinutes']]).toEqual([3, 3, 330]);
    model.setValue('/visits/1/familySignature', false);
    expect(model.getState().data['visitsSignedByBoth']).toBe(2);
  });
});

describe('sprawozdanie-miesieczne: partial goals', () => {
  const { data, options } = firstValid('sprawozdanie-miesieczne');

  it('counts the partial goals reached', () => {
    const model = createFormModel('sprawozdanie-miesieczne', { ...options, data });
    expect([model.getState().data['visitCount'], model.getState().data['partialGoalsAchieved']]).toEqual([3, 1]);
    model.setValue('/partialGoals/1/status', 'achieved');
    expect(model.getState().data['partialGoalsAchieved']).toBe(2);
  });
});

/** One-field edits inside rows (also nested objects of a row) keep the model equal to a fresh evaluation. */
const edits: Record<string, { pointers: string[]; values: unknown[] }> = {
  'ocena-sytuacji-rodziny': {
    pointers: ['/members/0/income/wages', '/members/1/income/other', '/members/4/income', '/members/2/pesel', '/members/3/birthDate', '/members/0/education', '/housing/rooms'],
    values: [0, 1, 250000, 2850.5, -5, 'x', '', '12292306171', '2017-02-30', 'secondary', { pension: 100 }, null, true],
  },
  'karta-realizacji-uslugi': {
    pointers: ['/contacts/0/kind', '/contacts/1/time/to', '/contacts/2/date', '/contacts/3/actions', '/month'],
    values: ['meeting', 'phone', 'visit', '17:00', '09:00', '2026-02-03', '2026-03-01', '', 'Rozmowa', '2026-02', 3],
  },
  'dziennik-asystenta': {
    pointers: ['/visits/0/time/from', '/visits/1/date', '/visits/2/familySignature', '/month'],
    values: ['09:00', '11:00', '2026-03-03', '2026-04-01', true, false, 'tak', '2026-03', '2026-04'],
  },
  'sprawozdanie-miesieczne': {
    pointers: ['/visits/0/area', '/visits/1/date', '/partialGoals/0/status', '/partialGoals/2/achievedOn', '/month'],
    values: ['safety', 'budget', '2026-03-10', '2026-02-01', 'achieved', 'partly', 'done', '2026-03', null],
  },
};

describe.each(Object.keys(edits))('incremental updates of %s', (id) => {
  it('give the same verdict and data as a fresh evaluation', () => {
    const { data, options } = firstValid(id);
    const { pointers, values } = edits[id]!;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...pointers), fc.constantFrom(...values)), { maxLength: 10 }), (steps) => {
        const model = createFormModel(id, { ...options, data });
        for (const [pointer, value] of steps) {
          model.setValue(pointer, value);
          expect(unordered(model.getState())).toEqual(unordered(validateSubmission(id, model.getState().draft, options)));
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('known difference (model.ts, not these definitions)', () => {
  // After an incremental update of one row, that row's schema issues go after the issues kept from
  // before, and inDocumentOrder keeps the found order between different top-level fields – so with
  // two arrays (or an array and another field) the browser lists issues in another order than a fresh
  it('the incremental model orders issues of two top-level fields as a fresh evaluation does', () => {
    const { data, options } = firstValid('sprawozdanie-miesieczne');
    const model = createFormModel('sprawozdanie-miesieczne', { ...options, data });
    model.setValue('/partialGoals/0/status', 'done');
    model.setValue('/visits/0/area', 'budget');
    expect(summary(model.getState()).errors).toEqual(summary(validateSubmission('sprawozdanie-miesieczne', model.getState().draft, options)).errors);
  });
});
