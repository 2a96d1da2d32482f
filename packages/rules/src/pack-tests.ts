/** Runs the test cases that each rule pack carries (the `asysta rules test` command and our unit tests). */
import type { RulePack } from '@asysta/core';
import { createRulesEngine } from './built-in-engine.js';
import type { RuleStatus } from './types.js';

export interface PackTestResult {
  pack: string;
  name: string;
  passed: boolean;
  /** Rule id → [expected, actual] where they differ. */
  mismatches: Record<string, [RuleStatus, RuleStatus | 'missing']>;
}

const RANK: Record<RuleStatus, number> = { 'not-applicable': 0, pass: 1, fail: 2, error: 3 };

export function runPackTests(pack: RulePack, extraPacks: readonly RulePack[] = []): PackTestResult[] {
  return pack.tests.map((test) => {
    const engine = createRulesEngine({
      profile: { id: 'pack-test', title: { pl: 'test', en: 'test' }, extends: test.profile ?? 'default', packs: [pack.id] },
      packs: [pack, ...extraPacks],
    });
    const report = engine.evaluate(test.facts, { recordKind: test.recordKind, asOf: test.asOf });
    const mismatches: PackTestResult['mismatches'] = {};
    for (const [ruleId, expected] of Object.entries(test.expect)) {
      // A forEach rule has one result per item: its status is the worst of them.
      const statuses = report.results.filter((r) => r.ruleId === ruleId).map((r) => r.status);
      const actual = statuses.length ? statuses.reduce((a, b) => (RANK[b] > RANK[a] ? b : a)) : 'missing';
      if (actual !== expected) mismatches[ruleId] = [expected as RuleStatus, actual];
    }
    return { pack: pack.id, name: test.name, passed: Object.keys(mismatches).length === 0, mismatches };
  });
}
