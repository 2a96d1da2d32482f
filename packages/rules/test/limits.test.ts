import { describe, expect, it } from 'vitest';
import type { JsonLogicExpression, RulePack } from '@asysta/core';
import { builtInPacks, createLogicCompiler, createRulesEngine, DOMAIN_OPERATORS } from '@asysta/rules';
import { catchAsystaError } from '../../../test/support/catch-asysta-error.js';

// Regression tests of issue 12 (hostile packs, profiles, logic and facts), each with its minimal input.

const konstancin = builtInPacks.find((p) => p.id === 'konstancin-jeziorna')!;
const profile = { id: 'p', title: { pl: 'p', en: 'p' }, packs: ['custom'] };

/** A one-rule pack with the given condition (no forEach, no values). */
function packWith(condition: unknown): RulePack {
  const { forEach: _forEach, ...rule } = konstancin.rules[0]!;
  return {
    ...konstancin,
    id: 'custom',
    rules: [{ ...rule, id: 'custom.rule', title: { pl: 'Reguła testowa', en: 'Test rule' }, condition: condition as JsonLogicExpression, values: {}, message: { pl: 'x', en: 'x' }, path: '' }],
    tests: [],
  };
}

const engineWith = (condition: unknown, extra: Record<string, unknown> = {}) =>
  createRulesEngine({ profile, packs: [packWith(condition)], locale: 'en', ...extra });

describe('operator and parameter names are own properties only', () => {
  it.each(['toString', 'constructor', '__proto__', 'valueOf', 'hasOwnProperty'])('"%s" is an unknown operator at load, with its path', (op) => {
    const condition = JSON.parse(`{"and": [true, {"${op}": [1]}]}`) as unknown;
    const error = catchAsystaError(() => engineWith(condition));
    expect(error.code).toBe('error.pack.invalid');
    expect(error.details).toEqual([expect.objectContaining({ path: `/rules/0/condition/and/1/${op}`, message: `unknown operator "${op}"` })]);
  });

  it('a placeholder named like an Object.prototype property still needs its value', () => {
    const pack = packWith(true);
    pack.rules[0]!.message = { pl: '{toString}', en: '{constructor}' };
    const error = catchAsystaError(() => createRulesEngine({ profile, packs: [pack], locale: 'en' }));
    expect(error.details.map((d) => d.path)).toEqual(['/rules/0/message/pl', '/rules/0/message/en']);
  });

  it('a parameter named "toString" is unknown', () => {
    const error = catchAsystaError(() => engineWith({ '<': [1, { param: 'toString' }] }));
    expect(error.details[0]).toMatchObject({ path: '/rules/0/condition/</1/param', message: 'unknown parameter "toString"' });
  });
});

describe('nesting', () => {
  it('rejects a rule nested 100 000 levels deep at load, quickly, with its path and no stack overflow', () => {
    let condition: unknown = true;
    for (let i = 0; i < 100_000; i++) condition = { '!': [condition] };
    const t0 = performance.now();
    const error = catchAsystaError(() => engineWith(condition));
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(error.code).toBe('error.input.limits');
    expect(error.details[0]).toMatchObject({ source: 'packs/0', path: expect.stringMatching(/^\/rules\/0\/condition(\/!\/0)+\/!$/) });
    expect(error.details[0]!.message).toBe('the data is nested deeper than 128 levels');
  });
});

describe('the evaluation budget counts work', () => {
  it('stops the quadratic reduce/merge over 100 000 items with an error verdict naming the rule', () => {
    const engine = engineWith({ reduce: [{ var: 'a' }, { merge: [{ var: 'accumulator' }, [1]] }, []] }, { limits: { maxArrayLength: 100_000, maxBytes: 1_000_000 } });
    const a = new Array(100_000).fill(0);
    const t0 = performance.now();
    const [result] = engine.evaluate({ a }, { recordKind: 'karta-czasu-pracy', asOf: '2026-03-31' }).results;
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(result).toMatchObject({ ruleId: 'custom.rule', status: 'error' });
    expect(result!.message).toBe('The rule “Test rule” could not be evaluated: evaluation budget exceeded');
  });

  it('charges what concatenation builds (cat inside reduce)', () => {
    const engine = engineWith({ reduce: [{ var: 'a' }, { cat: [{ var: 'accumulator' }, 'xxxxxxxxxx'] }, ''] });
    const [result] = engine.evaluate({ a: new Array(10_000).fill(0) }, { recordKind: 'karta-czasu-pracy', asOf: '2026-03-31' }).results;
    expect(result!.status).toBe('error');
  });

  it('charges comparisons that convert an array to text (forEach × loose ==)', () => {
    const pack = packWith({ '==': [{ var: 'rows' }, 'x'] });
    pack.rules[0]!.forEach = 'rows';
    pack.rules[0]!.path = '/rows/{index}';
    const engine = createRulesEngine({ profile, packs: [pack], locale: 'en', limits: { maxArrayLength: 100_000, maxBytes: 1_000_000 } });
    const t0 = performance.now();
    const results = engine.evaluate({ rows: new Array(100_000).fill(1) }, { recordKind: 'karta-czasu-pracy', asOf: '2026-03-31' }).results;
    expect(performance.now() - t0).toBeLessThan(1000);
    // The budget is spent within the first items; the rule then stops with one error verdict.
    expect(results.filter((r) => r.status === 'error')).toHaveLength(1);
    expect(results.length).toBeLessThan(100);
  });

  it('keeps the budget for expressions evaluated without one (derived fields, conditions)', () => {
    const evaluate = createLogicCompiler(DOMAIN_OPERATORS).compile({ reduce: [{ var: 'a' }, { merge: [{ var: 'accumulator' }, [1]] }, []] } as JsonLogicExpression);
    expect(() => evaluate({ a: new Array(100_000).fill(0) }, { asOf: '2026-03-31', param: () => undefined })).toThrow(/budget/);
  });
});

describe('null and wrong-typed packs, profiles and facts', () => {
  it('an extra pack with "rules": null is a located error at load', () => {
    const error = catchAsystaError(() => createRulesEngine({ packs: [{ ...konstancin, id: 'other', rules: null } as unknown as RulePack] }));
    expect(error.code).toBe('error.pack.invalid');
    expect(error.details[0]).toMatchObject({ source: 'pack:other', path: '/rules' });
  });

  it('a null pack or profile is a located error at load', () => {
    expect(catchAsystaError(() => createRulesEngine({ packs: [null as unknown as RulePack] })).details[0]).toMatchObject({ source: 'packs/0', path: '' });
    expect(catchAsystaError(() => createRulesEngine({ profiles: [konstancin as never, 7 as never] })).code).toBe('error.profile.invalid');
    expect(catchAsystaError(() => createRulesEngine({ packs: 'x' as never })).code).toBe('error.pack.invalid');
  });

  it('an unknown extra pack the profile does not use does not break the engine', () => {
    const engine = createRulesEngine({ packs: [packWith(true)] });
    expect(engine.profile.packs).not.toContain('custom');
    expect(engine.knowsRule('custom.rule')).toBe(true);
  });

  it('facts that are not JSON data are an AsystaError, never a TypeError', () => {
    const engine = engineWith(true);
    const facts: Record<string, unknown> = {};
    facts['self'] = facts;
    const options = { recordKind: 'karta-czasu-pracy', asOf: '2026-03-31' };
    expect(catchAsystaError(() => engine.evaluate(facts, options)).details[0]).toMatchObject({ source: 'facts', path: '/self' });
    expect(catchAsystaError(() => engine.explain({ n: 1n }, options)).code).toBe('error.input.limits');
    expect(catchAsystaError(() => engine.evaluate({}, null as never)).code).toBe('error.asOf.invalid');
    expect(catchAsystaError(() => engine.evaluate({}, { recordKind: 'x', asOf: 20260331 as never })).code).toBe('error.asOf.invalid');
  });

  it('an id, date or budget whose toString is not a function is described, not called (found by the fuzz suite)', () => {
    const hostile = { toString: {} };
    const wroclaw = { id: hostile, title: { pl: 'x' }, extends: 'default', packs: ['wroclaw'] };
    expect(catchAsystaError(() => createRulesEngine({ profile: wroclaw as never })).message).toContain('{"toString":{}}');
    expect(catchAsystaError(() => createRulesEngine({ packs: [{ ...konstancin, id: hostile } as never] })).code).toBe('error.pack.invalid');
    expect(catchAsystaError(() => createRulesEngine({ budget: hostile as never })).code).toBe('error.limits.invalid');
    expect(catchAsystaError(() => engineWith(true).evaluate({}, { recordKind: 'x', asOf: hostile as never })).code).toBe('error.asOf.invalid');
  });

  it('does not change the packs it loads', () => {
    const pack = packWith({ reduce: [{ var: 'a' }, { '+': [{ var: 'accumulator' }, 1] }, 0] });
    const before = structuredClone(pack);
    engineWith(pack.rules[0]!.condition).evaluate({ a: [1, 2] }, { recordKind: 'karta-czasu-pracy', asOf: '2026-03-31' });
    expect(pack).toEqual(before);
  });
});
