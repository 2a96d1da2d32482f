/**
 * Where a person is in a form shown in steps – the current step, the check-your-answers page, the
 * steps left with "Dalej" – as the interaction (and a draft) keeps it. Small on purpose: every form
 * loads it; the steps themselves (steps.ts, step-view.ts) load only with a form that declares them.
 */
import type { FormModel } from './model-types.js';

export type FormLayout = 'steps' | 'single';

/**
 * Where a person is in a form shown in steps ("" for a form on one page): a renderer keeps a draft
 * when this changes, though the data did not.
 */
export function stepPosition(model: FormModel): string {
  if (!model.definition.steps) return '';
  const steps = model.getView().steps;
  return steps ? `${steps.current}:${steps.reviewing}` : '';
}

/** The part of the interaction that steps add to a draft. */
export interface StepSnapshot {
  /** The current step's id (the first step when absent). */
  step?: string;
  /** On the check-your-answers page. */
  reviewing?: boolean;
  /** Steps left with "Dalej": their errors show. */
  checkedSteps?: readonly string[];
}

/** Where a person is in a stepped form; kept by the interaction (and so by a draft). */
export class StepState {
  step: string | undefined;
  reviewing = false;
  /** The step was opened from the check-your-answers page: "Dalej" goes back there. */
  returnToReview = false;
  readonly checked = new Set<string>();

  snapshot(): StepSnapshot {
    return {
      ...(this.step !== undefined ? { step: this.step } : {}),
      ...(this.reviewing ? { reviewing: true } : {}),
      ...(this.checked.size ? { checkedSteps: [...this.checked] } : {}),
    };
  }

  /** From a draft: unknown ids are dropped when the plan is read (StepControl.current). */
  restore(snapshot: StepSnapshot): void {
    this.step = typeof snapshot.step === 'string' ? snapshot.step : undefined;
    this.reviewing = snapshot.reviewing === true;
    this.returnToReview = false;
    this.checked.clear();
    for (const id of Array.isArray(snapshot.checkedSteps) ? snapshot.checkedSteps : []) if (typeof id === 'string') this.checked.add(id);
  }
}

/** A draft's step fields that have the right types (the rest of a damaged draft is not trusted). */
export function stepSnapshotOf(value: Partial<StepSnapshot> | undefined): StepSnapshot {
  if (!value) return {};
  const checked = Array.isArray(value.checkedSteps) ? value.checkedSteps.filter((id): id is string => typeof id === 'string') : [];
  return {
    ...(typeof value.step === 'string' ? { step: value.step } : {}),
    ...(value.reviewing === true ? { reviewing: true } : {}),
    ...(checked.length ? { checkedSteps: checked } : {}),
  };
}
