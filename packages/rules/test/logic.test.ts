import fc from 'fast-check';
import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { createLogicCompiler, DOMAIN_OPERATORS, LogicCompileError, type EvaluationContext } from '@asysta/rules';
import published from './fixtures/json-logic-js-tests.json';

const context: EvaluationContext = { asOf: '2026-03-31', param: (name) => (name === 'limit' ? 6 : undefined) };
const standard = createLogicCompiler();
const run = (expr: unknown, data: unknown = {}) => standard.compile(expr as never)(data, context);

/** Cases from the json-logic-js documentation, each checked against json-logic-js itself. */
const DOCUMENTED: [unknown, unknown][] = [
  [{ '==': [1, 1] }, null],
  [{ '==': [1, '1'] }, null],
  [{ '===': [1, '1'] }, null],
  [{ '!=': [1, 2] }, null],
  [{ '!==': [1, '1'] }, null],
  [{ and: [true, 'a', 3] }, null],
  [{ and: [true, '', 3] }, null],
  [{ or: [false, 0, 'a'] }, null],
  [{ or: [false, 0, ''] }, null],
  [{ '!': [[]] }, null],
  [{ '!!': ['0'] }, null],
  [{ if: [true, 'yes', 'no'] }, null],
  [{ if: [false, 'yes', 'no'] }, null],
  [{ if: [{ '<': [{ var: 'temp' }, 0] }, 'freezing', { '<': [{ var: 'temp' }, 100] }, 'liquid', 'gas'] }, { temp: 55 }],
  [{ if: [] }, null],
  [{ '>': [2, 1] }, null],
  [{ '<': [1, 2, 3] }, null],
  [{ '<': [1, 4, 3] }, null],
  [{ '<=': [1, 1, 3] }, null],
  [{ max: [1, 2, 3] }, null],
  [{ min: [1, 2, 3] }, null],
  [{ '+': [4, 2] }, null],
  [{ '+': ['3.14'] }, null],
  [{ '-': [4, 2] }, null],
  [{ '-': [2] }, null],
  [{ '*': [4, 2, 2] }, null],
  [{ '/': [4, 2] }, null],
  [{ '%': [101, 2] }, null],
  [{ var: ['a'] }, { a: 1, b: 2 }],
  [{ var: 'a' }, { a: 1 }],
  [{ var: ['z', 26] }, { a: 1 }],
  [{ var: 'champ.name' }, { champ: { name: 'Fezzig', height: 223 } }],
  [{ var: 1 }, ['zero', 'one', 'two']],
  [{ var: '' }, 'Dolly'],
  [{ var: 'a.length' }, { a: [1, 2, 3] }],
  [{ missing: ['a', 'b'] }, { a: 'apple', c: 'carrot' }],
  [{ missing: ['a', 'b'] }, { a: 'apple', b: 'banana' }],
  [{ missing_some: [1, ['a', 'b', 'c']] }, { a: 'apple' }],
  [{ missing_some: [2, ['a', 'b', 'c']] }, { a: 'apple' }],
  [{ map: [{ var: 'integers' }, { '*': [{ var: '' }, 2] }] }, { integers: [1, 2, 3, 4, 5] }],
  [{ filter: [{ var: 'integers' }, { '%': [{ var: '' }, 2] }] }, { integers: [1, 2, 3, 4, 5] }],
  [{ reduce: [{ var: 'integers' }, { '+': [{ var: 'current' }, { var: 'accumulator' }] }, 0] }, { integers: [1, 2, 3, 4, 5] }],
  [{ all: [[1, 2, 3], { '>': [{ var: '' }, 0] }] }, null],
  [{ all: [[], { '>': [{ var: '' }, 0] }] }, null],
  [{ some: [[-1, 0, 1], { '>': [{ var: '' }, 0] }] }, null],
  [{ none: [[-3, -2, -1], { '>': [{ var: '' }, 0] }] }, null],
  [{ merge: [[1, 2], [3, 4]] }, null],
  [{ merge: [1, 2, [3, 4]] }, null],
  [{ in: ['Spring', 'Springfield'] }, null],
  [{ in: ['Ringo', ['John', 'Paul', 'George', 'Ringo']] }, null],
  [{ cat: ['I love', ' pie'] }, null],
  [{ cat: ['I love ', { var: 'filling' }, ' pie'] }, { filling: 'apple' }],
  [{ substr: ['jsonlogic', 4] }, null],
  [{ substr: ['jsonlogic', -5] }, null],
  [{ substr: ['jsonlogic', 1, 3] }, null],
  [{ substr: ['jsonlogic', 4, -2] }, null],
  [{ a: 1, b: 2 }, null],
  [[1, { var: 'x' }], { x: 2 }],
];

const PUBLISHED = (published.cases as unknown[]).filter((c): c is [unknown, unknown, unknown] => Array.isArray(c));

describe('JSON Logic compiler', () => {
  it.each(PUBLISHED.map(([expr, data, expected]) => [JSON.stringify(expr), expr, data, expected] as const))(
    'published test %s gives the expected value, as json-logic-js does',
    (_name, expr, data, expected) => {
      expect(run(expr, data)).toEqual(expected);
      expect(jsonLogic.apply(expr as never, data)).toEqual(expected);
    },
  );

  it.each(DOCUMENTED.map(([expr, data]) => [JSON.stringify(expr), expr, data] as const))('%s gives what json-logic-js gives', (_name, expr, data) => {
    expect(run(expr, data)).toEqual(jsonLogic.apply(expr as never, data));
  });

  it('gives what json-logic-js gives on generated expressions and data', () => {
    const leaf = fc.oneof(
      fc.integer({ min: -20, max: 20 }),
      fc.constantFrom('a', 'b', '', '0', '1'),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom('x', 'y', 'list', 'x.y', 'missing').map((path) => ({ var: path })),
    );
    const { expr } = fc.letrec((tie) => ({
      expr: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.tuple(fc.constantFrom('==', '===', '!=', '!==', '>', '>=', '<', '<=', '+', '-', '*', '%', 'min', 'max', 'cat', 'in'), tie('expr'), tie('expr')).map(([op, a, b]) => ({ [op]: [a, b] })),
        fc.tuple(fc.constantFrom('and', 'or', 'if'), fc.array(tie('expr'), { minLength: 1, maxLength: 4 })).map(([op, args]) => ({ [op]: args })),
        fc.tuple(fc.constantFrom('!', '!!'), tie('expr')).map(([op, a]) => ({ [op]: [a] })),
        fc.tuple(fc.constantFrom('map', 'filter', 'some', 'none', 'all'), tie('expr')).map(([op, body]) => ({ [op]: [{ var: 'list' }, body] })),
      ),
    }));
    const data = fc.record({ x: fc.oneof(fc.integer({ min: -5, max: 5 }), fc.string({ maxLength: 3 }), fc.record({ y: fc.integer() }, { noNullPrototype: true })), list: fc.array(fc.integer({ min: -3, max: 3 }), { maxLength: 4 }) }, { noNullPrototype: true });
    fc.assert(
      fc.property(expr, data, (e, d) => {
        const outcome = (f: () => unknown) => {
          try {
            return { value: f() };
          } catch (error) {
            return { threw: (error as Error).name };
          }
        };
        expect(outcome(() => run(e, d))).toEqual(outcome(() => jsonLogic.apply(e as never, d)));
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects unknown operators and wrong arities with the path of the node', () => {
    const compile = (expr: unknown) => () => standard.compile(expr as never, '/rules/0/condition');
    expect(compile({ and: [true, { sumx: [1] }] })).toThrow(expect.objectContaining({ path: '/rules/0/condition/and/1/sumx', message: 'unknown operator "sumx"' }));
    expect(compile({ '>': [1] })).toThrow(LogicCompileError);
    expect(compile({ '!': [1, 2] })).toThrow(/expected number of arguments 1, got 2/);
    expect(compile({ log: ['secret'] })).toThrow(/unknown operator "log"/);
  });

  it('rejects expressions nested too deep or too large, without hanging', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 500; i++) deep = { '!': [deep] };
    expect(() => standard.compile(deep as never)).toThrow(/nested deeper than/);
    const wide = { and: Array.from({ length: 20_000 }, () => true) };
    expect(() => standard.compile(wide as never)).toThrow(/more than 5,000 nodes/);
  });

  it('never reads prototype properties through var', () => {
    expect(run({ var: '__proto__' }, {})).toBeNull();
    expect(run({ var: 'constructor.name' }, {})).toBeNull();
    expect(run({ var: 'toString' }, {})).toBeNull();
    expect(() => standard.compile(JSON.parse('{"a": 1, "__proto__": {"x": 1}}'))).toThrow(/not allowed/);
  });

  it('keeps custom operators to the compiler that has them', () => {
    const domain = createLogicCompiler(DOMAIN_OPERATORS);
    expect(domain.compile({ minutesBetween: ['10:00', '11:30'] })({}, context)).toBe(90);
    expect(() => standard.compile({ minutesBetween: ['10:00', '11:30'] })).toThrow(/unknown operator/);
    expect(domain.compile({ sum: [{ var: 'rows' }, 'minutes'] })({ rows: [{ minutes: 30 }, { minutes: 'x' }, { minutes: 45 }] }, context)).toBe(75);
    expect(domain.compile({ param: 'limit' })({}, context)).toBe(6);
    expect(() => domain.compile({ param: 'nope' })({}, context)).toThrow(/has no value on March 31, 2026/);
  });
});

describe('reduce, compiled as a loop where it can be', () => {
  const rows = { rows: [{ minutes: 30 }, { minutes: '45' }, { minutes: 15, extra: { n: 2 } }] };
  it.each([
    ['a sum of a field', { reduce: [{ var: 'rows' }, { '+': [{ var: 'accumulator' }, { var: 'current.minutes' }] }, 0] }],
    ['a count', { reduce: [{ var: 'rows' }, { '+': [{ var: 'accumulator' }, 1] }, 0] }],
    ['a sum of an expression of the item', { reduce: [{ var: 'rows' }, { '+': [{ var: 'accumulator' }, { '*': [{ var: 'current.minutes' }, 2] }] }, 5] }],
    ['a logic that reads the accumulator elsewhere', { reduce: [{ var: 'rows' }, { '+': [{ var: ['accumulator'] }, { var: 'accumulator' }] }, 1] }],
    ['a logic that hands out its scope', { reduce: [{ var: 'rows' }, { var: '' }, 0] }],
    ['a logic that keeps scopes in what it builds', { reduce: [{ var: 'rows' }, [{ var: '' }], 0] }],
    ['a nested reduce', { reduce: [{ var: 'rows' }, { '+': [{ var: 'accumulator' }, { reduce: [[1, 2], { '+': [{ var: 'accumulator' }, { var: 'current' }] }, 0] }] }, 0] }],
  ])('gives what json-logic-js gives: %s', (_name, expression) => {
    expect(run(expression, rows)).toEqual(jsonLogic.apply(expression as never, rows));
  });
});
