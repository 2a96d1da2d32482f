/**
 * What an expression reads of its data, found without running it: the places (patterns of pointer
 * tokens, `*` for any item of an array) whose value it may depend on. A form re-evaluated on every
 * keystroke then skips the rules, derived values and conditions that do not read what changed.
 *
 * The analysis follows the compiler's semantics and errs one way only: it may name more than an
 * expression reads, never less. A value an operator uses whole (compares, adds, stringifies, returns
 * as a verdict) is a `whole` read – a change anywhere inside it matters. A value used only as a
 * container (a list iterated, an object a field is read from, a length) is a shallow read – only a
 * change of the container itself matters. What it cannot follow (a path computed at run time) makes
 * the whole data in scope a whole read.
 */
import { isSafeKey, type JsonLogicExpression, type Rule } from '@asysta/core';
import type { OperatorDefinition } from './logic.js';
import type { Read, ReadSet } from './read-set.js';

/**
 * What a custom operator reads of its evaluated arguments, for the analysis above. Absent: every
 * argument whole. `array` is the argument whose items it visits; `fields` the arguments naming, as a
 * literal dotted path (or a list of them), the one field of each item it reads – none: only the list's
 * length. `result: 'items'` – it returns some of the list's items (as `slice` does).
 */
export interface OperatorReads {
  array: number;
  fields: readonly number[];
  result?: 'items';
}

type Pattern = readonly string[];

/** An abstract value: the data places it may be (`at`), or, for a list built by the expression, that its items may be. */
interface Value {
  at: Pattern[];
  items: Pattern[];
}

const NOTHING: Value = { at: [], items: [] };

/** The data an expression runs on: one value, or an object of named values (a rule's item and index beside the facts). */
type Scope = { value: Value } | { fields: ReadonlyMap<string, Value>; rest: Value | undefined };

/** Operators whose second argument is evaluated per item of the first (as in logic.ts). */
const SCOPED = new Set(['map', 'filter', 'reduce', 'all', 'none', 'some', 'groupBy']);

const isLiteral = (node: unknown): node is string | number | null => node === null || typeof node === 'string' || typeof node === 'number';

function isLogicNode(node: unknown): node is Record<string, JsonLogicExpression> {
  return node !== null && typeof node === 'object' && !Array.isArray(node) && Object.keys(node).length === 1;
}

/** Literal field paths ("minutes", ["date", "time.from"]), or undefined when computed. */
function literalFields(node: JsonLogicExpression | undefined): string[] | undefined {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node) && node.every((item) => typeof item === 'string')) return node as string[];
  return undefined;
}

class Analysis {
  private readonly found = new Map<string, Read>();

  constructor(private readonly operators: ReadonlyMap<string, OperatorDefinition>) {}

  /** What was read, without a container read that a read inside it already covers (a change at or above it reaches both). */
  reads(): ReadSet {
    const all = [...this.found.values()];
    return all.filter(
      (read) => read.whole || !all.some((other) => other !== read && other.pattern.length > read.pattern.length && read.pattern.every((token, i) => other.pattern[i] === token)),
    );
  }

  private note(pattern: Pattern, whole: boolean): void {
    const key = pattern.join('/');
    const known = this.found.get(key);
    if (!known || (whole && !known.whole)) this.found.set(key, { pattern, whole });
  }

  /** The value is used whole: everything it may be is read in full. */
  whole(value: Value): void {
    for (const pattern of value.at) this.note(pattern, true);
    for (const pattern of value.items) this.note(pattern, true);
  }

  private scopeWhole(scope: Scope): void {
    if ('value' in scope) this.whole(scope.value);
    else {
      for (const value of scope.fields.values()) this.whole(value);
      if (scope.rest) this.whole(scope.rest);
    }
  }

  /** A field of the value: the value is read as a container. */
  private property(value: Value, segment: string): Value {
    for (const pattern of value.at) this.note(pattern, false);
    const at: Pattern[] = value.at.map((pattern) => [...pattern, segment]);
    // A numbered field of a list the expression built is one of its items.
    if (/^\d+$/.test(segment)) at.push(...value.items);
    return { at, items: [] };
  }

  /** The items of a list: the list is read as a container. */
  iterate(value: Value): Value {
    for (const pattern of value.at) this.note(pattern, false);
    return { at: [...value.at.map((pattern) => [...pattern, '*']), ...value.items], items: [] };
  }

  /** A dotted path read from the scope, as `var` reads it. */
  private path(scope: Scope, path: string): Value {
    if (path === '') {
      if ('value' in scope) return scope.value;
      this.scopeWhole(scope);
      return NOTHING;
    }
    const segments = path.split('.');
    // A path with an unsafe segment reads nothing (the compiler answers its fallback).
    if (segments.some((segment) => !isSafeKey(segment))) return NOTHING;
    let value: Value;
    let rest = segments;
    if ('value' in scope) value = scope.value;
    else if (scope.fields.has(segments[0]!)) {
      value = scope.fields.get(segments[0]!)!;
      rest = segments.slice(1);
    } else value = scope.rest ?? NOTHING;
    for (const segment of rest) value = this.property(value, segment);
    return value;
  }

  value(node: JsonLogicExpression, scope: Scope): Value {
    if (Array.isArray(node)) {
      const elements = node.map((item) => this.value(item, scope));
      // A list of lists: the inner ones are read whole (the analysis follows one level).
      for (const element of elements) for (const pattern of element.items) this.note(pattern, true);
      return { at: [], items: elements.flatMap((element) => element.at) };
    }
    if (!isLogicNode(node)) return NOTHING;
    const op = Object.keys(node)[0]!;
    const raw = node[op];
    const args: JsonLogicExpression[] = Array.isArray(raw) ? raw : [raw ?? null];
    if (SCOPED.has(op)) return this.scoped(op, args, scope);
    switch (op) {
      case 'var': {
        if (args.length <= 2 && isLiteral(args[0] ?? null) && (args.length < 2 || isLiteral(args[1]))) return this.path(scope, String(args[0] ?? ''));
        // A path computed at run time may read anything in scope.
        this.whole(this.value(args[0] ?? null, scope));
        this.scopeWhole(scope);
        return args.length > 1 ? this.value(args[1]!, scope) : NOTHING;
      }
      case 'missing':
      case 'missing_some': {
        const keysNode = op === 'missing' ? (args.length === 1 && Array.isArray(args[0]) ? args[0] : args) : args[1];
        if (op === 'missing_some') this.whole(this.value(args[0] ?? null, scope));
        const keys = Array.isArray(keysNode) && keysNode.every((key) => typeof key === 'string') ? (keysNode as string[]) : undefined;
        if (keys) for (const key of keys) this.whole(this.path(scope, key));
        else {
          for (const arg of args) this.whole(this.value(arg, scope));
          this.scopeWhole(scope);
        }
        return NOTHING;
      }
      case 'if': {
        const results: Value[] = [];
        let i = 0;
        for (; i < args.length - 1; i += 2) {
          this.whole(this.value(args[i]!, scope));
          results.push(this.value(args[i + 1]!, scope));
        }
        if (i === args.length - 1) results.push(this.value(args[i]!, scope));
        return { at: results.flatMap((r) => r.at), items: results.flatMap((r) => r.items) };
      }
      case 'merge': {
        const values = args.map((arg) => this.value(arg, scope));
        const items: Pattern[] = [];
        for (const value of values) {
          for (const pattern of value.at) {
            this.note(pattern, false);
            // A list's items are merged in; anything else is merged in as one item.
            items.push([...pattern, '*'], pattern);
          }
          items.push(...value.items);
        }
        return { at: [], items };
      }
    }
    const custom = this.operators.get(op);
    const values = args.map((arg) => this.value(arg, scope));
    const reads = custom?.reads;
    if (!reads) {
      // Every standard operator not above, and a custom one that says nothing, uses its arguments whole.
      for (const value of values) this.whole(value);
      return NOTHING;
    }
    values.forEach((value, i) => {
      if (i !== reads.array) this.whole(value);
    });
    const items = this.iterate(values[reads.array] ?? NOTHING);
    for (const index of reads.fields) {
      const fields = index < args.length ? literalFields(args[index]) : undefined;
      if (!fields) {
        this.whole(items);
        continue;
      }
      for (const field of fields) this.whole(this.path({ value: items }, field));
    }
    return reads.result === 'items' ? { at: [], items: items.at } : NOTHING;
  }

  private scoped(op: string, args: JsonLogicExpression[], scope: Scope): Value {
    const items = this.iterate(this.value(args[0] ?? null, scope));
    if (op === 'reduce') {
      this.whole(this.value(args[2] ?? null, scope));
      // What the logic returns becomes the accumulator: read whole, so the accumulator reads nothing more.
      this.whole(this.value(args[1] ?? null, { fields: new Map([['current', items], ['accumulator', NOTHING]]), rest: undefined }));
      return NOTHING;
    }
    const logic = this.value(args[1] ?? null, { value: items });
    switch (op) {
      case 'map':
        for (const pattern of logic.items) this.note(pattern, true);
        return { at: [], items: logic.at };
      case 'filter':
        this.whole(logic);
        return { at: [], items: items.at };
      default:
        // all, none, some; groupBy returns its items inside groups, which the analysis does not follow.
        this.whole(logic);
        if (op === 'groupBy') this.whole(items);
        return NOTHING;
    }
  }
}

const ROOT: Value = { at: [[]], items: [] };

export interface ReadsOptions {
  /** The compiler's custom operators (with what they read). */
  operators: Readonly<Record<string, OperatorDefinition>>;
  /** A rule's `forEach`: the expressions run once per item, with `item` and `index` beside the facts. */
  forEach?: JsonLogicExpression | undefined;
  /** The pattern `item` stands for (a derived value inside a list: "/rows/*" as ["rows", "*"]). */
  item?: readonly string[] | undefined;
}

/** What these expressions (whose values are all used whole) read of their data. */
export function readsOf(expressions: readonly JsonLogicExpression[], options: ReadsOptions): ReadSet {
  const analysis = new Analysis(new Map(Object.entries(options.operators)));
  let scope: Scope = { value: ROOT };
  if (options.forEach !== undefined) {
    const items = analysis.iterate(analysis.value(options.forEach, scope));
    scope = { fields: new Map([['item', items], ['index', NOTHING]]), rest: ROOT };
  } else if (options.item) {
    scope = { fields: new Map([['item', { at: [options.item], items: [] }], ['index', NOTHING]]), rest: ROOT };
  }
  for (const expression of expressions) analysis.whole(analysis.value(expression, scope));
  return analysis.reads();
}

/** What a rule reads of the facts: its `forEach`, `when`, `condition` and values, with the domain operators. */
export function readsOfRule(rule: Rule, operators: Readonly<Record<string, OperatorDefinition>>): ReadSet {
  const expressions = [rule.when, rule.condition, ...Object.values(rule.values ?? {}).map((value) => value.logic)].filter((e) => e !== undefined) as JsonLogicExpression[];
  const forEach = typeof rule.forEach === 'string' ? { var: rule.forEach } : (rule.forEach as JsonLogicExpression | undefined);
  return readsOf(expressions, { operators, forEach });
}
