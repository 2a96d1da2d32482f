/** Server-side validation: the same verdict as the form in the browser, from the same model code. */
import type { FormDefinition, Issue } from '@asysta/core';
import type { RuleReport } from '@asysta/rules';
import { evaluateOnce, type CreateFormModelOptions } from './model.js';

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
 * at their path. Throws AsystaError only for an unknown form or profile or a broken definition.
 */
export function validateSubmission(
  form: FormDefinition | string,
  data: unknown,
  options: Omit<CreateFormModelOptions, 'data'> = {},
): SubmissionResult {
  const state = evaluateOnce(form, data, options);
  return {
    valid: state.valid,
    errors: state.errors.map(toSubmissionIssue),
    warnings: state.warnings.map(toSubmissionIssue),
    report: state.report,
    data: state.data,
  };
}
