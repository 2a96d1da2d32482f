/**
 * The rules engine: loads rule packs and an OPS profile (checking their shape, operators, arities,
 * parameter names and placeholders, with JSON Pointers to each problem), compiles every expression
 * once, and evaluates facts as of a date into verdicts that explain themselves.
 */
import {
  AsystaError,
  checkJsonInput,
  describeKind,
  DEFAULT_PACK_LIMITS,
  escapePointerToken,
  fillTemplate,
  formatDate,
  formatInMonth,
  formatDuration,
  formatHours,
  formatMoney,
  formatNumber,
  isDate,
  localize,
  textOf,
  translate,
  resolveLimits,
  type AsystaErrorDetail,
  type InputLimits,
  type JsonLogicExpression,
  type Locale,
  type Profile,
  type Rule,
  type RulePack,
  type ShapeIssue,
} from '@asysta/core';
import {
  createLogicCompiler,
  DEFAULT_BUDGET,
  DEFAULT_LIMITS,
  iterable,
  LogicCompileError,
  LogicRuntimeError,
  truthy,
  type EvaluationContext,
  type Evaluate,
  type LogicCompiler,
} from './logic.js';
import { DOMAIN_OPERATORS } from './operators.js';
import { readsChanged, type ReadSet } from './read-set.js';
import type { EvaluateOptions, RuleReport, RuleResult } from './types.js';

type ValueFormat = 'text' | 'number' | 'duration' | 'hours' | 'money' | 'date' | 'month';

interface CompiledRule {
  rule: Rule;
  packId: string;
  /** The items a `forEach` rule is evaluated for. */
  forEach: Evaluate | undefined;
  when: Evaluate | undefined;
  condition: Evaluate;
  values: { name: string; evaluate: Evaluate; format: ValueFormat }[];
  /** Parameter names the rule reads (shown with its verdict). */
  params: string[];
  /** The places of the facts it reads (built in, or found when first asked); null: unknown, so it always runs. */
  reads?: ReadSet | null;
}

/** The verdicts of a report by rule, when it was made on the same terms (else nothing is reused). */
function verdictsToReuse(since: EvaluateOptions['since'], terms: Pick<RuleReport, 'asOf' | 'locale' | 'profile' | 'recordKind'>): Map<string, RuleResult[]> | undefined {
  const report = since?.report;
  if (!report || report.asOf !== terms.asOf || report.locale !== terms.locale || report.profile !== terms.profile || report.recordKind !== terms.recordKind) return undefined;
  const byRule = new Map<string, RuleResult[]>();
  for (const result of report.results) {
    const key = `${result.packId}\u0000${result.ruleId}`;
    const list = byRule.get(key);
    if (list) list.push(result);
    else byRule.set(key, [result]);
  }
  return byRule;
}

interface ParameterValue {
  from: string;
  value: number;
}

export interface ResolvedProfile {
  id: string;
  /** The chain from the base to this profile, e.g. ["default", "konstancin-jeziorna"]. */
  lineage: string[];
  packs: string[];
  /** The centre's name for the header of printed forms: the nearest in the lineage that sets one. */
  organisation?: Profile['title'] | undefined;
  disabledRules: Map<string, Profile['title']>;
  overrides: Map<string, { value: number; from?: string }>;
}

export interface RulesEngineOptions {
  /** A built-in profile id, or a profile object; "default" (statutory packs only) when absent. */
  profile?: string | Profile;
  /** Extra packs and profiles besides the built-in ones (e.g. an OPS's own). */
  packs?: readonly RulePack[];
  profiles?: readonly Profile[];
  /** Language of load errors. */
  locale?: Locale;
  /**
   * Steps of work one rule may take in one evaluation before it stops with an `error` verdict
   * (default 1 000 000): each array item visited and each item or character built costs one.
   */
  budget?: number;
  /**
   * Limits for the facts given to `evaluate` and `explain` (defaults: DEFAULT_PACK_LIMITS – facts
   * are form data with derived values added, so a little larger than the data – within
   * HARD_INPUT_LIMITS). Packs and profiles are checked against DEFAULT_PACK_LIMITS.
   */
  limits?: Partial<InputLimits>;
}

/** Packs and profiles known before the options' own: trusted, checked whole when they were generated. */
export interface BuiltIns {
  packs: readonly RulePack[];
  profiles: readonly Profile[];
  /** What each of their rules reads, by rule id, found when they were generated (see reads.ts). */
  reads?: Readonly<Record<string, ReadSet>> | undefined;
}

type ShapeCheck = (value: unknown, locale: Locale) => ShapeIssue[];

/**
 * Shape checks of own packs and profiles against their published schemas. They are a parameter, not an
 * import, so that a page running only built-in modules does not download the formats' validators.
 */
export interface FormatChecks {
  pack: ShapeCheck;
  profile: ShapeCheck;
}

/**
 * What the full package brings that a page's runtime leaves out: the formats' checks of own packs and
 * profiles, and the analysis of what a rule reads (without it, a rule not built in runs on every change).
 */
export interface EngineSupport {
  formats?: FormatChecks | undefined;
  readsOfRule?: ((rule: Rule) => ReadSet) | undefined;
}

const NO_BUILT_INS: BuiltIns = { packs: [], profiles: [] };

export interface RulesEngine {
  readonly profile: ResolvedProfile;
  evaluate(facts: unknown, options: EvaluateOptions): RuleReport;
  /** As `evaluate`, with each result's `trace`: the value of every sub-expression, by JSON Pointer. */
  explain(facts: unknown, options: EvaluateOptions): RuleReport;
  /** Is a rule with this id in any known pack (whether or not the profile uses it)? */
  knowsRule(ruleId: string): boolean;
  /** Parameter values of the profile's packs in force on a date, keyed "<pack>.<name>". */
  parametersAsOf(asOf: string): Record<string, number>;
}

// `{name}` and the count of a plural block, `{name, plural, …}`.
const PLACEHOLDER = /\{(\w+)(?:\}|, plural,)/g;

/** Every literal parameter name in an expression, with its path. */
function collectParams(node: JsonLogicExpression, path: string, found: { name: string; path: string }[]): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => collectParams(item, `${path}/${i}`, found));
  } else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      const here = `${path}/${escapePointerToken(key)}`;
      if (key === 'param') {
        const arg = Array.isArray(value) ? value[0] : value;
        if (typeof arg === 'string') found.push({ name: arg, path: here });
      }
      collectParams(value, here, found);
    }
  }
}

function compilePack(pack: RulePack, compiler: LogicCompiler, locale: Locale, checkShape: ShapeCheck | undefined, trace = false): CompiledRule[] {
  const shape = checkShape ? checkShape(pack, locale) : [];
  const source = `pack:${textOf((pack as { id?: unknown }).id ?? '?')}`;
  if (shape.length) {
    throw new AsystaError('error.pack.invalid', locale, { id: textOf(pack.id) }, shape.map((s) => ({ source, ...s })));
  }
  const details: AsystaErrorDetail[] = [];
  const seen = new Set<string>();
  const compiled: CompiledRule[] = [];
  pack.rules.forEach((rule, r) => {
    const base = `/rules/${r}`;
    if (seen.has(rule.id)) details.push({ source, path: `${base}/id`, message: translate('problem.duplicateRule', locale, { id: rule.id }) });
    seen.add(rule.id);
    const compile = (expr: JsonLogicExpression, path: string): Evaluate | undefined => {
      try {
        return compiler.compile(expr, path, { trace });
      } catch (error) {
        if (error instanceof LogicCompileError) {
          details.push({ source, path: error.path, message: error.describe(locale) });
          return undefined;
        }
        throw error;
      }
    };
    const params: { name: string; path: string }[] = [];
    if (rule.forEach !== undefined && typeof rule.forEach !== 'string') collectParams(rule.forEach as JsonLogicExpression, `${base}/forEach`, params);
    collectParams(rule.condition as JsonLogicExpression, `${base}/condition`, params);
    if (rule.when !== undefined) collectParams(rule.when as JsonLogicExpression, `${base}/when`, params);
    const values = Object.entries(rule.values ?? {}).map(([name, spec]) => {
      collectParams(spec.logic as JsonLogicExpression, `${base}/values/${name}/logic`, params);
      return { name, evaluate: compile(spec.logic as JsonLogicExpression, `${base}/values/${name}/logic`), format: spec.format ?? 'text' };
    });
    for (const p of params) {
      if (!Object.prototype.hasOwnProperty.call(pack.parameters, p.name)) {
        details.push({ source, path: p.path, message: translate('problem.unknownParameter', locale, { name: p.name }) });
      }
    }
    for (const language of ['pl', 'en'] as const) {
      for (const [, name] of rule.message[language].matchAll(PLACEHOLDER)) {
        if (!rule.values || !Object.prototype.hasOwnProperty.call(rule.values, name!)) {
          details.push({ source, path: `${base}/message/${language}`, message: translate('problem.placeholderWithoutValue', locale, { name: name! }) });
        }
      }
    }
    if (rule.effective.to && rule.effective.to < rule.effective.from) {
      details.push({ source, path: `${base}/effective/to`, message: translate('problem.endsBeforeStart', locale) });
    }
    const condition = compile(rule.condition as JsonLogicExpression, `${base}/condition`);
    const when = rule.when === undefined ? undefined : compile(rule.when as JsonLogicExpression, `${base}/when`);
    // A path string is shorthand for {"var": path}.
    const forEachExpression = typeof rule.forEach === 'string' ? { var: rule.forEach } : (rule.forEach as JsonLogicExpression | undefined);
    const forEach = forEachExpression === undefined ? undefined : compile(forEachExpression, `${base}/forEach`);
    if (forEachExpression === undefined && rule.path.includes('{index}')) {
      details.push({ source, path: `${base}/path`, message: translate('problem.indexWithoutForEach', locale) });
    }
    if (condition && values.every((v) => v.evaluate) && (forEachExpression === undefined || forEach)) {
      compiled.push({
        rule,
        packId: pack.id,
        forEach,
        when,
        condition,
        values: values as CompiledRule['values'],
        params: [...new Set(params.map((p) => p.name))],
      });
    }
  });
  for (const [name, parameter] of Object.entries(pack.parameters)) {
    for (let i = 1; i < parameter.values.length; i++) {
      if (parameter.values[i]!.from <= parameter.values[i - 1]!.from) {
        details.push({ source, path: `/parameters/${name}/values/${i}/from`, message: translate('problem.valuesOrder', locale) });
      }
    }
  }
  if (details.length) throw new AsystaError('error.pack.invalid', locale, { id: pack.id }, details);
  return compiled;
}

function resolveProfile(
  requested: string | Profile,
  profiles: ReadonlyMap<string, Profile>,
  packs: ReadonlyMap<string, RulePack>,
  locale: Locale,
  shapeOf: (profile: Profile) => ShapeCheck | undefined,
): ResolvedProfile {
  const chain: Profile[] = [];
  let current: Profile | string | undefined = requested;
  while (current !== undefined) {
    const profile: Profile | undefined = typeof current === 'string' ? profiles.get(current) : current;
    if (!profile) {
      throw new AsystaError('error.profile.unknown', locale, { id: String(current), available: [...profiles.keys()].join(', ') });
    }
    const checkShape = shapeOf(profile);
    const shape = checkShape ? checkShape(profile, locale) : [];
    if (shape.length) {
      throw new AsystaError('error.profile.invalid', locale, { id: textOf(profile.id) }, shape.map((s) => ({ source: `profile:${textOf(profile.id)}`, ...s })));
    }
    if (chain.some((p) => p.id === profile.id)) {
      throw new AsystaError('error.profile.invalid', locale, { id: profile.id }, [
        { source: `profile:${profile.id}`, path: '/extends', message: translate('problem.profileCycle', locale, { chain: [...chain.map((p) => p.id), profile.id].join(' → ') }) },
      ]);
    }
    chain.unshift(profile);
    current = profile.extends;
  }
  const resolved: ResolvedProfile = {
    id: chain[chain.length - 1]!.id,
    lineage: chain.map((p) => p.id),
    packs: [],
    disabledRules: new Map(),
    overrides: new Map(),
  };
  for (const profile of chain) {
    const source = `profile:${profile.id}`;
    const details: AsystaErrorDetail[] = [];
    (profile.packs ?? []).forEach((packId, i) => {
      if (!packs.has(packId)) details.push({ source, path: `/packs/${i}`, message: translate('problem.unknownPack', locale, { id: packId }) });
      else if (!resolved.packs.includes(packId)) resolved.packs.push(packId);
    });
    // A built-in profile was checked whole when it was generated; its module may hold only the rules
    // and parameters of one form, so what it overrides or switches off need not all be here.
    const trusted = !shapeOf(profile);
    for (const [key, override] of Object.entries(profile.parameters ?? {})) {
      const dot = key.lastIndexOf('.');
      const pack = packs.get(key.slice(0, dot));
      if (!trusted && (!pack || !Object.prototype.hasOwnProperty.call(pack.parameters, key.slice(dot + 1)))) {
        details.push({ source, path: `/parameters/${escapePointerToken(key)}`, message: translate('problem.unknownParameter', locale, { name: key }) });
      } else {
        resolved.overrides.set(key, override.from ? { value: override.value, from: override.from } : { value: override.value });
      }
    }
    (profile.disabledRules ?? []).forEach((entry, i) => {
      const known = trusted || [...packs.values()].some((p) => p.rules.some((r) => r.id === entry.rule));
      if (!known) details.push({ source, path: `/disabledRules/${i}/rule`, message: translate('problem.unknownRule', locale, { id: entry.rule }) });
      // A plain-string reason is the author's Polish text, shown as written in either language.
      else resolved.disabledRules.set(entry.rule, typeof entry.reason === 'string' ? { pl: entry.reason, en: entry.reason } : entry.reason);
    });
    if (details.length) throw new AsystaError('error.profile.invalid', locale, { id: profile.id }, details);
    if (profile.organisation) resolved.organisation = profile.organisation;
  }
  return resolved;
}

const messageCache = new Map<string, string>();

function failureMessage(compiled: CompiledRule, values: Readonly<Record<string, unknown>>, locale: Locale): string {
  let key = `${compiled.packId}\u0000${compiled.rule.id}\u0000${locale}`;
  for (const value of compiled.values) {
    const raw = values[value.name];
    key += `\u0000${typeof raw === 'object' ? JSON.stringify(raw) : String(raw)}`;
  }
  let message = messageCache.get(key);
  if (message === undefined) {
    const shown: Record<string, string> = {};
    for (const value of compiled.values) shown[value.name] = formatValue(values[value.name], value.format, locale);
    message = fillTemplate(localize(compiled.rule.message, locale), shown, locale);
    if (messageCache.size >= 2000) messageCache.clear();
    messageCache.set(key, message);
  }
  return message;
}

function describeError(error: unknown, locale: Locale): string {
  if (error instanceof LogicRuntimeError) return error.describe(locale);
  return error instanceof Error ? error.message : String(error);
}

function formatValue(value: unknown, format: ValueFormat, locale: Locale): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') {
    switch (format) {
      case 'duration':
        return formatDuration(value, locale);
      case 'hours':
        return formatHours(value, locale);
      case 'money':
        return formatMoney(value, locale);
      case 'number':
        return formatNumber(value, locale);
      default:
        return String(value);
    }
  }
  if (format === 'date' && typeof value === 'string' && isDate(value)) return formatDate(value, locale);
  if (format === 'month' && typeof value === 'string') return formatInMonth(value, locale);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Own packs or profiles given to an engine made without the formats' checks (a page's runtime). */
function withoutFormatChecks(option: string, locale: Locale): AsystaError {
  return new AsystaError('error.formats.unchecked', locale, { option }, [{ source: option, path: '', message: translate('problem.formats.unchecked', locale) }]);
}

const kindOfValue = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/**
 * The host's extra packs or profiles, checked before anything else reads them: JSON data within
 * the pack limits (no recursion before that), objects, and of the published shape. Each problem is
 * an AsystaError at `packs/<i>` or `profiles/<i>` and its JSON Pointer.
 */
function checkExtras<T>(list: unknown, kind: 'pack' | 'profile', locale: Locale, formats: FormatChecks | undefined): T[] {
  const option = kind === 'pack' ? 'packs' : 'profiles';
  const code = kind === 'pack' ? 'error.pack.invalid' : 'error.profile.invalid';
  if (list === undefined || list === null) return [];
  if (!formats) throw withoutFormatChecks(option, locale);
  if (!Array.isArray(list)) {
    throw new AsystaError(code, locale, { id: option }, [{ source: option, path: '', message: translate('schema.type', locale, { type: describeKind('array', 'expected', locale) }) }]);
  }
  list.forEach((item: unknown, i) => {
    const source = `${option}/${i}`;
    checkJsonInput(item, { limits: DEFAULT_PACK_LIMITS, locale, source });
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      throw new AsystaError(code, locale, { id: source }, [{ source, path: '', message: translate('problem.notObject', locale, { kind: describeKind(kindOfValue(item), 'given', locale) }) }]);
    }
    const shape = formats[kind](item, locale);
    if (shape.length) {
      const id = typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : source;
      throw new AsystaError(code, locale, { id }, shape.map((s) => ({ source: `${kind}:${id}`, ...s })));
    }
  });
  return list as T[];
}

/**
 * A rules engine over the packs and profiles given: `builtIn` ones (trusted, checked when they were
 * built) and the options' own (checked here). With no built-ins it is what a page uses that loads one
 * profile's module (`@asysta/rules/profile-modules/<id>`), so it does not carry every pack.
 */
export function createRulesEngineFrom(options: RulesEngineOptions = {}, builtIn: BuiltIns = NO_BUILT_INS, support: EngineSupport = {}): RulesEngine {
  const { formats } = support;
  if (options === null || typeof options !== 'object') options = {};
  const locale: Locale = options.locale === 'en' ? 'en' : 'pl';
  const budget = options.budget ?? DEFAULT_BUDGET;
  if (typeof budget !== 'number' || !(budget >= 0)) {
    throw new AsystaError('error.limits.invalid', locale, {}, [{ path: '/budget', message: translate('problem.limits.range', locale, { name: 'budget', max: Number.MAX_SAFE_INTEGER, value: textOf(budget) }) }]);
  }
  const factLimits = resolveLimits(options.limits, locale, DEFAULT_PACK_LIMITS);
  const compiler = createLogicCompiler(DOMAIN_OPERATORS, DEFAULT_LIMITS);
  const packs = new Map<string, RulePack>();
  for (const pack of [...builtIn.packs, ...checkExtras<RulePack>(options.packs, 'pack', locale, formats)]) packs.set(pack.id, pack);
  const profiles = new Map<string, Profile>();
  for (const profile of [...builtIn.profiles, ...checkExtras<Profile>(options.profiles, 'profile', locale, formats)]) profiles.set(profile.id, profile);
  const requested = options.profile ?? 'default';
  if (typeof requested !== 'string') {
    checkJsonInput(requested, { limits: DEFAULT_PACK_LIMITS, locale, source: 'profile' });
    if (!formats) throw withoutFormatChecks('profile', locale);
  }
  const trustedPacks = new Set<object>(builtIn.packs);
  const trustedProfiles = new Set<object>(builtIn.profiles);
  const packShape = (pack: RulePack) => (trustedPacks.has(pack) ? undefined : formats?.pack);
  const profile = resolveProfile(requested, profiles, packs, locale, (p) => (trustedProfiles.has(p) ? undefined : formats?.profile));

  const rules: CompiledRule[] = profile.packs.flatMap((id) => compilePack(packs.get(id)!, compiler, locale, packShape(packs.get(id)!)));
  const knownRuleIds = new Set([...packs.values()].flatMap((p) => p.rules.map((r) => r.id)));

  /** What a rule reads: generated with a built-in pack, else found now when the engine can. */
  function readsOfRule(compiled: CompiledRule): ReadSet | null {
    if (compiled.reads === undefined) {
      const trusted = trustedPacks.has(packs.get(compiled.packId)!);
      compiled.reads = (trusted ? builtIn.reads?.[compiled.rule.id] : undefined) ?? support.readsOfRule?.(compiled.rule) ?? null;
    }
    return compiled.reads;
  }

  /** Parameter values in force on `asOf`, per pack: the profile's override wins. */
  const parameterCache = new Map<string, Map<string, Map<string, number>>>();
  function parametersOn(asOf: string): Map<string, Map<string, number>> {
    let byPack = parameterCache.get(asOf);
    if (byPack) return byPack;
    byPack = new Map();
    for (const packId of profile.packs) {
      const values = new Map<string, number>();
      for (const [name, parameter] of Object.entries(packs.get(packId)!.parameters)) {
        const history: ParameterValue[] = [...parameter.values];
        const override = profile.overrides.get(`${packId}.${name}`);
        if (override) {
          if (override.from) history.push({ from: override.from, value: override.value });
          else history.splice(0, history.length, { from: '0000-01-01', value: override.value });
          history.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
        }
        const inForce = history.filter((v) => v.from <= asOf).pop();
        if (inForce) values.set(name, inForce.value);
      }
      byPack.set(packId, values);
    }
    parameterCache.set(asOf, byPack);
    return byPack;
  }

  function run(compiledRules: readonly CompiledRule[], facts: unknown, evaluateOptions: EvaluateOptions, explain: boolean): RuleReport {
    if (evaluateOptions === null || typeof evaluateOptions !== 'object') {
      throw new AsystaError('error.asOf.invalid', locale, { value: textOf(evaluateOptions) });
    }
    const { recordKind, asOf } = evaluateOptions;
    const outLocale: Locale = evaluateOptions.locale === 'en' || evaluateOptions.locale === 'pl' ? evaluateOptions.locale : locale;
    if (typeof asOf !== 'string' || !isDate(asOf)) throw new AsystaError('error.asOf.invalid', outLocale, { value: textOf(asOf) });
    // Facts are read by compiled closures and copied per item: they must be JSON data within the limits.
    checkJsonInput(facts, { limits: factLimits, locale: outLocale, source: 'facts' });
    const only = Array.isArray(evaluateOptions.ruleIds) ? new Set(evaluateOptions.ruleIds) : undefined;
    const params = parametersOn(asOf);
    const results: RuleResult[] = [];
    const reusable = explain ? undefined : verdictsToReuse(evaluateOptions.since, { asOf, locale: outLocale, profile: profile.id, recordKind });
    for (const compiled of compiledRules) {
      const { rule, packId } = compiled;
      if (!rule.appliesTo.includes(recordKind) || profile.disabledRules.has(rule.id)) continue;
      if (only && !only.has(rule.id)) continue;
      const before = reusable?.get(`${packId}\u0000${rule.id}`);
      const reads = before ? readsOfRule(compiled) : null;
      if (before && reads && !readsChanged(reads, evaluateOptions.since!.changed)) {
        for (const result of before) results.push(result);
        continue;
      }
      const packParams = params.get(packId)!;
      let trace: { path: string; value: unknown }[] = [];
      const context: EvaluationContext = {
        asOf,
        param: (name) => packParams.get(name),
        budget: { steps: budget },
        ...(explain ? { trace: (path: string, value: unknown) => trace.push({ path, value }) } : {}),
      };
      const paramValues = Object.fromEntries(compiled.params.map((name) => [name, packParams.get(name) ?? null]));
      const title = localize(rule.title, outLocale);
      // Results are built field by field: object spreads in this loop cost more than the rules.
      const push = (status: RuleResult['status'], message: string, path: string, values: Record<string, unknown>, index?: number) => {
        const result: RuleResult = { ruleId: rule.id, packId, status, severity: rule.severity, title, message, path, reference: rule.reference, values };
        if (index !== undefined) result.index = index;
        if (explain) {
          result.trace = trace;
          trace = [];
        }
        results.push(result);
      };
      const inEffect = rule.effective.from <= asOf && (!rule.effective.to || asOf <= rule.effective.to);
      if (!inEffect) {
        push('not-applicable', translate('rule.notInEffect', outLocale, { from: rule.effective.from, to: rule.effective.to ?? '…' }), rule.path.replace('/{index}', ''), paramValues);
        continue;
      }
      // One scope object per rule, its item and index changed in place: no copy of the facts per item.
      let items: unknown[] | undefined;
      try {
        items = compiled.forEach ? iterable(compiled.forEach(facts, context), context) : undefined;
      } catch (error) {
        push('error', translate('rule.error', outLocale, { rule: title, reason: describeError(error, outLocale) }), rule.path.replace('/{index}', ''), paramValues);
        continue;
      }
      const itemScope: Record<string, unknown> = {};
      if (items && facts !== null && typeof facts === 'object') Object.assign(itemScope, facts);
      const count = items ? items.length : 1;
      for (let position = 0; position < count; position++) {
        if (items) {
          itemScope['item'] = items[position];
          itemScope['index'] = position;
        }
        const data = items ? itemScope : facts;
        const index = items ? position : undefined;
        const path = index === undefined ? rule.path : rule.path.replace('{index}', String(index));
        try {
          if (compiled.when && !truthy(compiled.when(data, context))) {
            push('not-applicable', '', path, paramValues, index);
            continue;
          }
          const pass = truthy(compiled.condition(data, context));
          const values: Record<string, unknown> = {};
          for (const name of compiled.params) values[name] = paramValues[name];
          for (const value of compiled.values) values[value.name] = value.evaluate(data, context);
          // Only a failure shows the message, so only a failure pays for formatting it – once per
          // rule, locale and values: a form re-evaluated on every keystroke asks for the same ones.
          const message = pass ? '' : failureMessage(compiled, values, outLocale);
          push(pass ? 'pass' : 'fail', message, path, values, index);
        } catch (error) {
          push('error', translate('rule.error', outLocale, { rule: title, reason: describeError(error, outLocale) }), path, paramValues, index);
          // The budget is the rule's, not the item's: once spent, the rule stops.
          if (error instanceof LogicRuntimeError && error.code === 'problem.budgetExceeded') break;
        }
      }
    }
    return { asOf, locale: outLocale, profile: profile.id, recordKind, results };
  }

  let tracedRules: CompiledRule[] | undefined;

  return {
    profile,
    evaluate: (facts, evaluateOptions) => run(rules, facts, evaluateOptions, false),
    explain(facts, evaluateOptions) {
      tracedRules ??= profile.packs.flatMap((id) => compilePack(packs.get(id)!, compiler, locale, packShape(packs.get(id)!), true));
      return run(tracedRules, facts, evaluateOptions, true);
    },
    knowsRule: (ruleId) => knownRuleIds.has(ruleId),
    parametersAsOf(asOf) {
      const out: Record<string, number> = {};
      for (const [packId, values] of parametersOn(asOf)) {
        for (const [name, value] of values) out[`${packId}.${name}`] = value;
      }
      return out;
    },
  };
}
