/**
 * A form shown in steps, as Lit templates: the step indicator with "Wstecz", the step's heading and
 * its parts, or the check-your-answers page (GOV.UK summary list). The same DOM as
 * <AsystaForm>'s view/Steps.tsx; every move goes through the model.
 */
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { FormViewTree, ReviewRow, ReviewSection, StepEntry, StepsView } from '@asysta/forms/runtime';
import { nodeTemplate, type RenderContext } from './templates.js';

function stepLabel(step: StepEntry) {
  return html`<span class="asysta-steps__number">${step.number}</span><span class="asysta-steps__title">${step.title}</span>${step.note
      ? html`<span class="asysta-steps__note">${step.note}</span>`
      : nothing}`;
}

/** The indicator (an ordered list, the current step `aria-current="step"`, the others buttons) and "Wstecz". */
export function stepsNavTemplate(ctx: RenderContext, steps: StepsView) {
  return html`<div class="asysta-steps" part="steps">
    <nav class="asysta-steps__nav" aria-label=${steps.label}>
      <ol class="asysta-steps__list">
        ${repeat(
          steps.list,
          (step) => step.id,
          (step) =>
            step.current
              ? html`<li class="asysta-steps__item asysta-steps__item--current" aria-current="step" data-step=${step.id}>${stepLabel(step)}</li>`
              : html`<li class="asysta-steps__item" data-step=${step.id}>
                  <button type="button" part="button" class="asysta-steps__button" id=${ctx.prefix + step.buttonId} @click=${() => ctx.write((model) => model.goToStep(step.id))}>${stepLabel(step)}</button>
                </li>`,
        )}
      </ol>
    </nav>
    ${steps.backLabel
      ? html`<button type="button" part="button" class="asysta-button asysta-button--back" @click=${() => ctx.write((model) => model.previousStep())}>${steps.backLabel}</button>`
      : nothing}
  </div>`;
}

function rowTemplate(ctx: RenderContext, row: ReviewRow) {
  const { change } = row;
  return html`<div class="asysta-review__row" data-review=${row.id}>
    <dt class="asysta-review__key">${row.label}</dt>
    <dd class="asysta-review__value${row.empty ? ' asysta-review__value--empty' : ''}">${row.text}</dd>
    ${change
      ? html`<dd class="asysta-review__actions">
          <a class="asysta-review__change" href="#${ctx.prefix}${change.targetId}" @click=${(event: Event) => {
            event.preventDefault();
            ctx.write((model) => model.goToStep(change.step, change.targetId));
          }}>${`${change.label} `}<span class="asysta-visually-hidden">${row.label}</span></a>
        </dd>`
      : nothing}
  </div>`;
}

function sectionTemplate(ctx: RenderContext, section: ReviewSection) {
  return html`<section class="asysta-review__section" aria-labelledby=${ctx.prefix + section.headingId} data-step=${section.step}>
    <h3 class="asysta-review__title" id=${ctx.prefix + section.headingId}>${section.title}</h3>
    <dl class="asysta-review__list">${repeat(section.rows, (row) => row.id, (row) => rowTemplate(ctx, row))}</dl>
  </section>`;
}

/** The step's heading and its parts, or the check-your-answers page. */
export function stepBodyTemplate(ctx: RenderContext, view: FormViewTree, steps: StepsView) {
  return html`<h2 class="asysta-step__heading" id=${ctx.prefix + steps.headingId} tabindex="-1">${steps.heading}</h2>
    ${view.review
      ? html`<div class="asysta-review">${repeat(view.review.sections, (section) => section.step, (section) => sectionTemplate(ctx, section))}</div>`
      : nodeTemplate(ctx, view.root)}`;
}
