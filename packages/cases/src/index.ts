/**
 * One family's case: its documents tied together, the facts the statutory rules read, prefill between forms, an assistant's caseload.
 *
 * @packageDocumentation
 * @module @asysta/cases
 */
export { caseFacts } from './facts.js';
export { evaluateCase, CASE_FACT_KINDS } from './evaluate.js';
export { assistantFacts, caseload } from './caseload.js';
export { nextAssessmentDue, prefill } from './prefill.js';
export { CASE_LIMITS } from './read.js';
export type {
  Case,
  CaseFact,
  CaseFacts,
  CaseFactsOptions,
  Caseload,
  CaseloadFamily,
  CaseloadOptions,
  CaseProblem,
  CaseReport,
  CaseVerdict,
  EvaluateCaseOptions,
  Prefill,
  PrefillOptions,
} from './types.js';
export { caseCatalog, caseText, type CaseMessageKey } from './messages.js';
