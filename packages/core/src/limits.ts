/**
 * The limits every input is checked against before anything recursive sees it: the size of its JSON
 * text in bytes, the nesting depth, array and string lengths, array indexes in pointers. One walk,
 * without recursion, in time linear in the input (it stops as soon as a limit is passed), which also
 * refuses what is not JSON data: cycles, BigInt, functions, symbols, properties that throw when read.
 * Every refusal is an AsystaError with the JSON Pointer of the offending place.
 *
 * Hosts may lower or raise the defaults, but never beyond the hard ceilings.
 */
import { AsystaError, type AsystaErrorDetail } from './errors.js';
import { formatCount, translate } from './i18n.js';
import type { Locale } from './issue.js';
import { escapePointerToken } from './pointer.js';
import { ucs2length } from './validator-runtime.js';

export interface InputLimits {
  /** Size of the value's JSON text, in UTF-8 bytes. */
  maxBytes: number;
  /** Nesting of arrays and objects (a scalar at the top is depth 0, `{"a": 1}` depth 1). */
  maxDepth: number;
  /** Items of one array. */
  maxArrayLength: number;
  /** Characters (UTF-16 code units) of one string or property name. */
  maxStringLength: number;
  /** The largest array index a JSON Pointer may name (`setValue("/rows/9999", …)`). */
  maxPointerIndex: number;
}

/** The defaults for form data (a submission, a draft, `setData`). */
export const DEFAULT_INPUT_LIMITS: Readonly<InputLimits> = Object.freeze({
  maxBytes: 1_048_576,
  maxDepth: 32,
  maxArrayLength: 10_000,
  maxStringLength: 100_000,
  maxPointerIndex: 9_999,
});

/** The defaults for rule packs and profiles: expressions nest deeper than data (two levels per operator). */
export const DEFAULT_PACK_LIMITS: Readonly<InputLimits> = Object.freeze({
  maxBytes: 4_194_304,
  maxDepth: 128,
  maxArrayLength: 10_000,
  maxStringLength: 100_000,
  maxPointerIndex: 9_999,
});

/** No host setting goes beyond these. */
export const HARD_INPUT_LIMITS: Readonly<InputLimits> = Object.freeze({
  maxBytes: 67_108_864,
  maxDepth: 256,
  maxArrayLength: 1_000_000,
  maxStringLength: 10_000_000,
  maxPointerIndex: 999_999,
});

const LIMIT_NAMES = Object.keys(HARD_INPUT_LIMITS) as (keyof InputLimits)[];

/**
 * `base` with the host's overrides. An override must be a positive whole number not above its hard
 * ceiling; anything else is an AsystaError naming the option.
 */
export function resolveLimits(overrides: unknown, locale: Locale, base: Readonly<InputLimits> = DEFAULT_INPUT_LIMITS): InputLimits {
  const limits: InputLimits = { ...base };
  if (overrides === undefined || overrides === null) return limits;
  if (typeof overrides !== 'object' || Array.isArray(overrides)) {
    throw new AsystaError('error.limits.invalid', locale, {}, [{ path: '', message: translate('problem.limits.notObject', locale) }]);
  }
  const details: AsystaErrorDetail[] = [];
  for (const key of Object.keys(overrides)) {
    const value: unknown = (overrides as Record<string, unknown>)[key];
    if (!(LIMIT_NAMES as string[]).includes(key)) {
      details.push({ path: `/${escapePointerToken(key)}`, message: translate('problem.limits.unknown', locale, { name: key, known: LIMIT_NAMES.join(', ') }) });
    } else if (value === undefined) {
      continue;
    } else if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > HARD_INPUT_LIMITS[key as keyof InputLimits]) {
      details.push({
        path: `/${key}`,
        message: translate('problem.limits.range', locale, { name: key, max: HARD_INPUT_LIMITS[key as keyof InputLimits], value: String(value) }),
      });
    } else {
      limits[key as keyof InputLimits] = value;
    }
  }
  if (details.length) throw new AsystaError('error.limits.invalid', locale, {}, details);
  return limits;
}

export interface JsonInputOptions {
  limits?: Readonly<InputLimits>;
  locale: Locale;
  /** Named in the error (a file, `form:<id>`, `pack:<id>`). */
  source?: string;
}

interface Frame {
  parent: Frame | undefined;
  key: string;
  depth: number;
}

function pointerOf(frame: Frame | undefined, key?: string): string {
  const tokens: string[] = key === undefined ? [] : [key];
  for (let f = frame; f && f.parent !== undefined; f = f.parent) tokens.push(f.key);
  // The root frame has no key.
  return tokens.length ? `/${tokens.reverse().map(escapePointerToken).join('/')}` : '';
}

/** UTF-8 bytes of a string's JSON form, without its escapes (close enough for a limit). */
function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) bytes += code >= 0x800 && (code < 0xd800 || code > 0xdfff) ? 2 : 1;
  }
  return bytes;
}

const kindOf = (value: unknown): string => (typeof value === 'object' ? Object.prototype.toString.call(value).slice(8, -1) : typeof value);

/**
 * A plain JSON copy of `value` (what `JSON.parse(JSON.stringify(value))` gives: `toJSON` applied,
 * `undefined` properties dropped, `undefined` items, NaN and ±Infinity as null), made in one walk
 * without recursion that every property is read once in – or an AsystaError at the first place that
 * passes a limit or is not JSON data (a cycle, a BigInt, a function, a symbol, a getter that throws).
 * `value` itself is never changed.
 */
export function toJsonData(value: unknown, options: JsonInputOptions): unknown {
  // Plain data within the limits (the common case) is copied by the engine's own JSON code, which
  // gives the same result; anything else takes the careful walk, which says where and why.
  if (isPlainWithin(value, options.limits ?? DEFAULT_INPUT_LIMITS)) return JSON.parse(JSON.stringify(value)) as unknown;
  return walk(value, options, true);
}

/** As `toJsonData`, without the copy: for input that is kept as it is (rule packs, profiles, facts). */
export function checkJsonInput(value: unknown, options: JsonInputOptions): void {
  if (!isPlainWithin(value, options.limits ?? DEFAULT_INPUT_LIMITS)) walk(value, options, false);
}

/**
 * The fast path: true when `value` is certainly plain JSON data within the limits – strings, finite
 * numbers, booleans and null in arrays and objects, nothing with `toJSON`, counted as a tree.
 * False means only "look closer" (NaN, `undefined` or a long multi-byte text is fine for the
 * careful walk); it never throws and allocates little.
 */
function isPlainWithin(root: unknown, limits: Readonly<InputLimits>): boolean {
  if (root === null || typeof root !== 'object') return false;
  let bytes = 0;
  let upper = 0; // bytes if every character took three
  const stack: object[] = [root];
  const depths: number[] = [1];
  const scalar = (v: unknown): number => {
    switch (typeof v) {
      case 'string':
        if (v.length > limits.maxStringLength) return -1;
        upper += 2 * v.length;
        return v.length + 2;
      case 'number':
        return Number.isFinite(v) ? 8 : -1;
      case 'boolean':
        return 5;
      case 'object':
        return v === null ? 4 : 0;
      default:
        return -1;
    }
  };
  try {
    while (stack.length) {
      const node = stack.pop()!;
      const depth = depths.pop()!;
      // No set of objects met: a cycle or a shared object is counted again each time, so the
      // byte limit ends it, and the careful walk then says what it is.
      if (depth > limits.maxDepth) return false;
      if (typeof (node as { toJSON?: unknown }).toJSON === 'function' || node instanceof String || node instanceof Number || node instanceof Boolean) return false;
      bytes += 2;
      if (Array.isArray(node)) {
        const length = node.length;
        if (length > limits.maxArrayLength) return false;
        for (let i = 0; i < length; i++) {
          const v: unknown = node[i];
          const n = scalar(v);
          if (n < 0) return false;
          bytes += n + 1;
          if (n === 0) {
            stack.push(v as object);
            depths.push(depth + 1);
          }
        }
      } else {
        for (const key of Object.keys(node)) {
          if (key.length > limits.maxStringLength) return false;
          const v: unknown = (node as Record<string, unknown>)[key];
          const n = scalar(v);
          if (n < 0) return false;
          bytes += key.length + 4 + n;
          upper += 2 * key.length;
          if (n === 0) {
            stack.push(v as object);
            depths.push(depth + 1);
          }
        }
      }
      if (bytes > limits.maxBytes) return false;
    }
  } catch {
    return false;
  }
  // Numbers were counted as 8 bytes: close enough for the fast path only when far from the limit.
  return bytes + upper <= limits.maxBytes;
}

type Container = Record<string, unknown> | unknown[];

function walk(input: unknown, options: JsonInputOptions, copy: boolean): unknown {
  const limits = options.limits ?? DEFAULT_INPUT_LIMITS;
  const { locale } = options;
  let bytes = 0;
  const fail = (frame: Frame | undefined, key: string | undefined, message: string): never => {
    throw new AsystaError('error.input.limits', locale, {}, [{ ...(options.source ? { source: options.source } : {}), path: pointerOf(frame, key), message }]);
  };
  const addBytes = (n: number, frame: Frame | undefined, key: string | undefined) => {
    bytes += n;
    if (bytes > limits.maxBytes) fail(frame, key, translate('limit.bytes', locale, { limit: formatCount(limits.maxBytes, 'byte', locale) }));
  };
  /** Objects on the path from the root to the current node: meeting one again is a cycle. */
  const open = new Set<object>();

  // A scalar is returned as its JSON value; an object or array is returned empty and queued.
  const scalar = (raw: unknown, frame: Frame | undefined, key: string | undefined, inArray: boolean): { value: unknown; queue?: object } => {
    let value = raw;
    if (value !== null && (typeof value === 'object' || typeof value === 'function') && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
      try {
        value = (value as { toJSON(key: string): unknown }).toJSON(key ?? '');
      } catch (error) {
        fail(frame, key, translate('limit.unreadable', locale, { reason: error instanceof Error ? error.message : String(error) }));
      }
    }
    switch (typeof value) {
      case 'string':
        if (value.length > limits.maxStringLength) fail(frame, key, translate('limit.stringLength', locale, { limit: formatCount(limits.maxStringLength, 'character', locale) }));
        addBytes(utf8Length(value) + 2, frame, key);
        return { value };
      case 'number':
        if (!Number.isFinite(value)) {
          addBytes(4, frame, key);
          return { value: null };
        }
        addBytes(String(value).length, frame, key);
        return { value };
      case 'boolean':
        addBytes(value ? 4 : 5, frame, key);
        return { value };
      case 'undefined':
        addBytes(inArray ? 4 : 0, frame, key);
        return { value: inArray ? null : undefined };
      case 'object':
        if (value === null) {
          addBytes(4, frame, key);
          return { value };
        }
        if (value instanceof Number || value instanceof String || value instanceof Boolean) return scalar(value.valueOf(), frame, key, inArray);
        return { value, queue: value };
      default:
        // bigint, function, symbol
        return fail(frame, key, translate('limit.notJson', locale, { kind: kindOf(value) }));
    }
  };

  const root = scalar(input, undefined, undefined, false);
  if (!root.queue) return root.value;

  interface Task {
    source: object;
    target: Container | undefined;
    frame: Frame;
  }
  const makeTarget = (source: object): Container | undefined => (copy ? (Array.isArray(source) ? [] : {}) : undefined);
  const rootTarget = makeTarget(root.queue);
  // Enter tasks, and exit markers that close an object on the path (for the cycle check).
  const stack: (Task | { exit: object })[] = [{ source: root.queue, target: rootTarget, frame: { parent: undefined, key: '', depth: 1 } }];
  while (stack.length) {
    const task = stack.pop()!;
    if ('exit' in task) {
      open.delete(task.exit);
      continue;
    }
    const { source, target, frame } = task;
    if (frame.depth > limits.maxDepth) fail(frame.parent, frame.parent ? frame.key : undefined, translate('limit.depth', locale, { limit: formatCount(limits.maxDepth, 'level', locale) }));
    if (open.has(source)) fail(frame.parent, frame.parent ? frame.key : undefined, translate('limit.cycle', locale));
    open.add(source);
    stack.push({ exit: source });
    addBytes(2, frame, undefined);
    let keys: string[];
    let isArray: boolean;
    try {
      isArray = Array.isArray(source);
      keys = isArray ? [] : Object.keys(source);
    } catch (error) {
      return fail(frame, undefined, translate('limit.unreadable', locale, { reason: error instanceof Error ? error.message : String(error) }));
    }
    const children: Task[] = [];
    const visit = (key: string, read: () => unknown, inArray: boolean) => {
      let raw: unknown;
      try {
        raw = read();
      } catch (error) {
        fail(frame, key, translate('limit.unreadable', locale, { reason: error instanceof Error ? error.message : String(error) }));
      }
      const { value, queue } = scalar(raw, frame, key, inArray);
      const child = queue ? makeTarget(queue) : value;
      if (target && (child !== undefined || inArray)) {
        if (Array.isArray(target)) target.push(child);
        else if (key === '__proto__') Object.defineProperty(target, key, { value: child, writable: true, enumerable: true, configurable: true });
        else target[key] = child;
      }
      if (queue) children.push({ source: queue, target: child as Container | undefined, frame: { parent: frame, key, depth: frame.depth + 1 } });
    };
    if (isArray) {
      const array = source as unknown[];
      let length: number;
      try {
        length = array.length;
      } catch (error) {
        return fail(frame, undefined, translate('limit.unreadable', locale, { reason: error instanceof Error ? error.message : String(error) }));
      }
      if (length > limits.maxArrayLength) fail(frame, undefined, translate('limit.arrayLength', locale, { limit: formatCount(limits.maxArrayLength, 'item', locale) }));
      for (let i = 0; i < length; i++) {
        addBytes(1, frame, undefined);
        visit(String(i), () => array[i], true);
      }
    } else {
      const object = source as Record<string, unknown>;
      for (const key of keys) {
        if (key.length > limits.maxStringLength) fail(frame, key, translate('limit.stringLength', locale, { limit: formatCount(limits.maxStringLength, 'character', locale) }));
        addBytes(utf8Length(key) + 4, frame, key);
        visit(key, () => object[key], false);
      }
    }
    // Visit children in document order: the first problem found is the first in the text.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return rootTarget;
}

/**
 * Check the array indexes of a parsed JSON Pointer before anything is written there: each must be
 * at most `maxPointerIndex` and at most the `maxItems` the caller found for that array (pass
 * `maxItemsAt` to look it up). Throws AsystaError; never allocates anything in proportion to an index.
 */
export function checkPointerIndexes(
  tokens: readonly string[],
  options: { limits?: Readonly<InputLimits>; locale: Locale; maxItemsAt?: (tokens: readonly string[]) => number | undefined },
): void {
  const limits = options.limits ?? DEFAULT_INPUT_LIMITS;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!/^\d+$/.test(token)) continue;
    const pointer = `/${tokens.slice(0, i + 1).map(escapePointerToken).join('/')}`;
    const index = token.length > 15 ? Number.POSITIVE_INFINITY : Number(token);
    const maxItems = options.maxItemsAt?.(tokens.slice(0, i));
    const limit = Math.min(limits.maxPointerIndex, maxItems === undefined ? Number.POSITIVE_INFINITY : maxItems - 1);
    if (index > limit) {
      throw new AsystaError('error.input.limits', options.locale, {}, [
        { path: pointer, message: translate('limit.pointerIndex', options.locale, { index: token.length > 15 ? `${token.slice(0, 15)}…` : token, limit: Math.max(limit, 0) }) },
      ]);
    }
  }
}

export interface SchemaLimitIssue {
  path: string;
  code: 'schema.maxItems' | 'schema.maxLength';
  message: string;
}

type SchemaNode = Record<string, unknown>;

const isObject = (value: unknown): value is SchemaNode => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The arrays longer than their schema's `maxItems` and strings longer than its `maxLength`, found
 * in one walk without recursion (local `#/definitions/…` references followed), before anything
 * costlier (derived values, cross-field checks, rules) runs over the data. The data must have
 * passed `toJsonData` already; an odd schema part is skipped, never a crash.
 */
export function schemaLimitIssues(schema: unknown, data: unknown, locale: Locale): SchemaLimitIssue[] {
  const issues: SchemaLimitIssue[] = [];
  if (!isObject(schema)) return issues;
  const definitions = isObject(schema['definitions']) ? schema['definitions'] : {};
  const deref = (node: unknown): SchemaNode | undefined => {
    let current = node;
    for (let guard = 0; isObject(current) && typeof current['$ref'] === 'string' && guard < 32; guard++) {
      const name = /^#\/definitions\/(.+)$/.exec(current['$ref'])?.[1];
      if (!name || !Object.prototype.hasOwnProperty.call(definitions, name)) break;
      current = definitions[name];
    }
    return isObject(current) ? current : undefined;
  };
  const stack: { schema: SchemaNode | undefined; data: unknown; path: string }[] = [{ schema: deref(schema), data, path: '' }];
  while (stack.length) {
    const { schema: node, data: value, path } = stack.pop()!;
    if (!node) continue;
    if (Array.isArray(value)) {
      const maxItems = node['maxItems'];
      if (typeof maxItems === 'number' && value.length > maxItems) {
        issues.push({ path, code: 'schema.maxItems', message: translate('schema.maxItems', locale, { limit: maxItems }) });
        continue;
      }
      const items = deref(node['items']);
      if (items) for (let i = value.length - 1; i >= 0; i--) stack.push({ schema: items, data: value[i], path: `${path}/${i}` });
    } else if (typeof value === 'string') {
      const maxLength = node['maxLength'];
      if (typeof maxLength === 'number' && value.length > maxLength && ucs2length(value) > maxLength) {
        issues.push({ path, code: 'schema.maxLength', message: translate('schema.maxLength', locale, { limit: maxLength }) });
      }
    } else if (isObject(value) && isObject(node['properties'])) {
      const properties = node['properties'];
      for (const key of Object.keys(value).reverse()) {
        if (Object.prototype.hasOwnProperty.call(properties, key)) stack.push({ schema: deref(properties[key]), data: value[key], path: `${path}/${escapePointerToken(key)}` });
      }
    }
  }
  return issues;
}
