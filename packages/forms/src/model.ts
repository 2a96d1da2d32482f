/**
 * The framework-free form model that every renderer and the server use: data in, derived values,
 * errors and warnings by JSON Pointer, the rule report and the localized view out.
 *
 * Updates are incremental: when only items of top-level arrays changed (a keystroke in one row),
 * only those items get their derived values recomputed and their schema validation re-run; the
 * cross-field checks and the rules (compiled closures) run again over the whole record.
 */
import {
  AsystaError,
  deepEqual,
  describeSchemaError,
  isDate,
  isLocale,
  isSafeKey,
  isWithin,
  parsePointer,
  todayInWarsaw,
  type FormDefinition,
  type Issue,
  type Locale,
} from '@asysta/core';
import { createRulesEngine, truthy, type RuleReport, type RulesEngine } from '@asysta/rules';
import { runChecks } from './checks.js';
import type { FormListener, FormModel, FormModelOptions, FormState, FormView } from './model-types.js';
import { allPatterns, expand, patternTokens } from './paths.js';
import { prepareForm, type DataValidator, type PreparedForm } from './prepare.js';
import { getFormDefinition } from './registry.js';
import { buildView } from './view.js';

export interface CreateFormModelOptions extends FormModelOptions {
  /** For a definition that is not built in: its precompiled validator. */
  validator?: DataValidator;
}

type Data = Record<string, unknown>;

/** JSON data only: anything else (functions, cycles, prototypes) is dropped by the round trip. */
function toPlainData(data: unknown, locale: Locale): Data {
  if (data === undefined || data === null) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new AsystaError('error.data.notObject', locale);
  return JSON.parse(JSON.stringify(data)) as Data;
}

interface Setup {
  form: PreparedForm;
  engine: RulesEngine;
  profile: string;
}

// Engines of built-in profiles are immutable once made: forms on one page share them.
const engines = new Map<string, RulesEngine>();

function engineFor(profile: string, locale: Locale): RulesEngine {
  const key = `${profile}|${locale}`;
  let engine = engines.get(key);
  if (!engine) {
    engine = createRulesEngine({ profile, locale });
    engines.set(key, engine);
  }
  return engine;
}

function setUp(definition: FormDefinition | string, options: CreateFormModelOptions, locale: Locale): Setup {
  const profile = options.profile ?? 'default';
  const engine = engineFor(profile, locale);
  const input = typeof definition === 'string' ? getFormDefinition(definition, locale) : definition;
  const form = prepareForm(input, { locale, engine, ...(options.validator ? { validator: options.validator } : {}) });
  return { form, engine, profile };
}

export function resolveOptions(options: FormModelOptions): { locale: Locale; asOf: string } {
  // An unknown locale falls back to Polish: the form stays usable.
  const locale: Locale = isLocale(options.locale) ? options.locale : 'pl';
  const asOf = options.asOf ?? todayInWarsaw();
  if (!isDate(asOf)) throw new AsystaError('error.asOf.invalid', locale, { value: String(asOf) });
  return { locale, asOf };
}

/** Which items of top-level arrays differ, or undefined when anything else changed. */
function changedItems(form: PreparedForm, before: Data, after: Data): { array: string; index: number }[] | undefined {
  const arrays = Object.keys(form.itemValidators).map((pattern) => patternTokens(pattern)[0]!);
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changes: { array: string; index: number }[] = [];
  for (const key of keys) {
    const a = before[key];
    const b = after[key];
    if (!arrays.includes(key)) {
      if (!deepEqual(a, b)) return undefined;
      continue;
    }
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) {
      if (deepEqual(a, b)) continue;
      return undefined;
    }
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) changes.push({ array: key, index: i });
  }
  return changes;
}

/** The state computation with what it can reuse from the last one. */
class Evaluation {
  private raw: Data = {};
  private draft: Data = {};
  private hiddenKey = '';
  private locale: Locale | undefined;
  private schemaIssues: Issue[] = [];
  /** Whether a new draft may share objects with the last one: derived fields write only into copies. */
  private readonly canShare: boolean;
  /** Position of each field pattern in the schema, for ordering issues. */
  private readonly fieldOrder: ReadonlyMap<string, number>;

  constructor(
    private readonly setup: Setup,
    private readonly asOf: string,
  ) {
    // Root fields nested in objects are written into copies of their parents (see derive); only a
    // nested array that is not a top-level one stops sharing.
    this.canShare = setup.form.derived.every((field) => {
      const tokens = patternTokens(field.pattern);
      return tokens[1] === '*' || !tokens.includes('*');
    });
    this.fieldOrder = new Map(allPatterns(setup.form.schema).map((pattern, i) => [pattern, i]));
  }

  private deriveField(draft: Data, field: PreparedForm['derived'][number], onlyIndex?: number): void {
    const context = { asOf: this.asOf, param: () => undefined };
    // Inside an item, `item` is the item and `index` its position (per-item fields read only those and
    // the root). One scope object, changed in place: a copy of the data per item would cost more.
    let itemScope: Data | undefined;
    for (const match of expand(draft, field.pattern)) {
      if (onlyIndex !== undefined && match.indexes[0] !== onlyIndex) continue;
      let scope: Data = draft;
      if (match.indexes.length) {
        itemScope ??= Object.assign({}, draft);
        itemScope['item'] = match.parent;
        itemScope['index'] = match.indexes[match.indexes.length - 1];
        scope = itemScope;
      }
      let value: unknown;
      try {
        value = field.evaluate(scope, context);
      } catch {
        value = null;
      }
      const parent = match.parent as Data;
      if (value === null || value === undefined) delete parent[match.key as string];
      else parent[match.key as string] = value;
    }
  }

  /** All derived fields, or – after a change to one item – that item's fields and the root ones. */
  private derive(draft: Data, only?: { array: string; index: number }): void {
    for (const field of this.setup.form.derived) {
      const tokens = patternTokens(field.pattern);
      const itemOf = tokens[1] === '*' ? tokens[0] : undefined;
      if (only && itemOf !== undefined) {
        if (itemOf === only.array) this.deriveField(draft, field, only.index);
      } else {
        // A value inside objects of a shared draft goes into fresh copies of those objects.
        if (only) ownPath(draft, tokens.slice(0, -1));
        this.deriveField(draft, field);
      }
    }
  }

  /** The item a pointer lies in, when it is in an item of a top-level array that keeps its length. */
  private itemOf(tokens: readonly string[], raw: Data): { array: string; index: number }[] | undefined {
    const [array, position] = tokens;
    if (tokens.length < 3 || array === undefined || !this.setup.form.itemValidators[`/${array}/*`]) return undefined;
    const index = Number(position);
    const before = this.raw[array];
    const after = raw[array];
    if (!Array.isArray(before) || !Array.isArray(after) || before.length !== after.length) return undefined;
    return Number.isInteger(index) && index >= 0 && index < after.length ? [{ array, index }] : undefined;
  }

  private hiddenPaths(draft: Data): string[] {
    const context = { asOf: this.asOf, param: () => undefined };
    return this.setup.form.conditions
      .filter((condition) => {
        try {
          return !truthy(condition.visibleWhen(draft, context));
        } catch {
          return false;
        }
      })
      .map((condition) => condition.path);
  }

  private validate(validator: DataValidator, value: unknown, prefix: string, locale: Locale): Issue[] {
    if (validator(value)) return [];
    return (validator.errors ?? []).map((error) => {
      const { path, code, message } = describeSchemaError({ ...error, instancePath: prefix + error.instancePath }, locale);
      return { path, code, message, severity: 'error', source: 'schema' } satisfies Issue;
    });
  }

  /**
   * The state for new data. `raw` is plain JSON data already when `changed` is given: the pointer a
   * setValue changed, which spares looking for what changed.
   */
  run(rawInput: unknown, locale: Locale, viewFor: (hidden: readonly string[]) => FormView, changed?: readonly string[]): FormState {
    const { form, engine, profile } = this.setup;
    const raw = changed ? (rawInput as Data) : toPlainData(rawInput, locale);
    const found = !this.canShare ? undefined : changed ? this.itemOf(changed, raw) : changedItems(form, this.raw, raw);
    const changes = found && found.length <= 1 ? found : undefined;
    let draft: Data;
    if (changes) {
      // Copy only the path to the changed item; everything else is shared with the last draft.
      draft = { ...this.draft };
      for (const change of changes) {
        const items = [...(draft[change.array] as unknown[])];
        items[change.index] = structuredClone((raw[change.array] as unknown[])[change.index]);
        draft[change.array] = items;
        this.derive(draft, change);
      }
    } else {
      draft = structuredClone(raw);
      this.derive(draft);
    }
    const hidden = this.hiddenPaths(draft);
    const hiddenKey = hidden.join('|');
    const data = withoutHidden(draft, hidden);

    const incremental = changes !== undefined && hiddenKey === this.hiddenKey && this.locale === locale;
    if (incremental) {
      for (const { array, index } of changes) {
        const prefix = `/${array}/${index}`;
        const validator = form.itemValidators[`/${array}/*`]!;
        this.schemaIssues = [
          ...this.schemaIssues.filter((issue) => issue.path !== prefix && !issue.path.startsWith(`${prefix}/`)),
          ...this.validate(validator, (data[array] as unknown[])[index], prefix, locale),
        ];
      }
    } else {
      this.schemaIssues = this.validate(form.validate, data, '', locale);
    }
    this.raw = raw;
    this.draft = draft;
    this.hiddenKey = hiddenKey;
    this.locale = locale;

    const report = engine.evaluate(data, { recordKind: form.definition.id, asOf: this.asOf, locale, ruleIds: form.definition.rules ?? [] });
    // A hidden part is not asked for: its "required" error (and any other inside it) does not count.
    const isHidden = (path: string) => hidden.some((h) => isWithin(path, h));
    const all = inDocumentOrder(
      [...this.schemaIssues, ...runChecks(form.checks, data, locale), ...ruleIssues(report)].filter((issue) => !isHidden(issue.path)),
      this.fieldOrder,
    );
    const errors = all.filter((i) => i.severity === 'error');
    const warnings = all.filter((i) => i.severity === 'warning');
    const infos = all.filter((i) => i.severity === 'info');
    const issuesByPath: Record<string, Issue[]> = Object.create(null);
    for (const issue of [...errors, ...warnings, ...infos]) (issuesByPath[issue.path] ??= []).push(issue);
    return {
      locale,
      asOf: this.asOf,
      profile,
      data,
      draft,
      hidden,
      view: viewFor(hidden),
      errors,
      warnings,
      infos,
      issuesByPath,
      report,
      valid: errors.length === 0,
    };
  }

}

/**
 * Issues in the order of the form, whatever order they were found in (an incremental update finds a
 * row's issues last): by path – fields in schema order, array positions numerically, unknown fields
 * after known ones – and, at one path, schema before checks before rules. A stable sort.
 */
function inDocumentOrder(issues: Issue[], fieldOrder: ReadonlyMap<string, number>): Issue[] {
  const SOURCE_ORDER = { schema: 0, check: 1, rule: 2 } as const;
  const keyed = issues.map((issue) => {
    const tokens = issue.path === '' ? [] : issue.path.slice(1).split('/');
    let pattern = '';
    const key = tokens.map((token) => {
      if (/^\d+$/.test(token)) {
        pattern += '/*';
        return Number(token);
      }
      pattern += `/${token}`;
      return fieldOrder.get(pattern) ?? Number.MAX_SAFE_INTEGER;
    });
    return { issue, tokens, key };
  });
  keyed.sort((a, b) => {
    for (let i = 0; i < Math.min(a.key.length, b.key.length); i++) {
      if (a.tokens[i] === b.tokens[i]) continue;
      if (a.key[i] !== b.key[i]) return a.key[i]! - b.key[i]!;
      return a.tokens[i]! < b.tokens[i]! ? -1 : 1; // two unknown fields: by name
    }
    if (a.key.length !== b.key.length) return a.key.length - b.key.length;
    return SOURCE_ORDER[a.issue.source] - SOURCE_ORDER[b.issue.source];
  });
  return keyed.map((k) => k.issue);
}

/** Replace the objects along `tokens` by shallow copies, so that writing there changes no shared object. */
function ownPath(draft: Data, tokens: readonly string[]): void {
  let node = draft;
  for (const token of tokens) {
    const child = node[token];
    if (child === null || typeof child !== 'object' || Array.isArray(child)) return;
    const copy = { ...(child as Data) };
    node[token] = copy;
    node = copy;
  }
}

/** A copy of the data without the hidden parts (what is validated and submitted). */
function withoutHidden(data: Data, hidden: readonly string[]): Data {
  if (!hidden.length) return data;
  const copy = structuredClone(data);
  for (const path of hidden) {
    for (const match of expand(copy, path)) delete (match.parent as Data)[match.key as string];
  }
  return copy;
}

function ruleIssues(report: RuleReport): Issue[] {
  return report.results
    .filter((r) => r.status === 'fail' || r.status === 'error')
    .map((r) => ({
      path: r.path,
      severity: r.status === 'error' ? 'warning' : r.severity,
      message: r.message,
      code: r.status === 'error' ? 'rule.error' : 'rule.fail',
      source: 'rule',
      ruleId: r.ruleId,
      reference: r.reference,
    }));
}

/** Evaluate data once (validateSubmission): the same code as the model, nothing to reuse. */
export function evaluateOnce(definition: FormDefinition | string, data: unknown, options: CreateFormModelOptions): FormState {
  const { locale, asOf } = resolveOptions(options);
  const setup = setUp(definition, options, locale);
  return new Evaluation(setup, asOf).run(data, locale, (hidden) => buildView(setup.form, locale, hidden));
}

/** Set `value` at `pointer` in a copy of `data` that shares everything off the path. */
function setIn(data: Data, tokens: readonly string[], value: unknown): Data {
  const [head, ...rest] = tokens;
  if (head === undefined) return value as Data;
  const node: unknown = data;
  const current = node !== null && typeof node === 'object' ? (node as Data)[head] : undefined;
  const child = rest.length ? setIn((current ?? (/^\d+$/.test(rest[0]!) ? [] : {})) as Data, rest, value) : value;
  if (Array.isArray(node)) {
    const copy: unknown[] = [...node];
    // No holes: a position past the end fills the gap with null, as JSON would.
    while (copy.length < Number(head)) copy.push(null);
    copy[Number(head)] = child;
    return copy as unknown as Data;
  }
  // A computed key defines an own property, even for "__proto__": no prototype is ever changed.
  return { ...(node as Data), [head]: child };
}

/**
 * A form model for a built-in form id or a definition. Throws AsystaError (with a path for each
 * problem) for an unknown form or profile or a broken definition; afterwards never throws on data.
 */
export function createFormModel(definition: FormDefinition | string, options: CreateFormModelOptions = {}): FormModel {
  const resolved = resolveOptions(options);
  let locale = resolved.locale;
  const setup = setUp(definition, options, locale);
  const evaluation = new Evaluation(setup, resolved.asOf);
  // Views differ only by locale and by what is hidden: build each once.
  const views = new Map<string, FormView>();
  const viewFor = (hidden: readonly string[]) => {
    const key = `${locale}|${hidden.join('|')}`;
    let view = views.get(key);
    if (!view) {
      view = buildView(setup.form, locale, hidden);
      views.set(key, view);
    }
    return view;
  };
  let raw: unknown = options.data;
  let plain = false;
  let state = evaluation.run(raw, locale, viewFor);
  const listeners = new Set<FormListener>();
  const update = (changed?: readonly string[]) => {
    state = evaluation.run(raw, locale, viewFor, changed);
    for (const listener of listeners) listener(state);
  };
  return {
    definition: setup.form.definition,
    getState: () => state,
    setData(next) {
      raw = next;
      plain = false;
      update();
    },
    setValue(pointer, value) {
      let tokens: string[];
      try {
        tokens = parsePointer(pointer);
      } catch {
        return;
      }
      if (!tokens.length || !tokens.every(isSafeKey)) return;
      // The first setValue makes the data plain once; after that it stays plain JSON.
      if (!plain) raw = toPlainData(raw, locale);
      plain = true;
      raw = setIn(raw as Data, tokens, value === undefined ? undefined : JSON.parse(JSON.stringify(value)));
      update(tokens);
    },
    setLocale(next) {
      if (next === locale || !isLocale(next)) return;
      locale = next;
      update();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
