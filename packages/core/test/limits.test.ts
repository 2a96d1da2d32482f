import { describe, expect, it } from 'vitest';
import {
  checkJsonInput,
  checkPointerIndexes,
  DEFAULT_INPUT_LIMITS,
  HARD_INPUT_LIMITS,
  resolveLimits,
  schemaLimitIssues,
  toJsonData,
} from '@asysta/core';
import { catchAsystaError } from '../../../test/support/catch-asysta-error.js';

const pl = { locale: 'pl' as const };
const en = { locale: 'en' as const };

function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

describe('input limits', () => {
  it('copies JSON data as JSON.parse(JSON.stringify()) would, reading each property once', () => {
    let reads = 0;
    const input = {
      a: [1, undefined, Number.NaN],
      b: undefined,
      get c() {
        reads++;
        return 'x';
      },
      d: new Date(Date.UTC(2026, 2, 31)),
      e: new String('s'),
    };
    expect(toJsonData(input, pl)).toEqual({ a: [1, null, null], c: 'x', d: '2026-03-31T00:00:00.000Z', e: 's' });
    expect(reads).toBe(1);
  });

  it('keeps "__proto__" as a plain own key and pollutes nothing', () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as Record<string, unknown>;
    const copy = toJsonData(input, pl) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['__proto__', 'a']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('walks 100 000 levels of nesting without recursion and rejects it at the depth limit', () => {
    const t0 = performance.now();
    const error = catchAsystaError(() => toJsonData({ a: nested(100_000) }, en));
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(error.code).toBe('error.input.limits');
    expect(error.details[0]!.path).toBe(`/a${'/0'.repeat(31)}`);
    expect(error.details[0]!.message).toBe('the data is nested deeper than 32 levels');
  });

  it('says the limits in Polish with the right plural forms', () => {
    expect(catchAsystaError(() => toJsonData(nested(40), pl)).details[0]!.message).toBe('dane są zagnieżdżone głębiej niż 32 poziomy');
    const long = catchAsystaError(() => toJsonData({ rows: new Array(10_001).fill(0) }, pl));
    expect(long.details[0]).toMatchObject({ path: '/rows', message: 'tablica ma więcej niż 10\u00a0000 elementów' });
  });

  it('rejects cycles, BigInt, functions, symbols and throwing getters as AsystaError with their path', () => {
    const cyclic: Record<string, unknown> = { a: { b: {} } };
    (cyclic['a'] as { b: Record<string, unknown> }).b['c'] = cyclic;
    expect(catchAsystaError(() => toJsonData(cyclic, en)).details[0]).toMatchObject({ path: '/a/b/c', message: expect.stringMatching(/cycle/) });
    expect(catchAsystaError(() => toJsonData({ n: 1n }, en)).details[0]).toMatchObject({ path: '/n', message: 'a value of kind bigint is not JSON data' });
    expect(catchAsystaError(() => toJsonData({ f: () => 1 }, en)).details[0]!.path).toBe('/f');
    expect(catchAsystaError(() => toJsonData([Symbol('s')], en)).details[0]!.path).toBe('/0');
    const getter = Object.defineProperty({}, 'x', {
      enumerable: true,
      get() {
        throw new TypeError('boom');
      },
    });
    expect(catchAsystaError(() => checkJsonInput({ y: getter }, en)).details[0]).toMatchObject({ path: '/y/x', message: 'the value cannot be read: boom' });
  });

  it('accepts an object shared twice (no cycle) and bounds a shared-object bomb by its size', () => {
    const shared = { a: 1 };
    expect(toJsonData([shared, shared], en)).toEqual([{ a: 1 }, { a: 1 }]);
    let bomb: unknown = 'x'.repeat(1000);
    for (let i = 0; i < 30; i++) bomb = [bomb, bomb];
    const t0 = performance.now();
    expect(catchAsystaError(() => checkJsonInput(bomb, en)).details[0]!.message).toMatch(/larger than 1,048,576 bytes/);
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('counts bytes in UTF-8 and string lengths', () => {
    const limits = { ...DEFAULT_INPUT_LIMITS, maxBytes: 10 };
    expect(() => checkJsonInput('ąęą', { ...en, limits })).not.toThrow(); // 6 bytes + quotes
    expect(catchAsystaError(() => checkJsonInput('ąęąęą', { ...en, limits })).code).toBe('error.input.limits');
    expect(catchAsystaError(() => checkJsonInput({ s: 'x'.repeat(100_001) }, en)).details[0]).toMatchObject({ path: '/s', message: 'the text has more than 100,000 characters' });
  });

  it('lets a host change a limit within its hard ceiling, and says which option is wrong', () => {
    expect(resolveLimits({ maxArrayLength: 50 }, 'en').maxArrayLength).toBe(50);
    expect(resolveLimits(undefined, 'en')).toEqual(DEFAULT_INPUT_LIMITS);
    const error = catchAsystaError(() => resolveLimits({ maxDepth: HARD_INPUT_LIMITS.maxDepth + 1, maxFoo: 1, maxBytes: 0 }, 'en'));
    expect(error.details.map((d) => d.path)).toEqual(['/maxDepth', '/maxFoo', '/maxBytes']);
    expect(catchAsystaError(() => resolveLimits('big', 'en')).code).toBe('error.limits.invalid');
  });

  it('rejects a pointer index above the limit or the schema maxItems without allocating', () => {
    const t0 = performance.now();
    const error = catchAsystaError(() => checkPointerIndexes(['rows', '10000000'], en));
    expect(performance.now() - t0).toBeLessThan(50);
    expect(error.details[0]).toMatchObject({ path: '/rows/10000000' });
    expect(() => checkPointerIndexes(['rows', '9', 'x'], { ...en, maxItemsAt: () => 10 })).not.toThrow();
    expect(catchAsystaError(() => checkPointerIndexes(['rows', '10'], { ...en, maxItemsAt: () => 10 })).details[0]!.message).toBe('index 10 is above the allowed 9');
    expect(catchAsystaError(() => checkPointerIndexes(['a', '9'.repeat(400)], en)).details[0]!.message).toMatch(/^index 9{15}…/);
  });

  it('finds arrays over their schema maxItems (through $ref) before anything else runs', () => {
    const schema = {
      type: 'object',
      properties: { rows: { type: 'array', maxItems: 3, items: { $ref: '#/definitions/row' } }, person: null },
      definitions: { row: { type: 'object', properties: { note: { type: 'string', maxLength: 2 } } } },
    };
    const data = { rows: [{ note: 'abc' }, { note: 'ok' }], person: 1 };
    expect(schemaLimitIssues(schema, data, 'en')).toEqual([{ path: '/rows/0/note', code: 'schema.maxLength', message: 'Enter at most 2 characters.' }]);
    const rows = Array.from({ length: 100_000 }, () => ({ note: 'abc' }));
    const t0 = performance.now();
    expect(schemaLimitIssues(schema, { rows }, 'en')).toEqual([{ path: '/rows', code: 'schema.maxItems', message: 'At most 3 items can be added.' }]);
    expect(performance.now() - t0).toBeLessThan(100);
    expect(schemaLimitIssues(null, data, 'en')).toEqual([]);
  });
});
