/**
 * Steps of a long form: the plan a definition declares (`steps`: which parts each step shows) and
 * the moves between them over the interaction's step state (step-state.ts). A model of a form with
 * steps owns one StepControl (step-support.ts); step-view.ts turns it into what renderers draw.
 */
import { AsystaError, type FormDefinition, type Locale, type LocalizedText } from '@asysta/core';
import { isWithin } from './paths.js';
import type { FormLayout, StepState } from './step-state.js';

export interface PlannedStep {
  readonly id: string;
  readonly title: LocalizedText;
  /** The parts this step shows (pointers outside arrays). */
  readonly fields: readonly string[];
}

/** The steps a definition declares, with lookups from a pointer to its step. */
export class StepPlan {
  private constructor(
    readonly steps: readonly PlannedStep[],
    readonly defaultLayout: FormLayout,
  ) {}

  /** The plan of a definition, or undefined for a form shown on one page only. */
  static of(definition: Pick<FormDefinition, 'steps'>): StepPlan | undefined {
    const declared = definition.steps;
    if (!declared?.list.length) return undefined;
    return new StepPlan(
      declared.list.map((step) => ({ id: step.id, title: step.title, fields: step.fields })),
      declared.layout ?? 'steps',
    );
  }

  /** The index of a step given by id or index, or undefined. */
  indexOf(step: unknown): number | undefined {
    if (typeof step === 'number') return Number.isInteger(step) && step >= 0 && step < this.steps.length ? step : undefined;
    const index = this.steps.findIndex((s) => s.id === step);
    return index < 0 ? undefined : index;
  }

  /** The step one of whose parts holds `pointer`. */
  holding(pointer: string): number | undefined {
    const index = this.steps.findIndex((step) => step.fields.some((field) => isWithin(pointer, field)));
    return index < 0 ? undefined : index;
  }

  /** The first step (in order) with a part inside `pointer` (a group split between steps, or the root). */
  firstInside(pointer: string): number | undefined {
    const index = this.steps.findIndex((step) => step.fields.some((field) => isWithin(field, pointer)));
    return index < 0 ? undefined : index;
  }

  /**
   * The step an issue at `path` belongs to: the one holding it; for a group split between steps, the
   * one holding its first field (where the view shows the issue), else the first step inside it.
   */
  stepOfIssue(path: string, firstField: (pointer: string) => string | undefined): number | undefined {
    const held = this.holding(path);
    if (held !== undefined) return held;
    const first = firstField(path);
    return (first !== undefined ? this.holding(first) : undefined) ?? this.firstInside(path);
  }
}

/** What the step control needs of its model. */
export interface StepHost {
  /** Errors of the form now (hidden parts left out), by path. */
  errorPaths(): readonly string[];
  firstField(pointer: string): string | undefined;
  requestFocus(id: string): void;
  /** The error summary's id (focus goes there when a step has errors). */
  readonly summaryId: string;
  locale(): Locale;
}

/** The id of the step's heading (focus goes there when a step opens) and of the indicator. */
export const STEP_HEADING_ID = '__step';

/** The model's steps: layout, moving between steps, which errors a step shows. */
export class StepControl {
  layout: FormLayout;

  constructor(
    readonly plan: StepPlan,
    readonly state: StepState,
    layout: unknown,
    private readonly host: StepHost,
  ) {
    // A host's attribute may say anything: what is not a layout is the definition's choice.
    this.layout = layout === 'steps' || layout === 'single' ? layout : plan.defaultLayout;
  }

  get active(): boolean {
    return this.layout === 'steps';
  }

  /** The current step's index (a step id the plan does not know – an old draft – is the first). */
  get current(): number {
    return this.state.step === undefined ? 0 : (this.plan.indexOf(this.state.step) ?? 0);
  }

  get reviewing(): boolean {
    return this.state.reviewing;
  }

  stepOfIssue(path: string): number | undefined {
    return this.plan.stepOfIssue(path, (pointer) => this.host.firstField(pointer));
  }

  /** Errors of the checked steps show as if touched. */
  isChecked(path: string): boolean {
    if (!this.state.checked.size) return false;
    const index = this.stepOfIssue(path);
    return index !== undefined && this.state.checked.has(this.plan.steps[index]!.id);
  }

  private open(index: number, focusId?: string): void {
    this.state.step = this.plan.steps[index]!.id;
    this.state.reviewing = false;
    this.host.requestFocus(focusId ?? STEP_HEADING_ID);
  }

  /**
   * "Dalej": the step's errors show from now on; with errors it stays and focus goes to the error
   * summary, else the next step (or the check-your-answers page after the last) opens. True when it moved.
   */
  next(): boolean {
    if (!this.active || this.reviewing) return false;
    const index = this.current;
    const step = this.plan.steps[index]!;
    this.state.checked.add(step.id);
    if (this.host.errorPaths().some((path) => this.stepOfIssue(path) === index)) {
      this.host.requestFocus(this.host.summaryId);
      return false;
    }
    if (this.state.returnToReview || index === this.plan.steps.length - 1) this.review();
    else this.open(index + 1);
    return true;
  }

  /** "Wstecz": the step before (from the check-your-answers page, the last step); nothing is checked or lost. */
  previous(): boolean {
    if (!this.active) return false;
    if (this.reviewing) {
      this.state.returnToReview = false;
      this.open(this.plan.steps.length - 1);
      return true;
    }
    const index = this.current;
    if (index === 0) return false;
    this.state.returnToReview = false;
    this.open(index - 1);
    return true;
  }

  /** Open a step by id or index; focus goes to `focusId` (a field, from a summary link or "Zmień") or the step's heading. */
  goTo(step: unknown, focusId?: string): void {
    const index = this.plan.indexOf(step);
    if (index === undefined) {
      throw new AsystaError('error.step.unknown', this.host.locale(), { step: String(step), available: this.plan.steps.map((s) => s.id).join(', ') });
    }
    if (!this.active) {
      if (focusId !== undefined) this.host.requestFocus(focusId);
      return;
    }
    // A step opened from the check-your-answers page leads back there.
    this.state.returnToReview = this.reviewing || (this.state.returnToReview && index === this.current);
    this.open(index, focusId);
  }

  private review(): void {
    this.state.reviewing = true;
    this.state.returnToReview = false;
    this.host.requestFocus(STEP_HEADING_ID);
  }
}

