import type { Case, Locale, Severity } from '@asysta/core';
import type { RuleResult } from '@asysta/rules';

export type { Case };

/** A problem of the case itself (not a rule's verdict): where it is, in the case, and what it is. */
export interface CaseProblem {
  /** JSON Pointer into the case, e.g. "/documents/3/version". */
  path: string;
  /** The document's index when the problem is in one. */
  document?: number;
  severity: Severity;
  code: string;
  message: string;
}

/** The facts of one kind the rules read, and where each part of them came from. */
export interface CaseFact {
  /** The record kind the rules apply to (e.g. "rodzina", "rodzina-rok"). */
  kind: string;
  /** What the fact is about, for people: "2026", an assistant id… */
  key: string;
  facts: Record<string, unknown>;
  /** JSON Pointer in `facts` → JSON Pointer in the case (the document and field it came from). */
  sources: Record<string, string>;
}

export interface CaseFactsOptions {
  /** YYYY-MM-DD; today in Europe/Warsaw when absent. */
  asOf?: string;
  locale?: Locale;
}

export interface CaseFacts {
  caseId: string;
  asOf: string;
  facts: CaseFact[];
  /** Problems found while reading the case; documents with an error are left out of the facts. */
  problems: CaseProblem[];
}

/** One rule's verdict, attached to the document and field it concerns. */
export interface CaseVerdict extends RuleResult {
  /** The record kind evaluated: a form id (one document) or a fact kind of the case. */
  kind: string;
  /** The index of the document the verdict concerns, when one does. */
  document?: number;
  /** JSON Pointer into the case: "/documents/4/data/rows/2" (or into the case itself). */
  pointer: string;
}

export interface EvaluateCaseOptions extends CaseFactsOptions {
  /** A built-in profile id ("default" when absent). */
  profile?: string;
  /**
   * The report of an earlier evaluation of this case (with the same profile, locale and as-of date):
   * the documents and facts whose content has not changed since keep their outcome from it instead
   * of being evaluated again. The report is the same as a fresh evaluation's.
   */
  since?: CaseReport;
}

export interface CaseReport {
  caseId: string;
  asOf: string;
  locale: Locale;
  profile: string;
  problems: CaseProblem[];
  verdicts: CaseVerdict[];
  /** Errors: problems of severity error, failed rules of severity error, rules that could not run. */
  errorCount: number;
  warningCount: number;
  /** Documents evaluated (the others are named in `problems`). */
  documentsEvaluated: number;
}

export interface CaseloadOptions {
  assistant: string;
  asOf?: string;
  locale?: Locale;
  profile?: string;
}

export interface CaseloadFamily {
  caseId: string;
  familyId: string;
  from: string;
  to: string | null;
  zaZyciem: boolean;
  /** Active on the as-of date. */
  active: boolean;
}

export interface Caseload {
  assistant: string;
  asOf: string;
  families: CaseloadFamily[];
  activeCount: number;
  zaZyciemCount: number;
  /** The statutory limit in force on the as-of date (from the profile's packs). */
  limit: number | undefined;
  /** The facts given to the rules (obciazenie-asystenta, asystent-rok) and their verdicts. */
  facts: CaseFact[];
  verdicts: CaseVerdict[];
  problems: CaseProblem[];
}

export interface PrefillOptions {
  asOf?: string;
  /** The month (YYYY-MM) of a monthly form; the as-of month when absent. */
  month?: string;
  /** The assistant filling the form; the case's assistant on the as-of date when absent. */
  assistant?: string;
}

export interface Prefill {
  form: string;
  version: string;
  /** The starting data, valid for the form's schema; the renderers take it as host data. */
  data: Record<string, unknown>;
  /** Where each prefilled part came from: JSON Pointer in `data` → JSON Pointer in the case. */
  sources: Record<string, string>;
  /** The date the next assessment of the family's situation is due, from the last one. */
  nextAssessmentDue?: string;
}
