import type { Issue, Locale } from '@asysta/core';
import type { RuleReport, RulesEngine } from '@asysta/rules';
import type { FormDefinition } from './definition-types.js';
import type { Evaluated } from './evaluation.js';
import type { InteractionSnapshot } from './interaction.js';
import type { OwnProfile } from './own-profile.js';
import type { PrintView } from './print-view.js';
import type { FormLayout } from './step-state.js';
import type { FormViewTree } from './view-types.js';

export interface FormModelOptions {
  /**
   * A built-in OPS profile id (e.g. "konstancin-jeziorna"; "default" when absent) or an own profile with
   * its packs (`{ profile, packs }`, checked when the model is made).
   */
  profile?: string | OwnProfile;
  /** Language of labels and messages; Polish by default. */
  locale?: Locale;
  /** The date the rules are evaluated as of (YYYY-MM-DD); today in Europe/Warsaw by default. */
  asOf?: string;
  /** Initial data from the host; never mutated. Its fields count as touched (their errors show). */
  data?: unknown;
  /** Every control disabled (a host form's `disabled`). */
  disabled?: boolean;
  /** A rules engine of one's own (e.g. for an own profile); by default the built-in profile's. */
  engine?: RulesEngine;
  /** A form that declares steps: one step at a time ("steps") or all on one page ("single"); the definition's choice by default. */
  layout?: FormLayout | undefined;
}

/** The evaluated data: derived values, issues by JSON Pointer, the rule report. */
export type FormState = Evaluated;

export type FormListener = (state: FormState) => void;

/**
 * How the host tells the form what became of a valid submit; until it does, the form says the data
 * was handed over, never that it was saved. Calls about an earlier submit, or after the data changed,
 * are ignored.
 */
export interface SaveConfirmation {
  /** The host has saved the data. */
  saved(): void;
  /** The host could not save it: the form says so, and the data stays for another try. */
  failed(): void;
  /** The form says "saving…" until the promise settles: saved when it resolves, failed when it rejects. */
  waitUntil(promise: PromiseLike<unknown>): void;
}

export interface SubmitResult {
  valid: boolean;
  /** For a valid submit: what the host calls once it knows whether the data was saved. */
  confirmation: SaveConfirmation;
  /** The data as submitted (derived values in, hidden parts out). */
  data: Record<string, unknown>;
  report: RuleReport;
  errors: readonly Issue[];
}

/**
 * The one owner of a form: renderers write only through it and draw only its view. Writes never
 * mutate what they are given; a write that does not fit the form throws an AsystaError naming the
 * pointer and leaves the data unchanged.
 */
export interface FormModel {
  readonly definition: FormDefinition;
  getState(): FormState;
  /** The view tree of the current state (built when asked for; nodes that did not change are reused). */
  getView(): FormViewTree;
  /**
   * The form as its paper template prints it (built when asked for, kept until the next change):
   * answers as text, lists as tables in the paper's columns, signature lines; a form with no
   * answer gives the blank template.
   */
  getPrintView(): PrintView;
  /** What was touched and submitted (for a draft). */
  getInteraction(): InteractionSnapshot;
  /**
   * Replace the whole record (host data, a draft). Its fields count as touched unless the
   * interaction of a draft is given with it.
   */
  setData(data: unknown, options?: { interaction?: InteractionSnapshot }): void;
  /** Set one value at a JSON Pointer ("/rows/3/place"); `undefined` empties the field. */
  setValue(pointer: string, value: unknown): void;
  /** Append an item (an empty one by default) to the array at `pointer`; returns its index. Focus goes to its first field. */
  addItem(pointer: string, value?: unknown): number;
  /** Remove an item; focus goes to the next item, else the previous, else the add button. */
  removeItem(pointer: string, index: number): void;
  /** Move an item; touched state moves with it. */
  moveItem(pointer: string, from: number, to: number): void;
  /** The person left a field: its errors show from now on. */
  touch(pointer: string): void;
  /** A submit attempt: when valid the form is saved, else focus goes to the error summary. */
  submit(): SubmitResult;
  /**
   * What the form's main button does: on a step page `nextStep()` (undefined is returned), on the
   * check-your-answers page and in a form on one page `submit()`.
   */
  advance(): SubmitResult | undefined;
  /**
   * A form shown in steps, "Dalej": the current step's errors show; with errors it stays and focus
   * goes to the error summary, else the next step opens (after the last, the check-your-answers
   * page) and focus goes to its heading. True when it moved.
   */
  nextStep(): boolean;
  /** "Wstecz": the step before (from the check-your-answers page, the last step), values kept. True when it moved. */
  previousStep(): boolean;
  /**
   * Open a step by id or index (an unknown one is an AsystaError); focus goes to `focusId` (the
   * `targetId` of a summary entry or a "Zmień" link) or to the step's heading.
   */
  goToStep(step: string | number, focusId?: string): void;
  /** One step at a time or all on one page (a form without steps is always on one page). */
  setLayout(layout: FormLayout): void;
  setLocale(locale: Locale): void;
  /** Every control disabled or not (a host form's fieldset was disabled). */
  setDisabled(disabled: boolean): void;
  subscribe(listener: FormListener): () => void;
}
