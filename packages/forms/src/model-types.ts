import type { Issue, Locale } from '@asysta/core';
import type { FormDefinition } from './definition-types.js';
import type { RuleReport } from '@asysta/rules';

/** JSON Schema draft-07 as rjsf and ajv expect it (kept loose on purpose: definitions are data). */
export type JsonSchema = Record<string, unknown>;
export type UiSchema = Record<string, unknown>;

export interface FormModelOptions {
  /** An OPS profile id (e.g. "konstancin-jeziorna") or "default". */
  profile?: string;
  /** Language of labels and messages; Polish by default. */
  locale?: Locale;
  /** The date the rules are evaluated as of (YYYY-MM-DD); today in Europe/Warsaw by default. */
  asOf?: string;
  /** Initial data; never mutated. */
  data?: unknown;
}

/** What a renderer needs to draw the form in one locale: titles, help texts and enum labels filled in. */
export interface FormView {
  title: string;
  description?: string;
  schema: JsonSchema;
  uiSchema: UiSchema;
  /** How the form prints (A4): orientation and the signature lines under it, labels in the locale. */
  print?: PrintView;
}

export interface PrintView {
  orientation: 'portrait' | 'landscape';
  signatures: string[];
}

export interface FormState {
  locale: Locale;
  asOf: string;
  profile: string;
  /** What is submitted: the data plus derived values (row minutes, totals), without hidden parts. */
  data: Record<string, unknown>;
  /**
   * Everything typed, hidden parts included, plus derived values: what a renderer shows and keeps,
   * so that a part hidden and shown again still holds what was typed there.
   */
  draft: Record<string, unknown>;
  /** Paths of the conditional parts hidden now (they are left out of `data` and of validation). */
  hidden: readonly string[];
  view: FormView;
  errors: readonly Issue[];
  warnings: readonly Issue[];
  infos: readonly Issue[];
  /** Every issue keyed by its JSON Pointer path, in the order errors, warnings, infos. */
  issuesByPath: Readonly<Record<string, readonly Issue[]>>;
  /** All rule results (pass, fail, not-applicable, error), each explaining itself. */
  report: RuleReport;
  /** No errors (warnings and infos do not block). */
  valid: boolean;
}

export type FormListener = (state: FormState) => void;

export interface FormModel {
  readonly definition: FormDefinition;
  getState(): FormState;
  /** Replace the data (a renderer calls this on every change). Never mutates the argument. */
  setData(data: unknown): void;
  /** Set one value at a JSON Pointer (e.g. "/rows/3/place"), creating the path as needed. */
  setValue(pointer: string, value: unknown): void;
  setLocale(locale: Locale): void;
  subscribe(listener: FormListener): () => void;
}
