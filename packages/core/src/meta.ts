/** Shape checks of the four formats with the precompiled validators of their published schemas. */
import { validateCase, validateFormDefinition, validateProfile, validateRulePack } from './generated/meta-validators.js';
import { AsystaError } from './errors.js';
import { describeKind, translate } from './i18n.js';
import type { Locale } from './issue.js';
import { checkJsonInput, DEFAULT_PACK_LIMITS } from './limits.js';
import { escapePointerToken } from './pointer.js';
import { describeSchemaError, type RawSchemaError } from './schema-errors.js';

export interface ShapeIssue {
  path: string;
  message: string;
}

type PrecompiledValidator = ((data: unknown) => boolean) & { errors?: RawSchemaError[] | null };

function check(validate: PrecompiledValidator, value: unknown, locale: Locale): ShapeIssue[] {
  if (validate(value)) return [];
  // oneOf reports every branch; keep one message per place to stay readable.
  const seen = new Set<string>();
  const issues: ShapeIssue[] = [];
  for (const error of validate.errors ?? []) {
    if (error.keyword === 'oneOf' || error.keyword === 'if') continue;
    const { path, message } = describeSchemaError(error, locale);
    const key = `${path}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push({ path, message });
  }
  return issues;
}

/** The input limits first (a validator recurses), as shape issues: the callers report them alike. */
function withinLimits(value: unknown, locale: Locale): ShapeIssue[] {
  try {
    checkJsonInput(value, { limits: DEFAULT_PACK_LIMITS, locale });
    return [];
  } catch (error) {
    if (error instanceof AsystaError) return error.details.map(({ path, message }) => ({ path, message }));
    throw error;
  }
}

/** Keywords whose value is one subschema, and those whose value holds subschemas by name or position. */
const ONE_SCHEMA = ['items', 'additionalItems', 'additionalProperties', 'contains', 'propertyNames', 'not', 'if', 'then', 'else'];
const SCHEMAS_BY_NAME = ['properties', 'patternProperties', 'definitions', 'dependencies'];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'items'];
const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/**
 * What the meta-schema leaves open in a form's data schema: every place that holds a subschema
 * holds an object (or, for additionalProperties/additionalItems, true/false) – `"person": null` is
 * a located problem, not a crash later. Walked without recursion.
 */
export function schemaShapeIssues(schema: unknown, base: string, locale: Locale): ShapeIssue[] {
  if (!isPlainObject(schema)) return [{ path: base, message: translate('problem.notSchema', locale, { kind: describeKind(kind(schema), 'given', locale) }) }];
  const issues: ShapeIssue[] = [];
  const stack: { node: unknown; path: string }[] = [{ node: schema, path: base }];
  while (stack.length) {
    const { node, path } = stack.pop()!;
    const children: { node: unknown; path: string }[] = [];
    for (const keyword of ONE_SCHEMA) {
      if (!Object.prototype.hasOwnProperty.call(node, keyword)) continue;
      const child = (node as Record<string, unknown>)[keyword];
      if (keyword === 'items' && Array.isArray(child)) continue;
      if (typeof child === 'boolean' && (keyword === 'additionalProperties' || keyword === 'additionalItems')) continue;
      children.push({ node: child, path: `${path}/${keyword}` });
    }
    for (const keyword of SCHEMAS_BY_NAME) {
      if (!Object.prototype.hasOwnProperty.call(node, keyword)) continue;
      const holder = (node as Record<string, unknown>)[keyword];
      if (!isPlainObject(holder)) {
        issues.push({ path: `${path}/${keyword}`, message: translate('problem.notObject', locale, { kind: describeKind(kind(holder), 'given', locale) }) });
        continue;
      }
      for (const [name, child] of Object.entries(holder)) {
        // dependencies may also list property names
        if (keyword === 'dependencies' && Array.isArray(child)) continue;
        children.push({ node: child, path: `${path}/${keyword}/${escapePointerToken(name)}` });
      }
    }
    for (const keyword of SCHEMA_LISTS) {
      const list = Object.prototype.hasOwnProperty.call(node, keyword) ? (node as Record<string, unknown>)[keyword] : undefined;
      if (keyword === 'items' && !Array.isArray(list)) continue;
      if (list === undefined) continue;
      if (!Array.isArray(list)) {
        issues.push({ path: `${path}/${keyword}`, message: translate('schema.type', locale, { type: describeKind('array', 'expected', locale) }) });
        continue;
      }
      list.forEach((child, i) => children.push({ node: child, path: `${path}/${keyword}/${i}` }));
    }
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i]!;
      if (isPlainObject(child.node)) stack.push(child);
      else issues.push({ path: child.path, message: translate('problem.notSchema', locale, { kind: describeKind(kind(child.node), 'given', locale) }) });
    }
  }
  return issues;
}

export const validateFormDefinitionShape = (value: unknown, locale: Locale): ShapeIssue[] => {
  const limits = withinLimits(value, locale);
  if (limits.length) return limits;
  const shape = check(validateFormDefinition as PrecompiledValidator, value, locale);
  return shape.length ? shape : schemaShapeIssues((value as { schema: unknown }).schema, '/schema', locale);
};
export const validateRulePackShape = (value: unknown, locale: Locale): ShapeIssue[] => {
  const limits = withinLimits(value, locale);
  return limits.length ? limits : check(validateRulePack as PrecompiledValidator, value, locale);
};
export const validateProfileShape = (value: unknown, locale: Locale): ShapeIssue[] => {
  const limits = withinLimits(value, locale);
  return limits.length ? limits : check(validateProfile as PrecompiledValidator, value, locale);
};
export const validateCaseShape = (value: unknown, locale: Locale): ShapeIssue[] => check(validateCase as PrecompiledValidator, value, locale);
