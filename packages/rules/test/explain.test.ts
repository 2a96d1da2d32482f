import { describe, expect, it } from 'vitest';
import type { RulePack } from '@asysta/core';
import { createLogicCompiler, createRulesEngine, DOMAIN_OPERATORS, type EvaluationContext } from '@asysta/rules';

const context: EvaluationContext = { asOf: '2026-03-31', param: () => undefined };
const domain = createLogicCompiler(DOMAIN_OPERATORS);
const run = (expr: unknown, data: unknown = {}, ctx: EvaluationContext = context) => domain.compile(expr as never)(data, ctx);

const visitsPack: RulePack = {
  id: 'visits',
  version: '1.0.0',
  kind: 'local',
  title: { pl: 'Wizyty', en: 'Visits' },
  source: { title: { pl: 'test', en: 'test' } },
  parameters: {
    meetingsPerMonth: { title: { pl: 'Spotkania', en: 'Meetings' }, unit: 'meetings', values: [{ from: '2012-01-01', value: 2 }], reference: { title: { pl: 'x', en: 'x' } } },
  },
  rules: [
    {
      id: 'visits.per-family-month',
      title: { pl: 'Spotkania w miesiącu', en: 'Meetings in a month' },
      severity: 'warning',
      appliesTo: ['wizyty'],
      forEach: { groupBy: [{ var: 'visits' }, { cat: [{ var: 'family' }, ' ', { monthOf: [{ var: 'date' }] }] }] },
      condition: { '>=': [{ count: [{ var: 'item.items' }] }, { param: 'meetingsPerMonth' }] },
      values: { group: { logic: { var: 'item.key' } }, meetings: { logic: { count: [{ var: 'item.items' }] }, format: 'number' } },
      message: { pl: '{group}: {meetings} spotkań', en: '{group}: {meetings} meetings' },
      path: '/visits',
      reference: { title: { pl: 'x', en: 'x' } },
      effective: { from: '2012-01-01' },
    },
  ],
  tests: [],
};

describe('domain operators', () => {
  it('group items by a key expression', () => {
    const groups = run({ groupBy: [{ var: 'v' }, { var: 'f' }] }, { v: [{ f: 'a' }, { f: 'b' }, { f: 'a' }] });
    expect(groups).toEqual([
      { key: 'a', items: [{ f: 'a' }, { f: 'a' }] },
      { key: 'b', items: [{ f: 'b' }] },
    ]);
  });

  it('count weeks of pregnancy and membership in a period', () => {
    expect(run({ weeksBetween: ['2026-01-01', '2026-03-12'] })).toBe(10);
    expect(run({ inPeriod: ['2026-03-31', '2026-01-01', null] })).toBe(true);
    expect(run({ inPeriod: ['2026-03-31', '2026-01-01', '2026-03-30'] })).toBe(false);
    expect(run({ inPeriod: ['31.03.2026', '2026-01-01', null] })).toBeNull();
    expect(run({ unique: [{ var: 'v' }, 'f'] }, { v: [{ f: 1 }, { f: 2 }, { f: 1 }] })).toEqual([1, 2]);
  });

  it('stop a runaway evaluation with the budget instead of hanging', () => {
    const big = Array.from({ length: 2000 }, (_, i) => i);
    const nested = { map: [{ var: 'a' }, { map: [{ var: '' }, 1] }] };
    const data = { a: big.map(() => big) };
    expect(() => run(nested, data, { ...context, budget: { steps: 100_000 } })).toThrow(/budget exceeded/);
  });
});

describe('explain', () => {
  it('groups visits per family and month and shows every sub-expression value', () => {
    const engine = createRulesEngine({ profile: { id: 'p', title: { pl: 'p', en: 'p' }, packs: ['visits'] }, packs: [visitsPack] });
    const facts = {
      visits: [
        { family: 'A', date: '2026-03-02' },
        { family: 'A', date: '2026-03-09' },
        { family: 'B', date: '2026-03-03' },
      ],
    };
    const report = engine.explain(facts, { recordKind: 'wizyty', asOf: '2026-03-31', locale: 'en' });
    expect(report.results.map((r) => [r.status, r.message])).toEqual([
      ['pass', ''],
      ['fail', 'B 2026-03: 1 meetings'],
    ]);
    const trace = report.results[1]!.trace!;
    expect(trace).toContainEqual({ path: '/rules/0/condition/>=/1', value: 2 });
    expect(trace).toContainEqual({ path: '/rules/0/condition/>=/0', value: 1 });
    expect(trace).toContainEqual({ path: '/rules/0/condition', value: false });
    expect(engine.evaluate(facts, { recordKind: 'wizyty', asOf: '2026-03-31' }).results[0]).not.toHaveProperty('trace');
  });
});
