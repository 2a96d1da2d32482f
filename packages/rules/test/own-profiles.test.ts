import { describe, expect, it } from 'vitest';
import type { Profile } from '@asysta/core';
import { createRulesEngine } from '@asysta/rules';
import { catchAsystaError } from '../../../test/support/catch-asysta-error.js';

// An OPS's first own profile, as the administrators' guide has them write it: no `packs` (it has
// those of the profile it extends) and reasons in plain Polish.
const own = {
  id: 'moj-ops',
  title: { pl: 'Mój OPS', en: 'My OPS' },
  extends: 'konstancin-jeziorna',
  parameters: { 'konstancin-jeziorna.maxHoursPerFamilyPerMonth': { value: 8, from: '2026-01-01', reason: 'uchwała rady gminy' } },
  disabledRules: [{ rule: 'konstancin-jeziorna.hours-per-family-month', reason: 'na próbę do końca roku' }],
} as unknown as Profile;

describe('own profiles', () => {
  it('extend another profile without listing packs, and give reasons as plain Polish text', () => {
    const engine = createRulesEngine({ profile: own, locale: 'pl' });
    expect(engine.profile.lineage).toEqual(['default', 'konstancin-jeziorna', 'moj-ops']);
    expect(engine.profile.packs).toContain('konstancin-jeziorna');
    expect(engine.parametersAsOf('2026-03-01')['konstancin-jeziorna.maxHoursPerFamilyPerMonth']).toBe(8);
    expect(engine.profile.disabledRules.get('konstancin-jeziorna.hours-per-family-month')).toEqual({ pl: 'na próbę do końca roku', en: 'na próbę do końca roku' });
  });

  it('still need packs when they extend nothing, said at /packs', () => {
    const { extends: _base, ...alone } = own as Profile & { extends: string };
    const error = catchAsystaError(() => createRulesEngine({ profile: alone as Profile, locale: 'pl' }));
    expect(error.code).toBe('error.profile.invalid');
    expect(error.details).toEqual([expect.objectContaining({ path: '/packs', message: 'To pole jest wymagane.' })]);
  });

  it('refuse an empty reason', () => {
    const empty = { ...own, disabledRules: [{ rule: 'konstancin-jeziorna.hours-per-family-month', reason: '' }] } as unknown as Profile;
    const error = catchAsystaError(() => createRulesEngine({ profile: empty, locale: 'pl' }));
    expect(error.details.map((d) => d.path)).toContain('/disabledRules/0/reason');
  });
});
