import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFormModel, listForms, validateSubmission } from '@asysta/forms';

const options = { profile: 'konstancin-jeziorna', asOf: '2026-03-31', locale: 'pl' } as const;
const verdict = (s: { valid: boolean; errors: readonly { path: string; code: string }[]; warnings: readonly { path: string; code: string }[] }) => ({
  valid: s.valid,
  errors: s.errors.map((e) => `${e.path} ${e.code}`),
  warnings: s.warnings.map((w) => `${w.path} ${w.code}`),
});

/** Data that looks like a form's, with wrong kinds and shapes mixed in. */
const nearlyFormData = fc.dictionary(
  fc.constantFrom('assistant', 'familyRepresentative', 'month', 'rows', 'members', 'basis', 'notes', '__proto__'),
  fc.oneof(
    fc.string({ maxLength: 5 }),
    fc.constantFrom('2026-03', '2026-03-05', '10:00'),
    fc.integer(),
    fc.array(fc.record({ date: fc.constantFrom('2026-03-02', 'x'), time: fc.record({ from: fc.constantFrom('10:00', '9'), to: fc.constantFrom('11:30', '09:00') }), place: fc.string({ maxLength: 3 }) }), { maxLength: 4 }),
    fc.anything({ maxDepth: 2 }),
  ),
);

describe('browser model and server agree', () => {
  it.each(listForms().map((f) => f.id))('on generated data for %s, and neither throws', (id) => {
    fc.assert(
      fc.property(nearlyFormData, (data) => {
        const model = createFormModel(id, options);
        model.setData(data);
        expect(verdict(model.getState())).toEqual(verdict(validateSubmission(id, data, options)));
      }),
      { numRuns: 200 },
    );
  });
});
