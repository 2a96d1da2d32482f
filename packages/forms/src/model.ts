/**
 * The framework-free form model that every renderer and the server use: data in, derived values,
 * errors and warnings by JSON Pointer, the rule report and the localized view out.
 */
import {
  AsystaError,
  describeSchemaError,
  isDate,
  isLocale,
  todayInWarsaw,
  type FormDefinition,
  type Issue,
  type Locale,
} from '@asysta/core';
import { createRulesEngine, truthy, type RuleReport, type RulesEngine } from '@asysta/rules';
import { runChecks } from './checks.js';
import type { FormListener, FormModel, FormModelOptions, FormState, FormView } from './model-types.js';
import { expand } from './paths.js';
import { prepareForm, type DataValidator, type PreparedForm } from './prepare.js';
import { getFormDefinition } from './registry.js';
import { buildView } from './view.js';

export interface CreateFormModelOptions extends FormModelOptions {
  /** For a definition that is not built in: its precompiled validator. */
  validator?: DataValidator;
}

/** JSON data only: anything else (functions, cycles, prototypes) is dropped by the round trip. */
function toPlainData(data: unknown, locale: Locale): Record<string, unknown> {
  if (data === undefined || data === null) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new AsystaError('error.data.notObject', locale);
  return JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
}

function applyDerived(form: PreparedForm, data: Record<string, unknown>, asOf: string): void {
  const context = { asOf, param: () => undefined };
  for (const field of form.derived) {
    for (const match of expand(data, field.pattern)) {
      const scope = match.indexes.length
        ? { ...data, item: match.parent, index: match.indexes[match.indexes.length - 1] }
        : data;
      let value: unknown;
      try {
        value = field.evaluate(scope, context);
      } catch {
        value = null;
      }
      const parent = match.parent as Record<string, unknown>;
      if (value === null || value === undefined) delete parent[match.key as string];
      else parent[match.key as string] = value;
    }
  }
}

/** Paths of the conditional parts that the data hides now. */
function hiddenPaths(form: PreparedForm, data: Record<string, unknown>, asOf: string): string[] {
  const context = { asOf, param: () => undefined };
  return form.conditions
    .filter((condition) => {
      try {
        return !truthy(condition.visibleWhen(data, context));
      } catch {
        return false;
      }
    })
    .map((condition) => condition.path);
}

/** A copy of the data without the hidden parts (what is validated and submitted). */
function withoutHidden(data: Record<string, unknown>, hidden: readonly string[]): Record<string, unknown> {
  if (!hidden.length) return data;
  const copy = structuredClone(data);
  for (const path of hidden) {
    for (const match of expand(copy, path)) delete (match.parent as Record<string, unknown>)[match.key as string];
  }
  return copy;
}

function schemaIssues(validate: DataValidator, data: unknown, locale: Locale): Issue[] {
  if (validate(data)) return [];
  return (validate.errors ?? []).map((error) => {
    const { path, code, message } = describeSchemaError(error, locale);
    return { path, code, message, severity: 'error', source: 'schema' } satisfies Issue;
  });
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

interface Setup {
  form: PreparedForm;
  engine: RulesEngine;
  profile: string;
}

function setUp(definition: FormDefinition | string, options: CreateFormModelOptions, locale: Locale): Setup {
  const profile = options.profile ?? 'default';
  const engine = createRulesEngine({ profile, locale });
  const input = typeof definition === 'string' ? getFormDefinition(definition, locale) : definition;
  const form = prepareForm(input, { locale, engine, ...(options.validator ? { validator: options.validator } : {}) });
  return { form, engine, profile };
}

/** Evaluate data once: the pure function behind both the model and validateSubmission. */
export function computeState(setup: Setup, rawData: unknown, locale: Locale, asOf: string, viewFor: (hidden: readonly string[]) => FormView): FormState {
  const { form, engine, profile } = setup;
  const draft = toPlainData(rawData, locale);
  applyDerived(form, draft, asOf);
  const hidden = hiddenPaths(form, draft, asOf);
  const data = withoutHidden(draft, hidden);
  const report = engine.evaluate(data, {
    recordKind: form.definition.id,
    asOf,
    locale,
    ruleIds: form.definition.rules ?? [],
  });
  // A hidden part is not asked for: its "required" error (and any other inside it) does not count.
  const isHidden = (path: string) => hidden.some((h) => path === h || path.startsWith(`${h}/`));
  const all = [...schemaIssues(form.validate, data, locale), ...runChecks(form.checks, data, locale), ...ruleIssues(report)].filter(
    (issue) => !isHidden(issue.path),
  );
  const errors = all.filter((i) => i.severity === 'error');
  const warnings = all.filter((i) => i.severity === 'warning');
  const infos = all.filter((i) => i.severity === 'info');
  const issuesByPath: Record<string, Issue[]> = Object.create(null);
  for (const issue of [...errors, ...warnings, ...infos]) (issuesByPath[issue.path] ??= []).push(issue);
  return {
    locale,
    asOf,
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

export function resolveOptions(options: FormModelOptions): { locale: Locale; asOf: string } {
  // An unknown locale falls back to Polish: the form stays usable.
  const locale: Locale = isLocale(options.locale) ? options.locale : 'pl';
  const asOf = options.asOf ?? todayInWarsaw();
  if (!isDate(asOf)) throw new AsystaError('error.asOf.invalid', locale, { value: String(asOf) });
  return { locale, asOf };
}

/**
 * A form model for a built-in form id or a definition. Throws AsystaError (with a path for each
 * problem) for an unknown form or profile or a broken definition; afterwards never throws on data.
 */
export function createFormModel(definition: FormDefinition | string, options: CreateFormModelOptions = {}): FormModel {
  const resolved = resolveOptions(options);
  const asOf = resolved.asOf;
  let locale = resolved.locale;
  const setup = setUp(definition, options, locale);
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
  let data: unknown = options.data;
  let state = computeState(setup, data, locale, asOf, viewFor);
  const listeners = new Set<FormListener>();
  const update = () => {
    state = computeState(setup, data, locale, asOf, viewFor);
    for (const listener of listeners) listener(state);
  };
  return {
    definition: setup.form.definition,
    getState: () => state,
    setData(next) {
      data = next;
      update();
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

export { setUp };
