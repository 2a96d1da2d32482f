import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonLogicExpression } from '@asysta/core';
import { builtInPacks, createLogicCompiler, DOMAIN_OPERATORS, readsChanged, readsOf, type EvaluationContext, type ReadSet } from '@asysta/rules';

const reads = (expression: unknown, options: { forEach?: unknown; item?: string[] } = {}) =>
  readsOf([expression as JsonLogicExpression], { operators: DOMAIN_OPERATORS, ...(options as object) });
const shown = (set: ReadSet) => set.map((read) => `${read.pattern.join('/')}${read.whole ? '' : ' (shallow)'}`).sort();
const at = (pointer: string) => pointer.slice(1).split('/');

describe('what an expression reads', () => {
  it('names the fields a comparison reads, whole', () => {
    expect(shown(reads({ '<=': [{ var: 'a.b' }, { var: 'c' }] }))).toEqual(['a/b', 'c']);
    // A list counted is read as a container only.
    expect(shown(reads({ count: [{ var: 'rows' }] }))).toEqual(['rows (shallow)']);
  });

  it('follows a list into its items and reads only the fields asked for', () => {
    const set = reads({ sum: [{ var: 'rows' }, 'minutes'] });
    expect(shown(set)).toEqual(['rows/*/minutes']);
    expect(readsChanged(set, [at('/rows/3/place')])).toBe(false);
    expect(readsChanged(set, [at('/rows/3/minutes')])).toBe(true);
    // Replacing the list, or a whole row, reaches what was read.
    expect(readsChanged(set, [at('/rows')])).toBe(true);
    expect(readsChanged(set, [at('/rows/3')])).toBe(true);
  });

  it('reads the item of a forEach rule through `item`, and the facts beside it', () => {
    const set = reads(
      { '<=': [{ sumSoFar: [{ var: 'rows' }, 'minutes', ['date', 'time.from'], { var: 'index' }, 'month'] }, { var: 'item.limit' }] },
      { forEach: { var: 'rows' } },
    );
    expect(readsChanged(set, [at('/rows/0/time/from')])).toBe(true);
    expect(readsChanged(set, [at('/rows/0/time/to')])).toBe(false);
    expect(readsChanged(set, [at('/rows/0/limit')])).toBe(true);
    expect(readsChanged(set, [at('/rows/0/place')])).toBe(false);
    expect(readsChanged(set, [at('/month')])).toBe(false);
  });

  it('reads a derived value’s own item through `item`', () => {
    const set = reads({ minutesBetween: [{ var: 'item.time.from' }, { var: 'item.time.to' }] }, { item: ['rows', '*'] });
    expect(readsChanged(set, [at('/rows/2/time/to')])).toBe(true);
    expect(readsChanged(set, [at('/rows/2/date')])).toBe(false);
  });

  it('counts a list by its length alone', () => {
    const set = reads({ '>': [{ count: [{ var: 'members' }] }, 0] });
    expect(readsChanged(set, [at('/members/0/name')])).toBe(false);
    expect(readsChanged(set, [at('/members')])).toBe(true);
  });

  it('reads a list whole where it is compared, stringified or grouped', () => {
    for (const expression of [{ '==': [{ var: 'rows' }, ''] }, { unique: [{ var: 'rows' }] }, { cat: [{ var: 'rows' }] }, { groupBy: [{ var: 'rows' }, { var: 'date' }] }]) {
      expect(readsChanged(reads(expression), [at('/rows/1/place')]), JSON.stringify(expression)).toBe(true);
    }
  });

  it('reads the fields a map, filter or reduce asks of each item', () => {
    const filtered = reads({ count: [{ filter: [{ var: 'rows' }, { '==': [{ var: 'kind' }, 'visit'] }] }] });
    expect(readsChanged(filtered, [at('/rows/1/kind')])).toBe(true);
    expect(readsChanged(filtered, [at('/rows/1/place')])).toBe(false);
    const mapped = reads({ '+': [{ map: [{ var: 'rows' }, { var: 'minutes' }] }] });
    expect(readsChanged(mapped, [at('/rows/1/minutes')])).toBe(true);
    expect(readsChanged(mapped, [at('/rows/1/place')])).toBe(false);
    const reduced = reads({ reduce: [{ var: 'rows' }, { '+': [{ var: 'accumulator' }, { var: 'current.minutes' }] }, 0] });
    expect(readsChanged(reduced, [at('/rows/1/minutes')])).toBe(true);
    expect(readsChanged(reduced, [at('/rows/1/place')])).toBe(false);
  });

  it('takes a path computed at run time as reading everything in scope', () => {
    const set = reads({ var: { cat: ['a', 'b'] } });
    expect(readsChanged(set, [at('/anything/at/all')])).toBe(true);
    const inside = reads({ some: [{ var: 'rows' }, { var: { var: 'field' } }] });
    expect(readsChanged(inside, [at('/rows/0/anything')])).toBe(true);
    // Inside `some` the data is the item: the path is read from the item, not from the facts.
    expect(readsChanged(inside, [at('/field')])).toBe(false);
  });

  it('reads the keys `missing` looks for', () => {
    const set = reads({ missing: ['a', 'b.c'] });
    expect(readsChanged(set, [at('/b/c')])).toBe(true);
    expect(readsChanged(set, [at('/d')])).toBe(false);
    expect(readsChanged(reads({ missing: { merge: ['a'] } }), [at('/d')])).toBe(true);
  });

  it('matches a change at every item (`*`) against any item', () => {
    const set = reads({ var: 'rows.3.date' });
    expect(readsChanged(set, [['rows', '*', 'date']])).toBe(true);
    expect(readsChanged(set, [['rows', '*', 'place']])).toBe(false);
  });
});

const context = (): EvaluationContext => ({ asOf: '2026-03-31', param: () => 6, budget: { steps: 1_000_000 } });
const compiler = createLogicCompiler(DOMAIN_OPERATORS);

/** Every leaf of the data with its pointer tokens. */
function leaves(data: unknown, tokens: string[] = []): string[][] {
  if (data !== null && typeof data === 'object') {
    const entries = Array.isArray(data) ? data.map((v, i) => [String(i), v] as const) : Object.entries(data);
    return entries.flatMap(([key, value]) => leaves(value, [...tokens, key]));
  }
  return tokens.length ? [tokens] : [];
}

/** The data with the leaf at `tokens` changed to another value of its kind (or to a text). */
function changedAt(data: unknown, tokens: readonly string[]): unknown {
  const copy = structuredClone(data) as Record<string, unknown>;
  let node = copy;
  for (const token of tokens.slice(0, -1)) node = node[token] as Record<string, unknown>;
  const key = tokens.at(-1)!;
  const value = node[key];
  node[key] = typeof value === 'number' ? value + 7 : typeof value === 'boolean' ? !value : typeof value === 'string' ? `${value}9` : 'x';
  return copy;
}

const evaluateAll = (expressions: unknown[], data: unknown) =>
  JSON.stringify(
    expressions.map((expression) => {
      try {
        return compiler.compile(expression as JsonLogicExpression)(data, context());
      } catch (error) {
        return `error: ${(error as Error).message}`;
      }
    }),
  );

describe('the analysis never misses a read', () => {
  it('in every built-in rule, over its pack’s test facts: a change it says is not read leaves every verdict as it was', () => {
    let skipped = 0;
    for (const pack of builtInPacks) {
      for (const rule of pack.rules) {
        const expressions = [rule.when, rule.condition, ...Object.values(rule.values ?? {}).map((v) => v.logic)].filter((e) => e !== undefined);
        const forEach = typeof rule.forEach === 'string' ? { var: rule.forEach } : rule.forEach;
        const set = readsOf(expressions as JsonLogicExpression[], { operators: DOMAIN_OPERATORS, forEach: forEach as JsonLogicExpression | undefined });
        const run = (facts: unknown) => {
          if (forEach === undefined) return evaluateAll(expressions, facts);
          const items = compiler.compile(forEach as JsonLogicExpression)(facts, context());
          return JSON.stringify(
            (Array.isArray(items) ? items : []).map((item, index) => evaluateAll(expressions, { ...(facts as object), item, index })),
          );
        };
        for (const test of pack.tests.filter((t) => rule.appliesTo.includes(t.recordKind))) {
          const before = run(test.facts);
          for (const tokens of leaves(test.facts)) {
            if (readsChanged(set, [tokens])) continue;
            skipped++;
            expect(run(changedAt(test.facts, tokens)), `${rule.id}, ${test.name}, /${tokens.join('/')}`).toBe(before);
          }
        }
      }
    }
    // The check is not empty: the rules leave many fields unread.
    expect(skipped).toBeGreaterThan(50);
  });

  // Expressions built from the operators that move through data, over random records.
  const field = fc.constantFrom('a', 'b', 'rows', 'n');
  const inner = fc.constantFrom('x', 'y', 'kind');
  const leaf: fc.Arbitrary<unknown> = fc.oneof(
    field.map((name) => ({ var: name })),
    inner.map((name) => ({ var: name })),
    fc.constantFrom('rows.0.x', 'rows.1', 'a.x', '', 'current.x', 'accumulator', 'item.x', 'index').map((path) => ({ var: path })),
    fc.constantFrom(0, 1, 'x', true, null),
  );
  const expression = fc.letrec<{ node: unknown }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.tuple(fc.constantFrom('==', '+', 'cat', 'in', '<', '!', 'if', 'or', 'and', 'merge', 'min'), fc.array(tie('node'), { minLength: 1, maxLength: 3 })).map(([op, args]) => ({ [op]: op === '!' ? [args[0]] : args })),
      fc.tuple(fc.constantFrom('map', 'filter', 'some', 'all', 'none', 'reduce', 'groupBy'), tie('node'), tie('node')).map(([op, source, logic]) => ({ [op]: op === 'reduce' ? [source, logic, 0] : [source, logic] })),
      fc.tuple(fc.constantFrom('sum', 'unique', 'count', 'slice'), tie('node'), fc.option(inner, { nil: undefined })).map(([op, list, name]) =>
        op === 'count' ? { count: [list] } : op === 'slice' ? { slice: [list, 0, 2] } : { [op]: name === undefined ? [list] : [list, name] },
      ),
      fc.tuple(tie('node'), fc.constantFrom('x', 'y')).map(([list, name]) => ({ sumSoFar: [list, name, ['kind'], 0, 'all'] })),
      fc.tuple(tie('node')).map(([path]) => ({ var: [path] })),
      fc.constant({ missing: ['a', 'b'] }),
    ),
  })).node;
  const value = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constantFrom('x', 'y', 'kind', ''), fc.boolean(), fc.constant(null));
  const row = fc.record({ x: value, y: value, kind: value });
  const record = fc.record({ a: fc.oneof(value, row), b: value, n: value, rows: fc.array(row, { maxLength: 3 }), x: value, kind: value });

  it('over random expressions and records', () => {
    fc.assert(
      fc.property(expression, record, fc.nat(), (logic, generated, pick) => {
        // Plain objects, as JSON data are (the generator makes some without a prototype).
        const data = JSON.parse(JSON.stringify(generated)) as unknown;
        let compiled;
        try {
          compiled = compiler.compile(logic as JsonLogicExpression);
        } catch {
          return; // an arity the generator did not respect
        }
        const all = leaves(data);
        if (!all.length) return;
        const tokens = all[pick % all.length]!;
        const set = readsOf([logic as JsonLogicExpression], { operators: DOMAIN_OPERATORS });
        if (readsChanged(set, [tokens])) return;
        const run = (facts: unknown) => {
          try {
            return JSON.stringify(compiled(facts, context())) ?? 'undefined';
          } catch (error) {
            return `error: ${(error as Error).message}`;
          }
        };
        expect(run(changedAt(data, tokens)), `${JSON.stringify(logic)} at /${tokens.join('/')}`).toBe(run(data));
      }),
      { numRuns: 3000 },
    );
  });
});
