/** Shape checks of the four formats with the precompiled validators of their published schemas. */
import { validateCase, validateFormDefinition, validateProfile, validateRulePack } from './generated/meta-validators.js';
import type { Locale } from './issue.js';
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

export const validateFormDefinitionShape = (value: unknown, locale: Locale): ShapeIssue[] =>
  check(validateFormDefinition as PrecompiledValidator, value, locale);
export const validateRulePackShape = (value: unknown, locale: Locale): ShapeIssue[] =>
  check(validateRulePack as PrecompiledValidator, value, locale);
export const validateProfileShape = (value: unknown, locale: Locale): ShapeIssue[] =>
  check(validateProfile as PrecompiledValidator, value, locale);
export const validateCaseShape = (value: unknown, locale: Locale): ShapeIssue[] => check(validateCase as PrecompiledValidator, value, locale);
