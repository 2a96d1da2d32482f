/**
 * One evaluation of a form's data: derived values, hidden parts, schema validation, cross-field
 * checks and rules, issues in document order. It keeps what it can reuse from the last run.
 *
 * After one write that kept the data's shape (no list grew or shrank), only what reads the places
 * changed runs again: each derived value, condition, check and rule knows what it reads (see
 * @asysta/rules' reads), and a derived value that runs again adds its own place to the changed ones.
 * Inside an item of an array of objects (a row of the time card, an action of the work plan, a member
 * of the family) only that item is copied and validated again.
 */
import { describeSchemaError, escapePointerToken, isWithin, schemaLimitIssues, toPointer, unescapePointerToken, type Issue, type Locale } from '@asysta/core';
import { readsChanged, truthy, type RuleReport, type RuleResult, type RulesEngine } from '@asysta/rules';
import { checkReads, runCheck } from './checks.js';
import { allPatterns, expand, patternTokens } from './paths.js';
import type { DataValidator, PreparedForm } from './prepare.js';

export type Data = Record<string, unknown>;

export interface Setup {
  form: PreparedForm;
  engine: RulesEngine;
  profile: string;
  /** Made with the form when it is reused (see setup-cache.ts); else by each evaluation. */
  tables?: FormTables;
}

export interface Evaluated {
  locale: Locale;
  asOf: string;
  profile: string;
  /** What is submitted: the data plus derived values, without hidden parts. */
  data: Data;
  /** Everything typed, hidden parts included, plus derived values. */
  draft: Data;
  /** Patterns of the conditional parts hidden now. */
  hidden: readonly string[];
  errors: readonly Issue[];
  warnings: readonly Issue[];
  infos: readonly Issue[];
  issuesByPath: Readonly<Record<string, readonly Issue[]>>;
  report: RuleReport;
  valid: boolean;
}

/** A change inside one item of an array of objects: its pattern ("/schedule/family/*"), pointer tokens and indexes. */
interface ItemScope {
  pattern: string;
  tokens: string[];
  indexes: number[];
}

/** What an evaluation looks up in a form, the same for every evaluation of it. */
export interface FormTables {
  fieldOrder: ReadonlyMap<string, number>;
  checkReads: ReturnType<typeof checkReads>[];
}

export function formTables(form: PreparedForm): FormTables {
  return { fieldOrder: new Map(allPatterns(form.schema).map((pattern, i) => [pattern, i])), checkReads: form.checks.map(checkReads) };
}

export class Evaluation {
  private raw: Data = {};
  private draft: Data = {};
  private hiddenKey = '';
  private locale: Locale | undefined;
  private schemaIssues: Issue[] = [];
  /** The last run's visibility of each condition, issues of each check, and report. */
  private visible: boolean[] = [];
  private checkIssues: Issue[][] = [];
  private report: RuleReport | undefined;
  private readonly checkReads: ReturnType<typeof checkReads>[];
  /** Position of each field pattern in the schema, for ordering issues. */
  private readonly fieldOrder: ReadonlyMap<string, number>;

  constructor(
    private readonly setup: Setup,
    private readonly asOf: string,
  ) {
    const tables = setup.tables ?? formTables(setup.form);
    this.fieldOrder = tables.fieldOrder;
    this.checkReads = tables.checkReads;
  }

  /**
   * The state for new plain JSON data. `changed` is the pointer (as tokens) of the one value a write
   * changed since the last run, when that is all that changed.
   */
  run(raw: Data, locale: Locale, changed?: readonly string[]): Evaluated {
    const scope = changed ? this.itemScope(changed, raw) : undefined;
    // Data over the schema's maxItems/maxLength is answered with those errors alone, before any
    // derived value, check or rule runs over it (100 000 rows must not cost 100 000 derivations).
    if (!scope) {
      const oversized = schemaLimitIssues(this.setup.form.schema, raw, locale);
      if (oversized.length) return this.oversized(raw, locale, oversized);
    }
    // The places that changed, when one write kept the data's shape; derived values add theirs.
    const places: string[][] | undefined = changed && this.locale === locale && (scope || this.keptShape(changed, raw)) ? [[...changed]] : undefined;
    const draft = (places && this.updatedDraft(raw, changed!, scope, places)) || this.freshDraft(raw);
    const hidden = this.hiddenPaths(draft, places);
    const hiddenKey = hidden.join('|');
    const data = withoutHidden(draft, hidden);
    // What shows and what is validated stayed the same: only what reads the changed places runs again.
    const incremental = places !== undefined && hiddenKey === this.hiddenKey;
    this.schemaIssues = incremental && scope ? this.revalidateItem(data, scope, locale) : this.validate(this.setup.form.validate, data, '', locale);
    this.raw = raw;
    this.draft = draft;
    this.hiddenKey = hiddenKey;
    this.locale = locale;

    const { form, engine, profile } = this.setup;
    this.checkIssues = form.checks.map((check, i) =>
      incremental && this.checkIssues[i] && !readsChanged(this.checkReads[i]!, places) ? this.checkIssues[i] : runCheck(check, data, locale),
    );
    // Every rule of the profile that applies to this form, an OPS's own among them – not only those the
    // definition lists (the built-in ones, checked to exist when it loads).
    const since = incremental && this.report ? { report: this.report, changed: places } : undefined;
    const report = engine.evaluate(data, { recordKind: form.definition.id, asOf: this.asOf, locale, since });
    this.report = report;
    // A hidden part is not asked for: its "required" error (and any other inside it) does not count.
    const isHidden = (path: string) => hidden.some((h) => expand(draft, h).some((match) => isWithin(path, match.path)) || isWithin(path, h));
    const all = inDocumentOrder(
      [...this.schemaIssues, ...this.checkIssues.flat(), ...ruleIssues(report)].filter((issue) => !hidden.length || !isHidden(issue.path)),
      this.fieldOrder,
    );
    const errors = all.filter((i) => i.severity === 'error');
    const warnings = all.filter((i) => i.severity === 'warning');
    const infos = all.filter((i) => i.severity === 'info');
    const issuesByPath = byPath(errors, warnings, infos);
    return { locale, asOf: this.asOf, profile, data, draft, hidden, errors, warnings, infos, issuesByPath, report, valid: errors.length === 0 };
  }

  /**
   * Did a write at `changed` keep the data's shape: every object and list on the way there already,
   * each list as long as before? (Then what reads nothing at that place reads nothing that changed.)
   */
  private keptShape(changed: readonly string[], raw: Data): boolean {
    let before: unknown = this.raw;
    let after: unknown = raw;
    for (let i = 0; i < changed.length - 1; i++) {
      const token = changed[i]!;
      if (before === null || typeof before !== 'object' || after === null || typeof after !== 'object') return false;
      if (Array.isArray(before) !== Array.isArray(after)) return false;
      if (Array.isArray(after) && ((before as unknown[]).length !== after.length || !(Number(token) < after.length))) return false;
      if (!Object.prototype.hasOwnProperty.call(before, token)) return false;
      before = (before as Data)[token];
      after = (after as Data)[token];
    }
    return changed.length > 0;
  }

  /** The state of data over the schema's size limits: those errors only, nothing derived or evaluated. */
  private oversized(raw: Data, locale: Locale, found: readonly { path: string; code: string; message: string }[]): Evaluated {
    const errors: Issue[] = found.map(({ path, code, message }) => ({ path, code, message, severity: 'error', source: 'schema' }));
    // The next run starts afresh (nothing of this one is reused).
    this.raw = {};
    this.draft = {};
    this.hiddenKey = '\u0000';
    this.locale = undefined;
    this.visible = [];
    this.checkIssues = [];
    this.report = undefined;
    this.schemaIssues = errors;
    const { form, profile } = this.setup;
    const report: RuleReport = { asOf: this.asOf, locale, profile, recordKind: form.definition.id, results: [] };
    return { locale, asOf: this.asOf, profile, data: raw, draft: raw, hidden: [], errors, warnings: [], infos: [], issuesByPath: byPath(errors), report, valid: false };
  }

  /** The outermost item of an array of objects that holds the change, when the array kept its length. */
  private itemScope(changed: readonly string[], raw: Data): ItemScope | undefined {
    let pattern = '';
    let before: unknown = this.raw;
    let after: unknown = raw;
    const indexes: number[] = [];
    for (let i = 0; i < changed.length - 1; i++) {
      const token = changed[i]!;
      if (Array.isArray(after)) {
        if (!Array.isArray(before) || before.length !== after.length || !/^\d+$/.test(token) || Number(token) >= after.length) return undefined;
        pattern += '/*';
        indexes.push(Number(token));
        if (this.setup.form.itemValidators[pattern]) return { pattern, tokens: changed.slice(0, i + 1), indexes };
      } else {
        pattern += `/${escapePointerToken(token)}`;
      }
      before = before !== null && typeof before === 'object' ? (before as Data)[token] : undefined;
      after = after !== null && typeof after === 'object' ? (after as Data)[token] : undefined;
    }
    return undefined;
  }

  /**
   * The last draft with the change copied in (the whole item, inside a list of objects), everything
   * else shared, and the derived values that read a changed place computed again – each then a changed
   * place itself. Undefined when a derived value inside another list would have to change (then
   * the draft is made afresh).
   */
  private updatedDraft(raw: Data, changed: readonly string[], scope: ItemScope | undefined, places: string[][]): Data | undefined {
    const copied = scope ? scope.tokens : changed;
    let value: unknown = raw;
    for (const token of copied) value = value !== null && typeof value === 'object' ? (value as Data)[token] : undefined;
    const draft = setIn(this.draft, copied, value === undefined ? undefined : structuredClone(value)) as Data;
    const copiedPointer = toPointer(copied);
    for (const field of this.setup.form.derived) {
      const tokens = patternTokens(field.pattern);
      const affected = readsChanged(field.reads, places);
      if (scope && field.pattern.startsWith(`${scope.pattern}/`)) {
        // The item was copied from the raw data, without its derived values: they are computed again.
        this.deriveField(draft, field, scope.indexes);
        if (affected) places.push(instance(tokens, scope.indexes));
      } else if (!tokens.includes('*')) {
        const within = isWithin(field.pattern, copiedPointer);
        if (!affected && !within) continue;
        // A value of the root nested in objects goes into fresh copies of those objects.
        ownPath(draft, tokens.slice(0, -1));
        this.deriveField(draft, field);
        if (affected) places.push(tokens.map(unescapePointerToken));
      } else if (affected || expand(draft, field.pattern).some((match) => isWithin(match.path, copiedPointer))) {
        return undefined;
      }
    }
    return draft;
  }

  private freshDraft(raw: Data): Data {
    const draft = structuredClone(raw);
    for (const field of this.setup.form.derived) this.deriveField(draft, field);
    return draft;
  }

  /** One derived field at every place it matches, or only inside the item at `indexes`. */
  private deriveField(draft: Data, field: PreparedForm['derived'][number], indexes?: readonly number[]): void {
    const context = { asOf: this.asOf, param: () => undefined };
    // Inside an item, `item` is the item and `index` its position. One scope object, changed in
    // place: a copy of the data per item would cost more.
    let itemScope: Data | undefined;
    for (const match of expand(draft, field.pattern, indexes)) {
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

  /** The hidden parts: conditions that read none of the changed places keep their last answer. */
  private hiddenPaths(draft: Data, places: readonly string[][] | undefined): string[] {
    const context = { asOf: this.asOf, param: () => undefined };
    const { conditions } = this.setup.form;
    this.visible = conditions.map((condition, i) => {
      if (places && this.visible[i] !== undefined && !readsChanged(condition.reads, places)) return this.visible[i];
      try {
        return truthy(condition.visibleWhen(draft, context));
      } catch {
        return true;
      }
    });
    return conditions.filter((_, i) => !this.visible[i]).map((condition) => condition.path);
  }

  /** The last schema issues with those of the changed item replaced. */
  private revalidateItem(data: Data, scope: ItemScope, locale: Locale): Issue[] {
    const prefix = toPointer(scope.tokens);
    let item: unknown = data;
    for (const token of scope.tokens) item = item !== null && typeof item === 'object' ? (item as Data)[token] : undefined;
    return [
      ...this.schemaIssues.filter((issue) => !isWithin(issue.path, prefix)),
      ...this.validate(this.setup.form.itemValidators[scope.pattern]!, item, prefix, locale),
    ];
  }

  private validate(validator: DataValidator, value: unknown, prefix: string, locale: Locale): Issue[] {
    if (validator(value)) return [];
    return (validator.errors ?? []).map((error) => {
      const { path, code, message } = describeSchemaError({ ...error, instancePath: prefix + error.instancePath }, locale);
      return { path, code, message, severity: 'error', source: 'schema' } satisfies Issue;
    });
  }
}

/** Issues keyed by their JSON Pointer, errors first, then warnings, then notes. */
export function byPath(...lists: (readonly Issue[])[]): Record<string, Issue[]> {
  const out = Object.create(null) as Record<string, Issue[]>;
  for (const list of lists) for (const issue of list) (out[issue.path] ??= []).push(issue);
  return out;
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

/** The pointer tokens of a pattern's place at `indexes` ("/rows/*\/minutes" at [3] → rows, 3, minutes). */
function instance(patternTokensOf: readonly string[], indexes: readonly number[]): string[] {
  let next = 0;
  return patternTokensOf.map((token) => (token === '*' ? String(indexes[next++] ?? '*') : unescapePointerToken(token)));
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

/** The data without the hidden parts (what is validated and submitted), copying only what it cuts. */
function withoutHidden(data: Data, hidden: readonly string[]): Data {
  if (!hidden.length) return data;
  if (hidden.some((path) => patternTokens(path).includes('*'))) {
    const copy = structuredClone(data);
    for (const path of hidden) for (const match of expand(copy, path)) delete (match.parent as Data)[match.key as string];
    return copy;
  }
  let copy = data;
  for (const path of hidden) {
    const tokens = patternTokens(path).map(unescapePointerToken);
    copy = setIn(copy, tokens, undefined) as Data;
  }
  return copy;
}

// A verdict kept from the last run keeps its issue object too, so that what shows it sees no change.
const issueOfResult = new WeakMap<RuleResult, Issue>();

function ruleIssues(report: RuleReport): Issue[] {
  const issues: Issue[] = [];
  for (const r of report.results) {
    if (r.status !== 'fail' && r.status !== 'error') continue;
    let issue = issueOfResult.get(r);
    if (!issue) {
      issue = {
        path: r.path,
        severity: r.status === 'error' ? 'warning' : r.severity,
        message: r.message,
        code: r.status === 'error' ? 'rule.error' : 'rule.fail',
        source: 'rule',
        ruleId: r.ruleId,
        reference: r.reference,
      };
      issueOfResult.set(r, issue);
    }
    issues.push(issue);
  }
  return issues;
}

/**
 * `value` at the path in a copy of `data` that shares everything off the path; `undefined` removes
 * the key. Missing objects on the way are created (arrays for numeric tokens).
 */
export function setIn(data: unknown, tokens: readonly string[], value: unknown): unknown {
  const [head, ...rest] = tokens;
  if (head === undefined) return value;
  const current = data !== null && typeof data === 'object' ? (data as Data)[head] : undefined;
  if (rest.length === 0 && value === undefined) {
    if (Array.isArray(data)) {
      const copy = [...(data as unknown[])];
      copy[Number(head)] = null;
      return copy;
    }
    if (data === null || typeof data !== 'object' || !Object.prototype.hasOwnProperty.call(data, head)) return data;
    const { [head]: _removed, ...others } = data as Data;
    return others;
  }
  // Removing below a place that does not exist changes nothing (and creates nothing).
  if (value === undefined && (current === null || typeof current !== 'object')) return data;
  const child = rest.length ? setIn(current ?? (/^\d+$/.test(rest[0]!) ? [] : {}), rest, value) : value;
  if (Array.isArray(data)) {
    const copy: unknown[] = [...(data as unknown[])];
    copy[Number(head)] = child;
    return copy;
  }
  // A computed key defines an own property, even for "__proto__": no prototype is ever changed.
  return { ...(data !== null && typeof data === 'object' ? (data as Data) : {}), [head]: child };
}
