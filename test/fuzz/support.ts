/**
 * Shared machinery of the fuzz suite: seeded, bounded runs of fast-check properties against the
 * public API. Each case must hold four things: only AsystaError escapes, the call returns within
 * its time bound, no built-in prototype gains a property, and the input is unchanged.
 *
 * `npm test` runs each surface for at most FUZZ_TIME_MS (default 4 s) or FUZZ_RUNS cases (default
 * 300); `npm run fuzz -- --runs 100000` runs longer. The seed is fixed (FUZZ_SEED, default 12), so
 * a failure comes back on the next run with the same minimal input.
 */
import fc from 'fast-check';
import { afterAll, expect } from 'vitest';
import { AsystaError } from '@asysta/core';

const env = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

export const FUZZ_RUNS = env('FUZZ_RUNS', 300);
export const FUZZ_SEED = env('FUZZ_SEED', 12);
/** Wall time one surface may take in total (a long run lifts it). */
export const FUZZ_TIME_MS = env('FUZZ_TIME_MS', 4000);
/** The time one call may take on a busy machine before it counts as a stall. */
export const CASE_BOUND_MS = env('FUZZ_CASE_MS', 2000);
/** The vitest timeout of a fuzz test: its time budget and room for the slowest case. */
export const TEST_TIMEOUT_MS = FUZZ_TIME_MS + CASE_BOUND_MS + 20_000;

const PROTOTYPES = [Object.prototype, Array.prototype, String.prototype, Number.prototype, Boolean.prototype, Function.prototype];
const snapshot = () => PROTOTYPES.map((p) => Reflect.ownKeys(p).length);

class Text {
  constructor(readonly text: string) {}
}

/**
 * A text fingerprint of a value, made without recursion (structuredClone, toEqual and
 * JSON.stringify all recurse and overflow on the deep inputs the suite makes).
 */
export function fingerprint(value: unknown): string {
  const out: string[] = [];
  const stack: unknown[] = [value];
  while (stack.length) {
    const node = stack.pop();
    if (node instanceof Text) {
      out.push(node.text);
    } else if (Array.isArray(node)) {
      out.push('[');
      stack.push(new Text(']'));
      for (let i = node.length - 1; i >= 0; i--) stack.push(node[i], new Text(','));
    } else if (node !== null && typeof node === 'object') {
      out.push('{');
      stack.push(new Text('}'));
      const keys = Object.keys(node);
      for (let i = keys.length - 1; i >= 0; i--) stack.push((node as Record<string, unknown>)[keys[i]!], new Text(`${JSON.stringify(keys[i])}:`), new Text(','));
    } else {
      out.push(typeof node === 'bigint' ? `${node}n` : typeof node === 'string' ? JSON.stringify(node) : String(node));
    }
  }
  return out.join('');
}

/** What a case did, for the failure message. */
export type Outcome = { kind: 'returned'; value: unknown } | { kind: 'asysta'; error: AsystaError };

/**
 * Run `call` and check the four properties; `inputs` are compared before and after (they must be
 * JSON data). Returns the outcome so a property can check more.
 */
export function contained(call: () => unknown, inputs: readonly unknown[] = []): Outcome {
  const before = inputs.map(fingerprint);
  const prototypes = snapshot();
  const t0 = performance.now();
  let outcome: Outcome;
  try {
    outcome = { kind: 'returned', value: call() };
  } catch (error) {
    if (!(error instanceof AsystaError)) throw error;
    outcome = { kind: 'asysta', error };
  }
  const ms = performance.now() - t0;
  if (ms > CASE_BOUND_MS) throw new Error(`the call took ${Math.round(ms)} ms (bound ${CASE_BOUND_MS} ms)`);
  expect(snapshot()).toEqual(prototypes);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  inputs.forEach((input, i) => {
    if (fingerprint(input) !== before[i]) throw new Error(`input ${i} was changed by the call`);
  });
  return outcome;
}

/** The async form of `contained` (the CLI). */
export async function containedAsync(call: () => Promise<unknown>): Promise<unknown> {
  const prototypes = snapshot();
  const t0 = performance.now();
  const value = await call();
  const ms = performance.now() - t0;
  if (ms > CASE_BOUND_MS) throw new Error(`the call took ${Math.round(ms)} ms (bound ${CASE_BOUND_MS} ms)`);
  expect(snapshot()).toEqual(prototypes);
  return value;
}

const counts: { surface: string; cases: number; ms: number }[] = [];

/** A short description of a (possibly very deep or large) value; fast-check's own printer recurses. */
function describeValue(value: unknown): string {
  try {
    const text = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? `${v}n` : typeof v === 'function' ? String(v) : v));
    return text === undefined ? String(value) : text.length > 3000 ? `${text.slice(0, 3000)}… (${text.length} characters)` : text;
  } catch (error) {
    return `(not printable: ${(error as Error).message})`;
  }
}

function report(surface: string, details: fc.RunDetails<unknown>): string {
  const error = details.errorInstance;
  const reason = error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error);
  return `${surface}: failed after ${details.numRuns} cases (seed ${details.seed}, path "${details.counterexamplePath}")\ncounterexample: ${describeValue(details.counterexample)}\n${reason}`;
}

afterAll(() => {
  if (!counts.length) return;
  const lines = counts.map((c) => `  ${c.surface.padEnd(44)} ${String(c.cases).padStart(7)} cases  ${String(Math.round(c.ms)).padStart(6)} ms`);
  console.log(`fuzz (seed ${FUZZ_SEED}):\n${lines.join('\n')}`);
});

/** Check a property on one surface within the time and run bounds, and record how many cases ran. */
export function fuzz<T>(surface: string, arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void): void {
  const t0 = performance.now();
  const property = fc.property(arbitrary, (value) => {
    predicate(value);
  });
  const details = fc.check(property, { seed: FUZZ_SEED, numRuns: FUZZ_RUNS, interruptAfterTimeLimit: FUZZ_TIME_MS, markInterruptAsFailure: false });
  counts.push({ surface, cases: details.numRuns, ms: performance.now() - t0 });
  if (details.failed) {
    throw new Error(report(surface, details as fc.RunDetails<unknown>));
  }
  expect(details.numRuns).toBeGreaterThan(0);
}

/** The async form of `fuzz`. */
export async function fuzzAsync<T>(surface: string, arbitrary: fc.Arbitrary<T>, predicate: (value: T) => Promise<void>): Promise<void> {
  const t0 = performance.now();
  const property = fc.asyncProperty(arbitrary, predicate);
  const details = await fc.check(property, { seed: FUZZ_SEED, numRuns: FUZZ_RUNS, interruptAfterTimeLimit: FUZZ_TIME_MS, markInterruptAsFailure: false });
  counts.push({ surface, cases: details.numRuns, ms: performance.now() - t0 });
  if (details.failed) {
    throw new Error(report(surface, details as fc.RunDetails<unknown>));
  }
  expect(details.numRuns).toBeGreaterThan(0);
}

// ---- hostile values -------------------------------------------------------------------------

/** Names that would reach Object.prototype if looked up carelessly. */
export const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__'];

export const hostileKey = fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES, '', '*', '~', '/', '0', '-1', '{index}'), fc.string({ maxLength: 8 }));

/** Arrays nested `depth` deep, built without recursion (shown as `nested(depth)` in a report). */
export function nested(depth: number, leaf: unknown = 1): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = [value];
  Object.defineProperty(value, fc.toStringMethod, { value: () => `nested(${depth}, ${JSON.stringify(leaf)})` });
  return value;
}

/** A long array, shown short in a report. */
function long(n: number): unknown[] {
  const value = new Array(n).fill(0);
  Object.defineProperty(value, fc.toStringMethod, { value: () => `new Array(${n}).fill(0)` });
  return value;
}

/** JSON values, large and odd ones included (deep nesting, long strings, long arrays, numbers at the edges). */
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 3000 }).map((d) => nested(d)) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 200_000 }).map((n) => 'x'.repeat(n)) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 20_000 }).map(long) },
  { weight: 1, arbitrary: fc.constantFrom(Number.MAX_SAFE_INTEGER, -0, 1e308, -1e308, 0.1, '2026-02-30', '24:00', '', null, true, [], {}) },
  { weight: 1, arbitrary: fc.dictionary(hostileKey, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }).map((o) => JSON.parse(JSON.stringify(o)) as unknown) },
);

/** Values that are not JSON data at all: they must be refused with an AsystaError. */
export const nonJson: fc.Arbitrary<() => unknown> = fc.constantFrom(
  () => {
    const o: Record<string, unknown> = {};
    o['self'] = o;
    return o;
  },
  () => ({ n: 10n }),
  () => ({ f: () => 1 }),
  () => ({ s: Symbol('s') }),
  () =>
    Object.defineProperty({}, 'x', {
      enumerable: true,
      get() {
        throw new TypeError('getter');
      },
    }),
  () => new Proxy({}, { ownKeys: () => { throw new Error('proxy'); } }),
);

/** Every path into a JSON value (arrays and objects), as token lists, walked without recursion. */
export function pathsOf(value: unknown, max = 5000): string[][] {
  const out: string[][] = [[]];
  const stack: { node: unknown; path: string[] }[] = [{ node: value, path: [] }];
  while (stack.length && out.length < max) {
    const { node, path } = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    for (const key of Object.keys(node)) {
      const here = [...path, key];
      out.push(here);
      stack.push({ node: (node as Record<string, unknown>)[key], path: here });
    }
  }
  return out;
}

/** A copy of `value` with the value at `path` replaced (or deleted when `replacement` is undefined). */
export function replaceAt(value: unknown, path: readonly string[], replacement: unknown): unknown {
  if (!path.length) return replacement;
  const copy = structuredClone(value) as Record<string, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = path[path.length - 1]!;
  if (replacement === undefined && !Array.isArray(node)) delete node[last];
  else Object.defineProperty(node, last, { value: replacement, writable: true, enumerable: true, configurable: true });
  return copy;
}

/** Mutations of `base`: 1–3 places replaced by hostile JSON values (or removed). */
export function mutationsOf(base: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(base);
  const one = fc.tuple(fc.constantFrom(...paths), fc.option(hostileJson, { nil: undefined, freq: 8 }));
  return fc.array(one, { minLength: 1, maxLength: 3 }).map((edits) => {
    let value = base;
    for (const [path, replacement] of edits) {
      try {
        value = replaceAt(value, path, replacement);
      } catch {
        // an earlier edit removed the place: skip this one
      }
    }
    return value;
  });
}
