/** Text in both languages of the project: Polish first, English second. Never HTML. */
export interface LocalizedText {
  pl: string;
  en: string;
}

export type Locale = 'pl' | 'en';

export const LOCALES: readonly Locale[] = ['pl', 'en'];

export type Severity = 'error' | 'warning' | 'info';

/** A legal or local source that a rule or parameter cites. */
export interface Reference {
  /** e.g. "Ustawa z dnia 9 czerwca 2011 r. o wspieraniu rodziny i systemie pieczy zastępczej" or a local document. */
  title: LocalizedText;
  /** e.g. "art. 15 ust. 4". */
  article?: string;
  /** e.g. "Dz.U. 2011 nr 149 poz. 887". */
  journal?: string;
  url?: string;
  /** Where the law is uncertain (exact dates of amendments), say so here rather than guess. */
  note?: LocalizedText;
}

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
