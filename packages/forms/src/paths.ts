/**
 * Data path patterns of the definitions: JSON Pointers where `*` stands for any array item
 * ("/rows/*\/minutes"). Helpers to walk the schema along a pattern and to expand a pattern over data.
 */
import { escapePointerToken, isSafeKey, type JsonSchema } from '@asysta/core';

export type Schema = JsonSchema;

export function patternTokens(pattern: string): string[] {
  return pattern === '' ? [] : pattern.slice(1).split('/');
}

/** Follow a local "#/definitions/x" reference (one level is enough for our domain types, but loop anyway). */
export function deref(schema: Schema, root: Schema): Schema {
  let node = schema;
  for (let guard = 0; typeof node['$ref'] === 'string' && guard < 32; guard++) {
    const name = /^#\/definitions\/(.+)$/.exec(node['$ref'] as string)?.[1];
    const target = name ? (root['definitions'] as Record<string, Schema> | undefined)?.[name] : undefined;
    if (!target) return node;
    const { $ref: _ref, ...siblings } = node;
    node = { ...target, ...siblings };
  }
  return node;
}

/** The subschema at a pattern, or undefined when the schema has no such place. */
export function schemaAt(root: Schema, pattern: string): Schema | undefined {
  let node: Schema | undefined = deref(root, root);
  for (const token of patternTokens(pattern)) {
    if (!node) return undefined;
    if (token === '*') {
      const items: unknown = node['items'];
      node = items && typeof items === 'object' && !Array.isArray(items) ? deref(items as Schema, root) : undefined;
    } else {
      const child = (node['properties'] as Record<string, Schema> | undefined)?.[token];
      node = child && Object.prototype.hasOwnProperty.call(node['properties'], token) ? deref(child, root) : undefined;
    }
  }
  return node;
}

/** Every data path pattern a schema describes (objects' properties, arrays' items as "*"). */
export function allPatterns(root: Schema): string[] {
  const out: string[] = [];
  const walk = (node: Schema, pattern: string, depth: number) => {
    if (depth > 16) return;
    const props = node['properties'] as Record<string, Schema> | undefined;
    for (const [name, child] of Object.entries(props ?? {})) {
      const here = `${pattern}/${name}`;
      out.push(here);
      walk(deref(child, root), here, depth + 1);
    }
    const items = node['items'];
    if (items && typeof items === 'object' && !Array.isArray(items)) {
      out.push(`${pattern}/*`);
      walk(deref(items as Schema, root), `${pattern}/*`, depth + 1);
    }
  };
  walk(deref(root, root), '', 0);
  return out;
}

export interface Match {
  /** Concrete JSON Pointer. */
  path: string;
  value: unknown;
  /** Positions that the `*`s matched, outermost first. */
  indexes: number[];
  /** The object or array holding the value, and its key there. */
  parent: Record<string, unknown> | unknown[];
  key: string | number;
}

/**
 * Every place in `data` matching a pattern whose parent exists (the value itself may be missing);
 * with `only`, just the items at those positions (outermost first) where the pattern has a `*`.
 */
export function expand(data: unknown, pattern: string, only?: readonly number[]): Match[] {
  const tokens = patternTokens(pattern);
  const out: Match[] = [];
  const walk = (node: unknown, i: number, path: string, indexes: number[]) => {
    const token = tokens[i]!;
    const last = i === tokens.length - 1;
    if (token === '*') {
      if (!Array.isArray(node)) return;
      const wanted = only?.[indexes.length];
      node.forEach((item, index) => {
        if (wanted !== undefined && index !== wanted) return;
        const here = `${path}/${index}`;
        if (last) out.push({ path: here, value: item, indexes: [...indexes, index], parent: node, key: index });
        else walk(item, i + 1, here, [...indexes, index]);
      });
      return;
    }
    if (node === null || typeof node !== 'object' || Array.isArray(node) || !isSafeKey(token)) return;
    const record = node as Record<string, unknown>;
    const own = Object.prototype.hasOwnProperty.call(record, token);
    const here = `${path}/${escapePointerToken(token)}`;
    if (last) out.push({ path: here, value: own ? record[token] : undefined, indexes, parent: record, key: token });
    else if (own) walk(record[token], i + 1, here, indexes);
  };
  if (tokens.length) walk(data, 0, '', []);
  return out;
}

/** The uiSchema node for a pattern ("/rows/*\/date" → uiSchema.rows.items.date), creating it when asked. */
export function uiNodeAt(uiSchema: Schema, pattern: string, create: boolean): Schema | undefined {
  let node: Schema | undefined = uiSchema;
  for (const token of patternTokens(pattern)) {
    const key = token === '*' ? 'items' : token;
    if (!node) return undefined;
    let child = node[key] as Schema | undefined;
    if (!child && create) {
      child = {};
      node[key] = child;
    }
    node = child;
  }
  return node;
}

/** Is `pointer` the part `field` or inside it ("/schedule/family/0" is within "/schedule")? */
export function isWithin(pointer: string, field: string): boolean {
  return pointer === field || pointer.startsWith(`${field}/`);
}
