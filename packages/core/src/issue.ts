import type { LocalizedText, Reference, Severity } from './generated/types.js';

/** Plain text in both languages (LocalizedText) and cited sources (Reference) are defined by the JSON Schemas. */
export type { LocalizedText, Reference, Severity };

export type Locale = 'pl' | 'en';

export const LOCALES: readonly Locale[] = ['pl', 'en'];

/**
 * One message attached to a place in the data: a schema error or a rule's verdict.
 * `path` is a JSON Pointer into the form data ("" is the whole form, "/rows/3/time/to" a field).
 */
export interface Issue {
  path: string;
  severity: Severity;
  /** Already in the requested locale; plain text. */
  message: string;
  /** Stable machine code, e.g. "schema.required", "time.order", "rule.fail". */
  code: string;
  source: 'schema' | 'check' | 'rule';
  ruleId?: string;
  reference?: Reference;
}
