import { describe, expect, it } from 'vitest';
import { createLogicCompiler, DOMAIN_OPERATORS, type EvaluationContext } from '@asysta/rules';

const compiler = createLogicCompiler(DOMAIN_OPERATORS);
const context = (steps = 1_000_000): EvaluationContext => ({ asOf: '2026-12-31', param: () => undefined, budget: { steps } });

describe('sumSoFar', () => {
  const rows = [
    { date: '2026-03-20', minutes: 60 },
    { date: '2026-03-01', time: { from: '15:00' }, minutes: 30 },
    { date: '2026-04-02', minutes: 500 },
    { date: '2026-03-01', time: { from: '09:00' }, minutes: 45 },
    { date: 'not a date', minutes: 999 },
  ];
  const at = (index: number, group: string) => compiler.compile({ sumSoFar: [{ var: 'rows' }, 'minutes', ['date', 'time.from'], index, group] }, '')({ rows }, context());

  it('adds up in date and start-time order within the calendar month of the item', () => {
    expect([0, 1, 2, 3].map((i) => at(i, 'month'))).toEqual([135, 75, 500, 45]);
  });

  it('groups by year or not at all, and gives null for an item without a valid date', () => {
    expect([0, 2, 4].map((i) => at(i, 'year'))).toEqual([135, 635, null]);
    expect(at(2, 'all')).toBe(635);
  });

  it('costs one pass over the array per rule evaluation, not one per item', () => {
    const many = Array.from({ length: 5000 }, (_v, i) => ({ date: `2026-01-${String(1 + (i % 28)).padStart(2, '0')}`, minutes: 1 }));
    const evaluate = compiler.compile({ sumSoFar: [{ var: 'rows' }, 'minutes', 'date', { var: 'index' }, 'month'] }, '');
    const ctx = context(10_000);
    let last = 0;
    for (let index = 0; index < many.length; index++) last = Math.max(last, evaluate({ rows: many, index }, ctx) as number);
    expect(last).toBe(5000);
    expect(ctx.budget!.steps).toBeGreaterThan(0);
  });
});
