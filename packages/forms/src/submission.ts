/** Server-side validation: the same verdict as the form in the browser, from the same model code. */
import { resolveLimits, toJsonData, type FormDefinition, type Issue } from '@asysta/core';
import type { RuleReport } from '@asysta/rules';
import { evaluateOnce, type CreateFormModelOptions } from './model.js';
import { resolveOptions } from './model-core.js';

export interface SubmissionIssue {
  path: string;
  message: string;
  code: string;
  ruleId?: string;
}

export interface SubmissionResult {
  valid: boolean;
  errors: SubmissionIssue[];
  warnings: SubmissionIssue[];
  report: RuleReport;
  /** The data with derived values, as the form would submit it. */
  data: Record<string, unknown>;
}

const toSubmissionIssue = ({ path, message, code, ruleId }: Issue): SubmissionIssue => ({
  path,
  message,
  code,
  ...(ruleId ? { ruleId } : {}),
});

/**
 * Validate submitted data in Node (or anywhere). Never mutates `data`; unknown properties are errors
 * at their path. Throws AsystaError only for an unknown form or profile, a broken definition, or
 * data beyond the input limits (`options.limits`, see @asysta/core) or not JSON data.
 *
 * The limits come first, in one pass over the data, then the schema's `maxItems`/`maxLength`: data
 * over those is answered with their errors alone, before derived values, checks and rules run.
 */
export function validateSubmission(
  form: FormDefinition | string,
  data: unknown,
  options: Omit<CreateFormModelOptions, 'data'> = {},
): SubmissionResult {
  if (options === null || typeof options !== 'object') options = {};
  const { locale } = resolveOptions(options);
  // One copy of the data within the limits; the evaluation answers data over the schema's maxItems
  // and maxLength with those errors alone, before anything else runs.
  const plain = toJsonData(data, { locale, limits: resolveLimits(options.limits, locale), source: 'data' });
  const state = evaluateOnce(form, plain, options);
  return {
    valid: state.valid,
    errors: state.errors.map(toSubmissionIssue),
    warnings: state.warnings.map(toSubmissionIssue),
    report: state.report,
    data: state.data,
  };
}
