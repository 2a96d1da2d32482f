/**
 * Steps for a model, made only for a definition that declares them. model.ts (every built-in form and
 * any definition) passes `stepSupport` to the model, and so does the generated module of a form with
 * steps (`@asysta/forms/forms/<id>`): a page whose form has none never loads steps.ts or step-view.ts.
 */
import type { FormDefinition } from '@asysta/core';
import type { StepState } from './step-state.js';
import { StepViewBuilder, type StepViewInput } from './step-view.js';
import { StepControl, StepPlan, type StepHost } from './steps.js';
import type { FormViewTree } from './view-types.js';

/** A model's steps: the control its step methods use, and what adds the steps to its view. */
export interface AttachedSteps {
  readonly control: StepControl;
  build(view: FormViewTree, input: StepViewInput): FormViewTree;
}

export interface StepSupport {
  /** The steps of a definition over the interaction's step state, or undefined when it declares none. */
  attach(definition: FormDefinition, state: StepState, layout: unknown, host: StepHost): AttachedSteps | undefined;
}

export const stepSupport: StepSupport = {
  attach(definition, state, layout, host) {
    const plan = StepPlan.of(definition);
    if (!plan) return undefined;
    const control = new StepControl(plan, state, layout, host);
    const views = new StepViewBuilder(control);
    return { control, build: (view, input) => views.build(view, input) };
  },
};
