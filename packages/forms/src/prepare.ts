/**
 * Loading a form definition: its shape against the meta-schema, then what a schema cannot say –
 * every field labelled in both languages, labels and derived fields pointing at real fields, widgets
 * and fields the renderers know, rule ids that exist, a print layout naming real lists and fields, a
 * precompiled validator that matches the schema.
 * Every problem is reported at once, each with its JSON Pointer.
 */
import {
  AsystaError,
  escapePointerToken,
  hashJson,
  textOf,
  translate,
  withDomainDefinitions,
  type AsystaErrorDetail,
  type Check,
  type FormDefinition,
  type JsonLogicExpression,
  type JsonSchema,
  type Locale,
  type ShapeIssue,
} from '@asysta/core';
import { createLogicCompiler, DOMAIN_OPERATORS, LogicCompileError, type Evaluate, type ReadSet, type RulesEngine } from '@asysta/rules';
import type { FormReads } from './form-reads.js';
import { allPatterns, patternTokens, schemaAt } from './paths.js';
import { checkPrintLayout } from './print-layout-checks.js';
import { checkSteps } from './step-checks.js';

type Schema = JsonSchema;

/** A precompiled (ajv standalone) validator of a form's data. */
export type DataValidator = ((data: unknown) => boolean) & {
  errors?: { instancePath: string; keyword: string; params: Record<string, unknown> }[] | null;
};

/** The widgets and fields every renderer must provide; a definition may use only these. */
export const KNOWN_WIDGETS = ['text', 'textarea', 'date', 'month', 'time', 'duration', 'money', 'checkbox', 'select', 'radio', 'hidden'] as const;
export const KNOWN_FIELDS = ['timeRange'] as const;

export interface PreparedDerived {
  pattern: string;
  evaluate: Evaluate;
  /** What its logic reads of the draft (`item` is the object holding the field, inside a list). */
  reads: ReadSet;
}

export interface PreparedCondition {
  path: string;
  visibleWhen: Evaluate;
  reads: ReadSet;
}

export interface PreparedForm {
  definition: FormDefinition;
  conditions: PreparedCondition[];
  /** The data schema made self-contained (domain definitions copied in). */
  schema: Schema;
  validate: DataValidator;
  /** Validators of single items of top-level arrays ("/rows/*"), for incremental updates. */
  itemValidators: Readonly<Record<string, DataValidator>>;
  derived: PreparedDerived[];
  checks: Check[];
}

const compiler = createLogicCompiler(DOMAIN_OPERATORS);

/** Reads unknown: taken as reading the whole data. */
const READS_EVERYTHING: ReadSet = [{ pattern: [], whole: true }];

function checkUiSchema(ui: unknown, schema: Schema | undefined, root: Schema, path: string, details: AsystaErrorDetail[], source: string, locale: Locale) {
  if (ui === null || typeof ui !== 'object' || Array.isArray(ui)) {
    details.push({ source, path, message: translate('problem.uiNotObject', locale) });
    return;
  }
  for (const [key, value] of Object.entries(ui)) {
    const here = `${path}/${key}`;
    if (key === 'ui:widget' && !(KNOWN_WIDGETS as readonly unknown[]).includes(value)) {
      details.push({ source, path: here, message: translate('problem.unknownWidget', locale, { name: textOf(value), known: KNOWN_WIDGETS.join(', ') }) });
    } else if (key === 'ui:field' && !(KNOWN_FIELDS as readonly unknown[]).includes(value)) {
      details.push({ source, path: here, message: translate('problem.unknownField', locale, { name: textOf(value), known: KNOWN_FIELDS.join(', ') }) });
    } else if (key === 'ui:order') {
      const props = Object.keys((schema?.['properties'] as Schema | undefined) ?? {});
      for (const name of Array.isArray(value) ? value : []) {
        if (name !== '*' && !(props as unknown[]).includes(name)) details.push({ source, path: here, message: translate('problem.notAFieldHere', locale, { field: textOf(name) }) });
      }
    } else if (!key.startsWith('ui:')) {
      const child =
        key === 'items'
          ? schemaAt({ ...root, ...(schema ?? {}) }, '/*')
          : schemaAt({ ...root, ...(schema ?? {}) }, `/${key}`);
      if (!child) details.push({ source, path: here, message: translate('problem.notAField', locale, { field: key }) });
      else checkUiSchema(value, child, root, here, details, source, locale);
    }
  }
}

function checkPattern(schema: Schema, pattern: string, path: string, details: AsystaErrorDetail[], source: string, locale: Locale): boolean {
  if (!schemaAt(schema, pattern)) {
    details.push({ source, path, message: translate('problem.notAField', locale, { field: pattern }) });
    return false;
  }
  return true;
}

export interface PrepareOptions {
  locale: Locale;
  engine: RulesEngine;
  /** A validator for a definition that is not built in (see `asysta forms compile`). */
  validator?: DataValidator;
  /** The precompiled validators of a built-in form (its module), checked against the schema's hash. */
  builtIn?: { validate: DataValidator; schemaHash: string; items: Readonly<Record<string, DataValidator>>; reads?: FormReads | undefined } | undefined;
  /** Finds what derived values and conditions read (`readsOfDefinition`); without it, nor a built-in's answers, they run on every change. */
  readsOf?: ((definition: FormDefinition) => FormReads) | undefined;
  /**
   * Checks the definition's shape against the format's schema. Left out only for the generated
   * modules of the built-in forms (checked at build, rule ids too): a page that shows them needs no
   * format validators and knows only its profile's rules.
   */
  checkShape?: ((input: unknown, locale: Locale) => ShapeIssue[]) | undefined;
  /** Checks the migration chains (`migrationProblems`); like `checkShape`, run at build for the built-in forms. */
  checkMigrations?: ((definition: FormDefinition, locale: Locale) => ShapeIssue[]) | undefined;
}

export function prepareForm(input: unknown, options: PrepareOptions): PreparedForm {
  const { locale } = options;
  const idOf = (value: unknown) =>
    value !== null && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string'
      ? (value as { id: string }).id
      : '?';
  const source = `form:${idOf(input)}`;
  const shape = options.checkShape ? options.checkShape(input, locale) : [];
  if (shape.length) {
    throw new AsystaError('error.definition.invalid', locale, { id: idOf(input) }, shape.map((s) => ({ source, ...s })));
  }
  const definition = input as FormDefinition;
  const schema = withDomainDefinitions(definition.schema);
  const details: AsystaErrorDetail[] = [];

  // Unresolved references would make ajv and rjsf fail later, less clearly.
  const refs = JSON.stringify(definition.schema).matchAll(/"\$ref":"#\/definitions\/([^"]+)"/g);
  for (const [, name] of refs) {
    if (!(schema['definitions'] as Schema | undefined)?.[name!]) {
      details.push({ source, path: '/schema', message: translate('problem.unresolvedRef', locale, { name: name! }) });
    }
  }

  const patterns = allPatterns(schema);
  for (const pattern of patterns) {
    if (!definition.labels[pattern]) details.push({ source, path: `/labels/${escapePointerToken(pattern)}`, message: translate('problem.noLabel', locale, { field: pattern }) });
  }
  for (const key of Object.keys(definition.labels)) {
    checkPattern(schema, key, `/labels/${escapePointerToken(key)}`, details, source, locale);
  }

  checkUiSchema(definition.uiSchema, schema, schema, '/uiSchema', details, source, locale);
  for (const issue of options.checkMigrations?.(definition, locale) ?? []) details.push({ source, ...issue });

  /** Compile an expression of the definition, or note why it cannot be compiled. */
  const compileAt = (logic: unknown, path: string): Evaluate | undefined => {
    try {
      return compiler.compile(logic as JsonLogicExpression, path);
    } catch (error) {
      if (!(error instanceof LogicCompileError)) throw error;
      details.push({ source, path: error.path, message: error.describe(locale) });
      return undefined;
    }
  };

  // What derived values and conditions read: from the built-in module, or found now by the full package.
  const reads = options.builtIn?.reads ?? options.readsOf?.(definition);
  const derived: PreparedDerived[] = [];
  (definition.derived ?? []).forEach((field, i) => {
    if (!checkPattern(schema, field.path, `/derived/${i}/path`, details, source, locale)) return;
    const evaluate = compileAt(field.logic, `/derived/${i}/logic`);
    if (evaluate) derived.push({ pattern: field.path, evaluate, reads: reads?.derived[i] ?? READS_EVERYTHING });
  });

  const conditions: PreparedCondition[] = [];
  (definition.conditions ?? []).forEach((condition, i) => {
    if (!checkPattern(schema, condition.path, `/conditions/${i}/path`, details, source, locale)) return;
    const visibleWhen = compileAt(condition.visibleWhen, `/conditions/${i}/visibleWhen`);
    if (visibleWhen) conditions.push({ path: condition.path, visibleWhen, reads: reads?.conditions[i] ?? READS_EVERYTHING });
  });

  checkSteps(definition, schema, details, source, locale);

  (definition.checks ?? []).forEach((check, i) => {
    const base = `/checks/${i}`;
    if (check.kind === 'timeOrder') checkPattern(schema, check.range, `${base}/range`, details, source, locale);
    if (check.kind === 'dateInMonth') {
      checkPattern(schema, check.date, `${base}/date`, details, source, locale);
      checkPattern(schema, check.month, `${base}/month`, details, source, locale);
    }
    if (check.kind === 'noOverlap') {
      if (patternTokens(check.rows).includes('*')) details.push({ source, path: `${base}/rows`, message: translate('problem.rowsWithStar', locale) });
      checkPattern(schema, `${check.rows}/*/${check.date}`, `${base}/date`, details, source, locale);
      checkPattern(schema, `${check.rows}/*/${check.range}`, `${base}/range`, details, source, locale);
    }
  });

  checkPrintLayout(definition, schema, details, source, locale);

  (definition.rules ?? []).forEach((ruleId, i) => {
    // A generated module's rule ids were checked at build against every pack; a page that loads one
    // profile's packs only has the rules of that profile (the others do not apply there).
    if (options.checkShape && !options.engine.knowsRule(ruleId)) details.push({ source, path: `/rules/${i}`, message: translate('problem.unknownRule', locale, { id: ruleId }) });
  });

  let validate = options.validator;
  let itemValidators: Readonly<Record<string, DataValidator>> = {};
  if (!validate) {
    const builtIn = options.builtIn;
    if (!builtIn) {
      details.push({ source, path: '/id', message: translate('problem.noValidator', locale) });
    } else if (builtIn.schemaHash !== hashJson(schema)) {
      details.push({ source, path: '/schema', message: translate('problem.schemaChanged', locale) });
    } else {
      validate = builtIn.validate;
      itemValidators = builtIn.items;
    }
  }

  if (details.length || !validate) throw new AsystaError('error.definition.invalid', locale, { id: definition.id }, details);
  return { definition, schema, validate, itemValidators, derived, conditions, checks: definition.checks ?? [] };
}
