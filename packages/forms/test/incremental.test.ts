import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AsystaError, createFormModel, getFormDefinition, validateSubmission } from '@asysta/forms';

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
