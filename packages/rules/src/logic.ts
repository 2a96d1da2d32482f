/**
 * JSON Logic compiled once into closures – json-logic-js semantics, no `eval`, no `new Function`
 * (so it runs under a strict Content-Security-Policy), and per-compiler operators (nothing global
 * that could leak between engines). Unknown operators, wrong arities, over-deep or over-large
 * expressions are rejected at compile time with the JSON Pointer of the offending node.
 */
import type { OperatorReads } from './reads.js';
import { AsystaError, escapePointerToken, isSafeKey, translate, type JsonLogicExpression, type Locale, type MessageKey, type MessageParams } from '@asysta/core';

/** What an evaluation may read besides the data: parameter values in force and the as-of date. */
export interface EvaluationContext {
  asOf: string;
  param(name: string): number | undefined;
  /**
   * Steps left before the evaluation stops: every array item an operator visits costs one, and
   * every item or character it builds costs one, so a rule from outside cannot hang the page.
   * Absent: each top-level evaluation gets DEFAULT_BUDGET steps.
   */
  budget?: { steps: number };
  /** Set by `explain`: receives the value of every sub-expression, by its JSON Pointer. */
  trace?: (path: string, value: unknown) => void;
}

export type Evaluate = (data: unknown, context: EvaluationContext) => unknown;

/** A custom operator: its arity and how it combines already-evaluated arguments. */
export interface OperatorDefinition {
  minArgs: number;
  maxArgs: number;
  evaluate(args: unknown[], context: EvaluationContext): unknown;
  /** What it reads of its arguments (see reads.ts); absent: every argument whole. */
  reads?: OperatorReads;
}

export interface CompileLimits {
  maxDepth: number;
  maxNodes: number;
}

export const DEFAULT_LIMITS: CompileLimits = { maxDepth: 48, maxNodes: 5000 };

/** Arrays longer than this are refused by the iterating operators (an evaluation budget). */
export const MAX_ARRAY_LENGTH = 100_000;

/** Steps one evaluation may take when its context brings no budget of its own. */
export const DEFAULT_BUDGET = 1_000_000;

/**
 * A problem with a message key, so that each caller can say it in its locale (`message` is
 * English). An AsystaError: it is what the compiler's public API throws.
 */
abstract class ProblemError extends AsystaError {
  constructor(
    code: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(code, 'en', params);
  }

  describe(locale: Locale): string {
    return translate(this.code, locale, this.params);
  }
}

export class LogicCompileError extends ProblemError {
  constructor(
    code: MessageKey,
    params: MessageParams,
    readonly path: string,
  ) {
    super(code, params);
  }
}

export class LogicRuntimeError extends ProblemError {}

/**
 * Names that data could inherit from a built-in prototype. A `var` path free of them can read
 * properties directly (the fast path): without them, a direct read finds only own properties.
 */
const INHERITED = new Set(
  [Object.prototype, Array.prototype, String.prototype, Number.prototype, Boolean.prototype]
    .flatMap((proto) => Object.getOwnPropertyNames(proto))
    .filter((name) => name !== 'length'),
);

/** A `var` with a literal path, split once at compile time. */
function compileVar(path: string | number, fallback: unknown): Evaluate {
  if (path === '') return (data) => data;
  const segments = String(path).split('.');
  if (segments.some((s) => !isSafeKey(s))) return () => fallback;
  if (segments.some((s) => INHERITED.has(s))) return (data) => readVar(data, path, fallback);
  if (segments.length === 1) {
    const [key] = segments as [string];
    return (data) => {
      if (data === null || data === undefined) return fallback;
      const value = (data as Record<string, unknown>)[key];
      return value === undefined ? fallback : value;
    };
  }
  if (segments.length === 2) {
    const [first, second] = segments as [string, string];
    return (data) => {
      if (data === null || data === undefined) return fallback;
      const middle = (data as Record<string, unknown>)[first];
      if (middle === null || middle === undefined) return fallback;
      const value = (middle as Record<string, unknown>)[second];
      return value === undefined ? fallback : value;
    };
  }
  return (data) => {
    let node = data;
    for (const segment of segments) {
      if (node === null || node === undefined) return fallback;
      node = (node as Record<string, unknown>)[segment];
    }
    return node === undefined ? fallback : node;
  };
}

const isLiteral = (node: unknown): node is string | number | null =>
  node === null || typeof node === 'string' || typeof node === 'number';

/** json-logic-js truthiness: an empty array is false. */
export function truthy(value: unknown): boolean {
  if (Array.isArray(value) && value.length === 0) return false;
  return Boolean(value);
}

const fieldReaders = new Map<string, (item: unknown) => unknown>();

/**
 * A reader of one field (a dotted path) of many items, as `sum`/`unique` use: split once, read own
 * properties only. Cached by path.
 */
export function fieldReader(path: string): (item: unknown) => unknown {
  let reader = fieldReaders.get(path);
  if (!reader) {
    const segments = path.split('.');
    const direct = segments.length === 1 && isSafeKey(path) && !INHERITED.has(path);
    reader = direct
      ? (item) => (item === null || item === undefined ? null : ((item as Record<string, unknown>)[path] ?? null))
      : (item) => readVar(item, path);
    if (fieldReaders.size < 1000) fieldReaders.set(path, reader);
  }
  return reader;
}

/** Read a dotted path like json-logic-js's `var`, following own properties only. */
export function readVar(data: unknown, path: unknown, fallback: unknown = null): unknown {
  if (path === null || path === undefined || path === '') return data;
  const segments = String(path).split('.');
  let node: unknown = data;
  for (const segment of segments) {
    if (node === null || node === undefined || !isSafeKey(segment)) return fallback;
    const holder = Object(node) as Record<string, unknown>;
    if (!Object.prototype.hasOwnProperty.call(holder, segment)) return fallback;
    node = holder[segment];
  }
  return node === undefined ? fallback : node;
}

type Args = readonly Evaluate[];
type Builder = (args: Args, path: string, compileScoped: ScopedCompiler) => Evaluate;
type ScopedCompiler = (node: JsonLogicExpression, path: string) => Evaluate;

interface BuiltIn {
  min: number;
  max: number;
  build: Builder;
}

const num = (v: unknown) => parseFloat(v as string);
/** A value as a number for arithmetic: a number as it is (the common case), anything else weighed and parsed. */
const toNumber = (v: unknown, ctx: EvaluationContext): number => (typeof v === 'number' ? v : num(weigh(v, ctx)));

/** An array to iterate, after checking its length and charging its items to the budget. */
export function iterable(value: unknown, ctx?: EvaluationContext): unknown[] {
  if (!Array.isArray(value)) return [];
  if (value.length > MAX_ARRAY_LENGTH) throw new LogicRuntimeError('problem.arrayTooLong', { limit: MAX_ARRAY_LENGTH });
  if (ctx?.budget) {
    ctx.budget.steps -= value.length;
    if (ctx.budget.steps < 0) throw new LogicRuntimeError('problem.budgetExceeded');
  }
  return value;
}

/** Charge `steps` of work to the budget: what an operator builds or converts costs its size. */
export function charge(ctx: EvaluationContext | undefined, steps: number): void {
  if (ctx?.budget) {
    ctx.budget.steps -= steps;
    if (ctx.budget.steps < 0) throw new LogicRuntimeError('problem.budgetExceeded');
  }
}

/**
 * What a loose comparison, arithmetic or concatenation costs beyond a step: converting an array
 * or object to text walks all of it.
 */
function weigh(value: unknown, ctx: EvaluationContext): unknown {
  if (value !== null && typeof value === 'object') charge(ctx, Array.isArray(value) ? value.length + 1 : 1);
  return value;
}

/** `weigh`, with the test for an object first, where it costs nothing to inline. */
const light = (value: unknown, ctx: EvaluationContext): unknown => (typeof value === 'object' && value !== null ? weigh(value, ctx) : value);

/** The result of an operator that builds an array or a string, charged by its size. */
function built<T extends { length: number }>(value: T, ctx: EvaluationContext): T {
  charge(ctx, value.length);
  return value;
}

const ANY = Number.POSITIVE_INFINITY;

/** The standard operators of json-logic-js (without `log`: form data must never be logged). */
const BUILT_INS: Record<string, BuiltIn> = {
  var: {
    min: 0,
    max: 2,
    build: ([path, fallback]) => {
      if (!path) return (data) => data;
      return (data, ctx) => readVar(data, weigh(path(data, ctx), ctx), fallback ? fallback(data, ctx) : null);
    },
  },
  missing: {
    min: 0,
    max: ANY,
    build: (args) => (data, ctx) => {
      const first = args[0]?.(data, ctx);
      const keys = Array.isArray(first) ? iterable(first, ctx) : args.map((a) => a(data, ctx));
      return keys.filter((key) => {
        const value = readVar(data, key);
        return value === null || value === '';
      });
    },
  },
  missing_some: {
    min: 2,
    max: 2,
    build: ([need, options]) => (data, ctx) => {
      const required = Number(need!(data, ctx));
      const keys = iterable(options!(data, ctx), ctx);
      const missing = keys.filter((key) => {
        const value = readVar(data, key);
        return value === null || value === '';
      });
      return keys.length - missing.length >= required ? [] : missing;
    },
  },
  if: {
    min: 0,
    max: ANY,
    build: (args) => (data, ctx) => {
      let i = 0;
      for (; i < args.length - 1; i += 2) {
        if (truthy(args[i]!(data, ctx))) return args[i + 1]!(data, ctx);
      }
      return i === args.length - 1 ? args[i]!(data, ctx) : null;
    },
  },
  or: {
    min: 1,
    max: ANY,
    build: (args) =>
      args.length === 2
        ? (data, ctx) => {
            const first = args[0]!(data, ctx);
            return truthy(first) ? first : args[1]!(data, ctx);
          }
        : (data, ctx) => {
      let value: unknown;
      for (const arg of args) {
        value = arg(data, ctx);
        if (truthy(value)) return value;
      }
      return value;
    },
  },
  and: {
    min: 1,
    max: ANY,
    build: (args) =>
      args.length === 2
        ? (data, ctx) => {
            const first = args[0]!(data, ctx);
            return truthy(first) ? args[1]!(data, ctx) : first;
          }
        : (data, ctx) => {
      let value: unknown;
      for (const arg of args) {
        value = arg(data, ctx);
        if (!truthy(value)) return value;
      }
      return value;
    },
  },
  // Each comparison is its own closure (no shared helper call): this is the hot path of most rules.
  /* eslint-disable eqeqeq -- json-logic-js semantics */
  '==': { min: 2, max: 2, build: ([a, b]) => (d, c) => light(a!(d, c), c) == light(b!(d, c), c) },
  '!=': { min: 2, max: 2, build: ([a, b]) => (d, c) => light(a!(d, c), c) != light(b!(d, c), c) },
  /* eslint-enable eqeqeq */
  '===': { min: 2, max: 2, build: ([a, b]) => (d, c) => a!(d, c) === b!(d, c) },
  '!==': { min: 2, max: 2, build: ([a, b]) => (d, c) => a!(d, c) !== b!(d, c) },
  // A value that is not an object costs nothing to compare: weighing is skipped for numbers and text.
  '>': { min: 2, max: 2, build: ([a, b]) => (d, c) => (light(a!(d, c), c) as number) > (light(b!(d, c), c) as number) },
  '>=': { min: 2, max: 2, build: ([a, b]) => (d, c) => (light(a!(d, c), c) as number) >= (light(b!(d, c), c) as number) },
  '<': between((a, b) => (a as number) < (b as number), ([a, b]) => (d, c) => (light(a!(d, c), c) as number) < (light(b!(d, c), c) as number)),
  '<=': between((a, b) => (a as number) <= (b as number), ([a, b]) => (d, c) => (light(a!(d, c), c) as number) <= (light(b!(d, c), c) as number)),
  '!': { min: 1, max: 1, build: ([a]) => (data, ctx) => !truthy(a!(data, ctx)) },
  '!!': { min: 1, max: 1, build: ([a]) => (data, ctx) => truthy(a!(data, ctx)) },
  '%': binary((a, b) => (a as number) % (b as number)),
  '+': {
    min: 0,
    max: ANY,
    build: (args) => {
      const [a, b] = args;
      if (args.length === 2) return (data, ctx) => toNumber(a!(data, ctx), ctx) + toNumber(b!(data, ctx), ctx);
      return (data, ctx) => {
        let total = 0;
        for (const arg of args) total += toNumber(arg(data, ctx), ctx);
        return total;
      };
    },
  },
  '*': {
    min: 1,
    max: ANY,
    build: (args) => (data, ctx) => {
      let product = toNumber(args[0]!(data, ctx), ctx);
      for (let i = 1; i < args.length; i++) product *= toNumber(args[i]!(data, ctx), ctx);
      return product;
    },
  },
  '-': {
    min: 1,
    max: 2,
    build: ([a, b]) =>
      b
        ? (data, ctx) => (weigh(a!(data, ctx), ctx) as number) - (weigh(b(data, ctx), ctx) as number)
        : (data, ctx) => -(weigh(a!(data, ctx), ctx) as number),
  },
  '/': binary((a, b) => (a as number) / (b as number)),
  min: { min: 0, max: ANY, build: (args) => (data, ctx) => Math.min(...(args.map((a) => weigh(a(data, ctx), ctx)) as number[])) },
  max: { min: 0, max: ANY, build: (args) => (data, ctx) => Math.max(...(args.map((a) => weigh(a(data, ctx), ctx)) as number[])) },
  cat: { min: 0, max: ANY, build: (args) => (data, ctx) => built(args.map((a) => weigh(a(data, ctx), ctx)).join(''), ctx) },
  substr: {
    min: 2,
    max: 3,
    build: ([source, start, end]) => (data, ctx) => {
      const text = String(weigh(source!(data, ctx), ctx));
      const from = start!(data, ctx) as number;
      const length = end?.(data, ctx) as number | undefined;
      const rest = text.substr(from);
      if (length !== undefined && length < 0) return rest.substr(0, rest.length + length);
      return length === undefined ? rest : text.substr(from, length);
    },
  },
  in: {
    min: 2,
    max: 2,
    build: ([needle, haystack]) => (data, ctx) => {
      const h = haystack!(data, ctx) as { indexOf?: (x: unknown) => number } | null;
      if (!h || typeof h.indexOf !== 'function') return false;
      // Searching walks the haystack (an array item by item, a string character by character).
      charge(ctx, (h as { length?: number }).length ?? 0);
      return h.indexOf(needle!(data, ctx)) !== -1;
    },
  },
  merge: {
    min: 0,
    max: ANY,
    // Each concatenation copies what it has so far: it costs the size of the result.
    build: (args) => (data, ctx) => args.reduce<unknown[]>((all, a) => built(all.concat(a(data, ctx)), ctx), []),
  },
};

function binary(op: (a: unknown, b: unknown) => unknown): BuiltIn {
  return { min: 2, max: 2, build: ([a, b]) => (data, ctx) => op(a!(data, ctx), b!(data, ctx)) };
}

function between(op: (a: unknown, b: unknown) => boolean, two: (args: Args) => Evaluate): BuiltIn {
  return {
    min: 2,
    max: 3,
    build: (args) => {
      const [a, b, c] = args;
      if (!c) return two(args);
      return (data, ctx) => {
        const middle = b!(data, ctx);
        return op(a!(data, ctx), middle) && op(middle, c(data, ctx));
      };
    },
  };
}

/** Operators whose arguments (after the first) are evaluated per array item, with the item as data. */
const SCOPED = new Set(['map', 'filter', 'reduce', 'all', 'none', 'some', 'groupBy']);

/**
 * Can an expression give back its data object itself (or put it into what it builds)? Only a `var`
 * of the whole data can: the empty path, or a path computed at run time. Then a scope object must not
 * be reused for the next item.
 */
function mayHandOutData(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(mayHandOutData);
  if (node === null || typeof node !== 'object') return false;
  const entries = Object.entries(node);
  if (entries.length !== 1) return false; // a literal object
  const [op, raw] = entries[0]!;
  if (op === 'var') {
    const path = Array.isArray(raw) ? raw[0] : raw;
    if (!((typeof path === 'string' && path !== '') || typeof path === 'number')) return true;
  }
  return mayHandOutData(raw);
}

function buildScoped(op: string, node: JsonLogicExpression[], path: string, compile: ScopedCompiler): Evaluate {
  const source = compile(node[0] ?? null, `${path}/0`);
  const logic = compile(node[1] ?? null, `${path}/1`);
  switch (op) {
    case 'map':
      return (data, ctx) => built(iterable(source(data, ctx), ctx).map((item) => logic(item, ctx)), ctx);
    case 'filter':
      return (data, ctx) => {
        const out: unknown[] = [];
        for (const item of iterable(source(data, ctx), ctx)) if (truthy(logic(item, ctx))) out.push(item);
        return built(out, ctx);
      };
    case 'all':
      return (data, ctx) => {
        const items = iterable(source(data, ctx), ctx);
        return items.length > 0 && items.every((item) => truthy(logic(item, ctx)));
      };
    case 'none':
      return (data, ctx) => !iterable(source(data, ctx), ctx).some((item) => truthy(logic(item, ctx)));
    case 'some':
      return (data, ctx) => iterable(source(data, ctx), ctx).some((item) => truthy(logic(item, ctx)));
    case 'groupBy':
      // [{ key, items }] in order of first appearance; the key is the item's value of the expression.
      return (data, ctx) => {
        const groups = new Map<string, { key: unknown; items: unknown[] }>();
        for (const item of iterable(source(data, ctx), ctx)) {
          const key = logic(item, ctx);
          const id = JSON.stringify(key) ?? 'null';
          const group = groups.get(id);
          if (group) group.items.push(item);
          else groups.set(id, { key, items: [item] });
        }
        return [...groups.values()];
      };
    default: {
      const initial = compile(node[2] ?? null, `${path}/2`);
      // One scope per evaluation, changed in place per item, unless the logic could keep it.
      const reuse = !mayHandOutData(node[1]);
      return (data, ctx) => {
        const scope = { current: undefined as unknown, accumulator: initial(data, ctx) };
        for (const current of iterable(source(data, ctx), ctx)) {
          scope.accumulator = logic(reuse ? ((scope.current = current), scope) : { current, accumulator: scope.accumulator }, ctx);
        }
        return scope.accumulator;
      };
    }
  }
}

function isLogicNode(node: unknown): node is Record<string, JsonLogicExpression> {
  return node !== null && typeof node === 'object' && !Array.isArray(node) && Object.keys(node).length === 1;
}

export interface CompileOptions {
  /** Report every sub-expression's value to `context.trace` (slower: for explaining, not for bulk). */
  trace?: boolean;
}

export interface LogicCompiler {
  compile(expression: JsonLogicExpression, path?: string, options?: CompileOptions): Evaluate;
  /** Every operator name the compiler knows. */
  operators(): string[];
}

/**
 * A compiler with the standard operators plus `custom` ones. Each compiler has its own table:
 * operators added to one never appear in another.
 */
export function createLogicCompiler(
  custom: Readonly<Record<string, OperatorDefinition>> = {},
  limits: CompileLimits = DEFAULT_LIMITS,
): LogicCompiler {
  const customOps = new Map(Object.entries(custom));

  function compile(expression: JsonLogicExpression, basePath = '', options: CompileOptions = {}): Evaluate {
    let nodes = 0;
    const walk = (node: JsonLogicExpression, path: string, depth: number): Evaluate => {
      const evaluate = build(node, path, depth);
      if (!options.trace) return evaluate;
      return (data, ctx) => {
        const value = evaluate(data, ctx);
        ctx.trace?.(path, value);
        return value;
      };
    };
    const build = (node: JsonLogicExpression, path: string, depth: number): Evaluate => {
      if (++nodes > limits.maxNodes) throw new LogicCompileError('problem.tooLarge', { limit: limits.maxNodes }, path);
      if (depth > limits.maxDepth) throw new LogicCompileError('problem.tooDeep', { limit: limits.maxDepth }, path);
      if (Array.isArray(node)) {
        const items = node.map((item, i) => walk(item, `${path}/${i}`, depth + 1));
        return (data, ctx) => built(items.map((item) => item(data, ctx)), ctx);
      }
      if (!isLogicNode(node)) {
        if (node !== null && typeof node === 'object') {
          for (const key of Object.keys(node)) {
            if (!isSafeKey(key)) throw new LogicCompileError('problem.unsafeKey', { key }, `${path}/${escapePointerToken(key)}`);
          }
        }
        return () => node;
      }
      const op = Object.keys(node)[0]!;
      const opPath = `${path}/${escapePointerToken(op)}`;
      const raw = node[op];
      const argNodes: JsonLogicExpression[] = Array.isArray(raw) ? raw : [raw ?? null];
      if (SCOPED.has(op)) {
        const expected = op === 'reduce' ? [2, 3] : [2, 2];
        if (argNodes.length < expected[0]! || argNodes.length > expected[1]!) {
          throw new LogicCompileError('problem.arity', { op, expected: expected[0] === expected[1] ? `${expected[0]}` : expected.join('–'), actual: argNodes.length }, opPath);
        }
        return buildScoped(op, argNodes, opPath, (n, p) => walk(n, p, depth + 1));
      }
      if (op === 'var' && argNodes.length <= 2 && isLiteral(argNodes[0] ?? null) && (argNodes.length < 2 || isLiteral(argNodes[1]))) {
        return compileVar((argNodes[0] ?? '') as string | number, argNodes.length === 2 ? argNodes[1] : null);
      }
      // Own properties only: "toString" or "constructor" is an unknown operator, not Object.prototype's.
      const builtIn = Object.prototype.hasOwnProperty.call(BUILT_INS, op) ? BUILT_INS[op] : undefined;
      const customOp = customOps.get(op);
      if (!builtIn && !customOp) throw new LogicCompileError('problem.unknownOperator', { op }, opPath);
      const { min, max } = builtIn ?? { min: customOp!.minArgs, max: customOp!.maxArgs };
      // `{"var": "a"}` and `{"var": ["a"]}` are the same; a bare non-array argument is one argument.
      if (argNodes.length < min || argNodes.length > max) {
        const range = max === ANY ? `${min}+` : min === max ? `${min}` : `${min}–${max}`;
        throw new LogicCompileError('problem.arity', { op, expected: range, actual: argNodes.length }, opPath);
      }
      const args = argNodes.map((arg, i) => walk(arg, Array.isArray(raw) ? `${opPath}/${i}` : opPath, depth + 1));
      if (builtIn) return builtIn.build(args, opPath, (n, p) => walk(n, p, depth + 1));
      const evaluate = customOp!.evaluate;
      const [a, b] = args;
      if (args.length === 1) return (data, ctx) => evaluate([a!(data, ctx)], ctx);
      if (args.length === 2) return (data, ctx) => evaluate([a!(data, ctx), b!(data, ctx)], ctx);
      return (data, ctx) =>
        evaluate(
          args.map((arg) => arg(data, ctx)),
          ctx,
        );
    };
    const evaluate = walk(expression, basePath, 0);
    // An evaluation without a budget of its own (a derived field, a condition) gets the default one,
    // refilled per call, in a context that inherits the caller's: callers reuse one context for many
    // calls, so this costs a comparison and an assignment, not an object per call.
    let callerContext: EvaluationContext | undefined;
    let withBudget: EvaluationContext & { budget: { steps: number } } = { asOf: '', param: () => undefined, budget: { steps: 0 } };
    return (data, ctx) => {
      if (ctx.budget) return evaluate(data, ctx);
      if (ctx !== callerContext) {
        callerContext = ctx;
        withBudget = Object.assign(Object.create(ctx) as EvaluationContext, { budget: { steps: 0 } });
      }
      withBudget.budget.steps = DEFAULT_BUDGET;
      return evaluate(data, withBudget);
    };
  }

  return {
    compile,
    operators: () => [...Object.keys(BUILT_INS), ...SCOPED, ...customOps.keys()],
  };
}
