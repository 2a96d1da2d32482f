/** Runs the test cases that each rule pack carries (the `asysta rules test` command and our unit tests). */
import type { Profile, RulePack } from '@asysta/core';
import { createRulesEngine } from './built-in-engine.js';
import type { RuleResult, RuleStatus } from './types.js';

export interface PackTestResult {
  pack: string;
  name: string;
  passed: boolean;
  /** Rule id → [expected, actual] where they differ. */
  mismatches: Record<string, [RuleStatus, RuleStatus | 'missing']>;
  /** Rule id → the verdicts of each mismatched rule (one per item for `forEach`): its message and the values it read. */
  verdicts: Record<string, RuleResult[]>;
}

const RANK: Record<RuleStatus, number> = { 'not-applicable': 0, pass: 1, fail: 2, error: 3 };

/**
 * Each test case of `pack`, with `extraPacks` (e.g. an OPS's edited ones) replacing built-in packs of
 * the same id, and `extraProfiles` those of a test's `profile`.
 */
export function runPackTests(pack: RulePack, extraPacks: readonly RulePack[] = [], extraProfiles: readonly Profile[] = []): PackTestResult[] {
  return pack.tests.map((test) => {
    const engine = createRulesEngine({
      profile: { id: 'pack-test', title: { pl: 'test', en: 'test' }, extends: test.profile ?? 'default', packs: [pack.id] },
      packs: [...extraPacks.filter((p) => p.id !== pack.id), pack],
      profiles: extraProfiles,
    });
    const report = engine.evaluate(test.facts, { recordKind: test.recordKind, asOf: test.asOf });
    const mismatches: PackTestResult['mismatches'] = {};
    const verdicts: PackTestResult['verdicts'] = {};
    for (const [ruleId, expected] of Object.entries(test.expect)) {
      // A forEach rule has one result per item: its status is the worst of them.
      const results = report.results.filter((r) => r.ruleId === ruleId);
      const actual = results.length ? results.map((r) => r.status).reduce((a, b) => (RANK[b] > RANK[a] ? b : a)) : 'missing';
      if (actual !== expected) {
        mismatches[ruleId] = [expected as RuleStatus, actual];
        verdicts[ruleId] = results;
      }
    }
    return { pack: pack.id, name: test.name, passed: Object.keys(mismatches).length === 0, mismatches, verdicts };
  });
}
