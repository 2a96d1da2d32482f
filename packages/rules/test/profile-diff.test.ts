import { describe, expect, it } from 'vitest';
import { builtInPacks, diffProfile, runPackTests } from '@asysta/rules';
import { AsystaError, type Profile, type RulePack } from '@asysta/core';

const own: Profile = {
  id: 'moj-ops',
  title: { pl: 'Mój OPS', en: 'My OPS' },
  extends: 'default',
  packs: ['konstancin-jeziorna'],
  parameters: { 'konstancin-jeziorna.maxHoursPerFamilyPerMonth': { value: 8, from: '2026-01-01', reason: 'uchwała rady gminy' } },
  disabledRules: [{ rule: 'konstancin-jeziorna.hours-per-family-year', reason: 'nie dotyczy' }],
};

describe('diffProfile', () => {
  it('names the packs and rules added, the parameters with their dates and the rules switched off', () => {
    const difference = diffProfile({ profile: own, asOf: '2026-03-31' });
    expect(difference.base).toBe('default');
    expect(difference.addedPacks).toEqual(['konstancin-jeziorna']);
    expect(difference.parameters).toEqual([{ name: 'konstancin-jeziorna.maxHoursPerFamilyPerMonth', before: 6, after: 8, from: '2026-01-01', reason: 'uchwała rady gminy' }]);
    expect(difference.disabledRules).toEqual([{ rule: 'konstancin-jeziorna.hours-per-family-year', reason: 'nie dotyczy' }]);
    expect(difference.addedRules.map((r) => r.rule)).toContain('konstancin-jeziorna.hours-per-family-month');
  });

  it('throws a located AsystaError for an unknown parameter', () => {
    const broken = { ...own, parameters: { 'konstancin-jeziorna.nope': { value: 1, reason: 'x' } } };
    try {
      diffProfile({ profile: broken, asOf: '2026-03-31' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AsystaError);
      expect((error as AsystaError).details.map((d) => d.path)).toEqual(['/parameters/konstancin-jeziorna.nope']);
    }
  });
});

describe('runPackTests with an edited pack', () => {
  it('gives the verdicts, with the values read, of the rules that did not give the expected status', () => {
    const pack = structuredClone(builtInPacks.find((p) => p.id === 'konstancin-jeziorna')!) as RulePack;
    pack.parameters['maxHoursPerFamilyPerMonth']!.values = [{ from: '2012-01-01', value: 5 }];
    const failedTests = runPackTests(pack).filter((t) => !t.passed);
    expect(failedTests.length).toBeGreaterThan(0);
    const [failed] = failedTests;
    const [ruleId] = Object.keys(failed!.mismatches);
    expect(failed!.verdicts[ruleId!]!.some((v) => v.status === 'fail' && v.values['limit'] === 5)).toBe(true);
  });
});
