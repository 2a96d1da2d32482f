/**
 * What the element shows about drafts, drawn from the draft session's view – the same DOM as
 * @asysta/ui-react's `DraftParts`: the notice (restored, set aside, drafts off) with its discard
 * button, the other-tab notice, and the box of values an older draft could not carry over.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DraftView, NotCarriedOverView } from '@asysta/forms/runtime';

export interface DraftActions {
  discard(): void;
  copy(): void;
  dismiss(): void;
}

function notCarriedOverTemplate(box: NotCarriedOverView, prefix: string, actions: DraftActions): TemplateResult {
  const titleId = `${prefix}_not-carried-over`;
  return html`<section class="asysta-not-carried-over" part="not-carried-over" aria-labelledby=${titleId}>
    <h3 id=${titleId} class="asysta-not-carried-over__title">${box.title}</h3>
    <p class="asysta-not-carried-over__hint">${box.hint}</p>
    <ul class="asysta-not-carried-over__items">
      ${box.items.map(
        (item) =>
          html`<li class="asysta-not-carried-over__item" data-not-carried-over=${item.pointer}><span class="asysta-not-carried-over__label">${item.label}</span>: <span class="asysta-not-carried-over__value">${item.text}</span> <span class="asysta-not-carried-over__reason">(${item.reason})</span></li>`,
      )}
    </ul>
    <div class="asysta-actions">
      <button type="button" part="button" class="asysta-button" @click=${actions.copy}>${box.copy}</button>
      <button type="button" part="button" class="asysta-button" @click=${actions.dismiss}>${box.dismiss}</button>
    </div>
  </section>`;
}

export function draftTemplate(view: DraftView, prefix: string, actions: DraftActions): TemplateResult {
  const { notice, otherTab, notCarriedOver } = view;
  return html`${notice
    ? html`<div part="draft-notice" class="asysta-draft-notice asysta-draft-notice--${notice.kind}" role="status">
        <span>${notice.text}</span>
        ${notice.discard ? html`<button type="button" part="button" class="asysta-button" @click=${actions.discard}>${notice.discard}</button>` : nothing}
      </div>`
    : nothing}
  ${otherTab ? html`<div part="draft-notice" class="asysta-draft-notice asysta-draft-notice--other-tab" role="status"><span>${otherTab}</span></div>` : nothing}
  ${notCarriedOver ? notCarriedOverTemplate(notCarriedOver, prefix, actions) : nothing}`;
}
