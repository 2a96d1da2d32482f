/**
 * Versioned definitions: a draft records the version of the form it was filled in, and a definition
 * may declare `migrations` from earlier versions – declarative steps (move, split, drop, default)
 * applied when an older draft is opened. What does not fit the current form after the steps (a field
 * it no longer has, a value of the wrong kind, a choice it no longer offers) is returned as "not
 * carried over", for the person to see, never dropped in silence. `migrationProblems` checks, at load,
 * that every chain of steps reaches the current version and names real fields.
 */
import {
  AsystaError,
  escapePointerToken,
  isSafeKey,
  translate,
  withDomainDefinitions,
  type FormDefinition,
  type JsonSchema,
  type Locale,
  type LocalizedText,
  type Migration,
  type MigrationChange,
  type ShapeIssue,
} from '@asysta/core';
import { allPatterns, deref, expand, patternTokens, schemaAt, type Schema } from './paths.js';

/** Why a value was not carried over; each has its words in the catalogue (`ui.draft.notCarriedOver.<reason>`). */
export type NotCarriedOverReason = 'dropped' | 'unknown' | 'type' | 'choice' | 'split' | 'occupied';
export const NOT_CARRIED_OVER_REASONS: readonly NotCarriedOverReason[] = ['dropped', 'unknown', 'type', 'choice', 'split', 'occupied'];

/** One value of an older draft that the current form cannot hold. */
export interface NotCarriedOver {
  /** Where it was (JSON Pointer into the draft's data). */
  pointer: string;
  /** A single value (a group that does not fit is reported field by field). */
  value: string | number | boolean;
  reason: NotCarriedOverReason;
  /** The field's name, when a migration step or the current definition has one for it. */
  label?: LocalizedText;
}

export interface MigratedDraft {
  data: Record<string, unknown>;
  notCarriedOver: NotCarriedOver[];
  /** The versions the draft went through, oldest first, ending at the definition's version. */
  versions: string[];
}

type Data = Record<string, unknown>;

/** "1.2.10" → [1, 2, 10]; the format's schema allows only such versions. */
function versionParts(version: string): number[] {
  return version.split('.').map(Number);
}

export function compareVersions(a: string, b: string): number {
  const x = versionParts(a);
  const y = versionParts(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

/** The steps that take a draft of `from` to the definition's version, or undefined when there is no such chain. */
export function migrationChain(definition: FormDefinition, from: string): Migration[] | undefined {
  const steps = definition.migrations ?? [];
  const chain: Migration[] = [];
  let at = from;
  // Each step leads to a later version, so a chain has at most as many steps as there are.
  while (at !== definition.version && chain.length <= steps.length) {
    const step = steps.find((s) => s.from === at);
    if (!step || compareVersions(step.to, step.from) <= 0) return undefined;
    chain.push(step);
    at = step.to;
  }
  return at === definition.version ? chain : undefined;
}

const starCount = (pattern: string) => patternTokens(pattern).filter((t) => t === '*').length;

/** The concrete pointer of a pattern with its `*`s replaced by `indexes`, in order. */
function fill(pattern: string, indexes: readonly number[]): string {
  let i = 0;
  return `/${patternTokens(pattern)
    .map((token) => (token === '*' ? String(indexes[i++]) : escapePointerToken(token)))
    .join('/')}`;
}

function unescapeToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

function isRecord(value: unknown): value is Data {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The value at a concrete pointer, or undefined. */
function valueAt(data: Data, pointer: string): unknown {
  let node: unknown = data;
  for (const token of pointer.slice(1).split('/').map(unescapeToken)) {
    if (Array.isArray(node)) node = node[Number(token)];
    else if (isRecord(node) && Object.hasOwn(node, token)) node = node[token];
    else return undefined;
  }
  return node;
}

/**
 * Set a value at a concrete pointer, making the objects (and, for numeric tokens, the lists) on the
 * way. Returns false when something that is not a container is in the way.
 */
function setAt(data: Data, pointer: string, value: unknown): boolean {
  const tokens = pointer.slice(1).split('/').map(unescapeToken);
  let node: Data | unknown[] = data;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!isSafeKey(token)) return false;
    const last = i === tokens.length - 1;
    const key: string | number = Array.isArray(node) ? Number(token) : token;
    if (last) {
      (node as Record<string | number, unknown>)[key] = value;
      return true;
    }
    let next = (node as Record<string | number, unknown>)[key];
    if (next === undefined) {
      next = /^\d+$/.test(tokens[i + 1]!) ? [] : {};
      (node as Record<string | number, unknown>)[key] = next;
    }
    if (next === null || typeof next !== 'object') return false;
    node = next as Data | unknown[];
  }
  return false;
}

/** Every leaf of a value with its pointer (groups and lists are reported field by field); empty text and null are nothing. */
function leaves(value: unknown, pointer: string): { pointer: string; value: string | number | boolean }[] {
  const out: { pointer: string; value: string | number | boolean }[] = [];
  const stack: [unknown, string][] = [[value, pointer]];
  while (stack.length) {
    const [node, at] = stack.pop()!;
    if (typeof node === 'string') {
      if (node.trim() !== '') out.push({ pointer: at, value: node });
    } else if (typeof node === 'number' || typeof node === 'boolean') out.push({ pointer: at, value: node });
    else if (Array.isArray(node)) for (let i = node.length - 1; i >= 0; i--) stack.push([node[i], `${at}/${i}`]);
    else if (isRecord(node)) {
      const keys = Object.keys(node);
      for (let i = keys.length - 1; i >= 0; i--) stack.push([node[keys[i]!], `${at}/${escapePointerToken(keys[i]!)}`]);
    }
  }
  return out;
}

/** A pointer as a label pattern: list positions become `*`. */
export function patternOf(pointer: string): string {
  return pointer
    .split('/')
    .map((token) => (/^\d+$/.test(token) ? '*' : token))
    .join('/');
}

const schemaTypes = (schema: Schema): string[] => {
  const type = schema['type'];
  return typeof type === 'string' ? [type] : Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [];
};

/**
 * Why a single value does not fit a field's schema, or undefined when it does. Text in a number
 * field fits: it is what was typed and the person sees it with its error, as in the form itself.
 */
function leafMisfit(value: unknown, schema: Schema): NotCarriedOverReason | undefined {
  const types = schemaTypes(schema);
  const fitsType =
    !types.length ||
    types.some((type) =>
      type === 'string' ? typeof value === 'string' : type === 'boolean' ? typeof value === 'boolean' : type === 'number' || type === 'integer' ? typeof value === 'number' || typeof value === 'string' : false,
    );
  if (!fitsType) return 'type';
  const choices = schema['enum'];
  if (Array.isArray(choices) && !choices.includes(value)) return 'choice';
  return undefined;
}

const isGroup = (schema: Schema) => schemaTypes(schema).includes('object') || isRecord(schema['properties']);
const isList = (schema: Schema) => schemaTypes(schema).includes('array') || isRecord(schema['items']);

/**
 * The current schema's view of data: what fits is kept, the rest is taken out and reported (a
 * field the schema does not have, a value of the wrong kind, a choice it does not offer).
 */
function keepWhatFits(data: Data, root: Schema, report: (pointer: string, value: unknown, reason: NotCarriedOverReason) => void): Data {
  const walk = (value: unknown, schema: Schema, pointer: string, depth: number): { keep: boolean; value?: unknown } => {
    if (value === null || value === undefined) return { keep: false };
    const node = deref(schema, root);
    if (isGroup(node)) {
      if (!isRecord(value)) return report(pointer, value, 'type'), { keep: false };
      const properties = isRecord(node['properties']) ? (node['properties'] as Record<string, Schema>) : {};
      const out: Data = {};
      for (const [key, child] of Object.entries(value)) {
        const here = `${pointer}/${escapePointerToken(key)}`;
        if (!Object.hasOwn(properties, key) || depth > 64) report(here, child, 'unknown');
        else {
          const kept = walk(child, properties[key]!, here, depth + 1);
          if (kept.keep) out[key] = kept.value;
        }
      }
      return { keep: true, value: out };
    }
    if (isList(node)) {
      if (!Array.isArray(value)) return report(pointer, value, 'type'), { keep: false };
      const items = isRecord(node['items']) ? (node['items'] as Schema) : {};
      const groups = isGroup(deref(items, root));
      const out: unknown[] = [];
      // An item of groups that does not fit is reported and left empty, so the other items keep their positions.
      Array.from(value, (item: unknown, i) => {
        const kept = walk(item, items, `${pointer}/${i}`, depth + 1);
        if (kept.keep) out.push(kept.value);
        else if (groups) out.push({});
      });
      return { keep: true, value: out };
    }
    if (typeof value === 'object') return report(pointer, value, 'type'), { keep: false };
    const misfit = leafMisfit(value, node);
    if (misfit) return report(pointer, value, misfit), { keep: false };
    return { keep: true, value };
  };
  const kept = walk(data, root, '', 0);
  return kept.keep && isRecord(kept.value) ? kept.value : {};
}

/** One change applied to the data (in place); what it cannot place is reported. */
function applyChange(data: Data, change: MigrationChange, report: (pointer: string, value: unknown, reason: NotCarriedOverReason, labelAt?: string) => void): void {
  /** Place a value at the target; a target that holds another value keeps it. */
  const place = (target: string, value: unknown, from: string) => {
    const present = valueAt(data, target);
    if (present !== undefined && present !== '' && present !== null) report(from, value, 'occupied', target);
    else if (!setAt(data, target, value)) report(from, value, 'type');
  };
  const take = (pattern: string) =>
    expand(data, pattern)
      .filter((m) => m.value !== undefined)
      .map((m) => {
        if (Array.isArray(m.parent)) m.parent[m.key as number] = undefined;
        else delete m.parent[m.key as string];
        return m;
      });
  switch (change.op) {
    case 'move':
      for (const m of take(change.from)) place(fill(change.to, m.indexes), m.value, m.path);
      return;
    case 'split':
      for (const m of take(change.from)) {
        const parts = typeof m.value === 'string' ? m.value.split(change.separator) : [];
        const count = change.to.length;
        if (parts.length < count) {
          report(m.path, m.value, 'split');
          continue;
        }
        const values = [...parts.slice(0, count - 1), parts.slice(count - 1).join(change.separator)].map((p) => p.trim());
        change.to.forEach((to, i) => {
          if (values[i] !== '') place(fill(to, m.indexes), values[i], m.path);
        });
      }
      return;
    case 'drop':
      for (const m of take(change.path)) report(m.path, m.value, 'dropped');
      return;
    case 'default': {
      // Every place the pattern names whose list items exist (a group on the way is made).
      const stars = patternTokens(change.path).lastIndexOf('*');
      const listPattern = stars < 0 ? '' : `/${patternTokens(change.path).slice(0, stars + 1).join('/')}`;
      const places = listPattern ? expand(data, listPattern).filter((m) => isRecord(m.value)).map((m) => m.indexes) : [[]];
      for (const indexes of places) {
        const target = fill(change.path, indexes);
        if (valueAt(data, target) === undefined) setAt(data, target, structuredClone(change.value));
      }
      return;
    }
  }
}

/**
 * Carry a draft of an earlier version over to the definition's version: the migration steps in
 * order, then the current schema keeps what fits. Throws `error.draft.noMigration` when no chain of
 * steps leads from `fromVersion` to the definition's version. Never mutates `data`.
 */
export function migrateDraft(definition: FormDefinition, data: unknown, fromVersion: string, locale: Locale = 'pl'): MigratedDraft {
  const chain = migrationChain(definition, fromVersion);
  if (!chain) {
    throw new AsystaError('error.draft.noMigration', locale, { from: fromVersion, to: definition.version }, [
      { source: `form:${definition.id}`, path: '/migrations', message: translate('error.draft.noMigration', locale, { from: fromVersion, to: definition.version }) },
    ]);
  }
  if (data !== undefined && data !== null && !isRecord(data)) throw new AsystaError('error.data.notObject', locale);
  const working: Data = isRecord(data) ? structuredClone(data) : {};
  const notCarriedOver: NotCarriedOver[] = [];
  const labelFor = (pointer: string): LocalizedText | undefined => {
    const pattern = patternOf(pointer);
    for (let i = chain.length - 1; i >= 0; i--) {
      const label = chain[i]!.labels?.[pattern];
      if (label) return label;
    }
    return definition.labels[pattern]?.title;
  };
  /** `labelAt`: the field the value was meant for (a move onto a field that holds another value). */
  const report = (pointer: string, value: unknown, reason: NotCarriedOverReason, labelAt?: string) => {
    for (const leaf of leaves(value, pointer)) {
      const label = (labelAt === undefined ? undefined : labelFor(labelAt)) ?? labelFor(leaf.pointer) ?? labelFor(pointer);
      notCarriedOver.push({ pointer: leaf.pointer, value: leaf.value, reason, ...(label ? { label } : {}) });
    }
  };
  for (const step of chain) for (const change of step.changes) applyChange(working, change, report);
  const kept = keepWhatFits(working, withDomainDefinitions(definition.schema), report);
  return { data: kept, notCarriedOver, versions: [fromVersion, ...chain.map((s) => s.to)] };
}

/** The fields of one version: their patterns, and prefixes under which anything may be (a dropped group). */
interface Known {
  patterns: Set<string>;
  open: string[];
}

const under = (pattern: string, prefix: string) => pattern === prefix || pattern.startsWith(`${prefix}/`);
const knows = (known: Known, pattern: string) => known.patterns.has(pattern) || known.open.some((prefix) => under(pattern, prefix));

/** A pattern and the groups and lists it is in ("/a/*\/b" → "/a", "/a/*", "/a/*\/b"). */
function withAncestors(pattern: string): string[] {
  const tokens = patternTokens(pattern);
  return tokens.map((_, i) => `/${tokens.slice(0, i + 1).join('/')}`);
}

/** The fields before a move: what is under `to` was under `from`. */
function moveBack(known: Known, from: string, to: string): Known {
  const rename = (p: string) => (under(p, to) ? from + p.slice(to.length) : p);
  return { patterns: new Set([...known.patterns].map(rename).concat(withAncestors(from))), open: known.open.map(rename) };
}

/**
 * What is wrong with a definition's migrations, each at its JSON Pointer: a step that does not lead
 * to a later version, two steps from one version, a chain that does not reach the current version,
 * a field that the version it names does not have, `from` and `to` with different numbers of `*`, a
 * default that does not fit its field. The fields of each earlier version are worked out backwards
 * from the current schema through the steps.
 */
export function migrationProblems(definition: FormDefinition, locale: Locale): ShapeIssue[] {
  const steps = definition.migrations ?? [];
  if (!steps.length) return [];
  const problems: ShapeIssue[] = [];
  const problem = (path: string, message: string) => problems.push({ path, message });
  const current = definition.version;
  const ordered: number[] = [];
  steps.forEach((step, i) => {
    const at = `/migrations/${i}`;
    if (compareVersions(step.to, step.from) <= 0) return problem(`${at}/to`, translate('problem.migration.order', locale, { from: step.from, to: step.to }));
    if (compareVersions(step.to, current) > 0) return problem(`${at}/to`, translate('problem.migration.beyond', locale, { to: step.to, version: current }));
    if (steps.findIndex((s) => s.from === step.from) !== i) return problem(`${at}/from`, translate('problem.migration.duplicate', locale, { from: step.from }));
    const chain = [step.from];
    let end = step.to;
    chain.push(end);
    for (let next = steps.find((s) => s.from === end); next && end !== current && compareVersions(next.to, end) > 0 && chain.length <= steps.length + 1; next = steps.find((s) => s.from === end)) {
      end = next.to;
      chain.push(end);
    }
    if (end !== current) return problem(`${at}/to`, translate('problem.migration.chain', locale, { from: step.from, version: current, end, chain: chain.join(' → ') }));
    ordered.push(i);
  });

  // The fields of each version, from the current one backwards (a step's `to` is handled before its `from`).
  const schema: JsonSchema = withDomainDefinitions(definition.schema);
  const fields = new Map<string, Known>([[current, { patterns: new Set(allPatterns(schema)), open: [] }]]);
  ordered.sort((a, b) => compareVersions(steps[b]!.to, steps[a]!.to));
  for (const i of ordered) {
    const step = steps[i]!;
    let known = fields.get(step.to);
    if (!known) continue;
    const at = `/migrations/${i}/changes`;
    const needField = (pattern: string, path: string) => {
      if (!knows(known!, pattern)) problem(path, translate('problem.migration.notAField', locale, { field: pattern, version: step.to }));
    };
    const sameStars = (from: string, to: string, path: string) => {
      if (starCount(from) !== starCount(to)) problem(path, translate('problem.migration.stars', locale, { from, to }));
    };
    for (let j = step.changes.length - 1; j >= 0; j--) {
      const change = step.changes[j]!;
      if (change.op === 'move') {
        needField(change.to, `${at}/${j}/to`);
        sameStars(change.from, change.to, `${at}/${j}/to`);
        known = moveBack(known, change.from, change.to);
      } else if (change.op === 'split') {
        change.to.forEach((to, k) => {
          needField(to, `${at}/${j}/to/${k}`);
          sameStars(change.from, to, `${at}/${j}/to/${k}`);
        });
        known = { patterns: new Set([...known.patterns].filter((p) => !change.to.includes(p)).concat(withAncestors(change.from))), open: known.open };
      } else if (change.op === 'drop') {
        known = { patterns: new Set([...known.patterns, ...withAncestors(change.path)]), open: [...known.open, change.path] };
      } else {
        needField(change.path, `${at}/${j}/path`);
        // The last step's defaults land in the current form as they are: they must fit it.
        const target = step.to === current ? schemaAt(schema, change.path) : undefined;
        if (target) {
          const misfits: NotCarriedOverReason[] = [];
          const probe: Data = {};
          setAt(probe, fill(change.path, patternTokens(change.path).map(() => 0)), structuredClone(change.value));
          keepWhatFits(probe, schema, (_p, _v, reason) => misfits.push(reason));
          if (misfits.length) {
            problem(`${at}/${j}/value`, translate('problem.migration.defaultValue', locale, { field: change.path, reason: translate(`ui.draft.notCarriedOver.${misfits[0]!}`, locale) }));
          }
        }
      }
    }
    for (const pattern of Object.keys(step.labels ?? {})) {
      if (!knows(known, pattern)) problem(`/migrations/${i}/labels/${escapePointerToken(pattern)}`, translate('problem.migration.notAField', locale, { field: pattern, version: step.from }));
    }
    if (!fields.has(step.from)) fields.set(step.from, known);
  }
  return problems;
}
