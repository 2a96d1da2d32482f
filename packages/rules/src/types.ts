import type { Locale, Reference, Severity } from '@asysta/core';

export type RuleStatus = 'pass' | 'fail' | 'not-applicable' | 'error';

/** One rule's verdict on one record (or one item of it, for `forEach` rules), explaining itself. */
export interface RuleResult {
  ruleId: string;
  packId: string;
  status: RuleStatus;
  severity: Severity;
  /** The rule's title in the locale. */
  title: string;
  /** Why: the filled message when it fails, the reason when not applicable or in error; empty on pass. */
  message: string;
  /** JSON Pointer of the field the verdict attaches to. */
  path: string;
  reference: Reference;
  /** The values the rule read: its named values and the parameters in force. */
  values: Readonly<Record<string, unknown>>;
  /** For `forEach` rules: the item's position. */
  index?: number;
  /** From `explain` only: every sub-expression's value, by JSON Pointer into the pack. */
  trace?: { path: string; value: unknown }[];
}

export interface RuleReport {
  asOf: string;
  locale: Locale;
  profile: string;
  recordKind: string;
  results: RuleResult[];
}

export interface EvaluateOptions {
  /** The record kind (form id) of the facts: only rules that apply to it run. */
  recordKind: string;
  /** YYYY-MM-DD; rules and parameters take what is in force on this date. */
  asOf: string;
  locale?: Locale;
  /** Only these rules (e.g. the ones a form shows); all applicable ones when absent. */
  ruleIds?: readonly string[];
  /**
   * The report on these facts before one change, and the places that changed (pointer tokens, `*`
   * for every item; the change kept the data's shape – no list grew or shrank): a rule that reads
   * none of them keeps its verdicts from that report instead of running again.
   */
  since?: { report: RuleReport; changed: readonly (readonly string[])[] } | undefined;
}
