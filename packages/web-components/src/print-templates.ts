/**
 * The print view as Lit templates: the same DOM as <AsystaForm>'s print sheet (view/Print.tsx), so
 * one stylesheet prints both. Text only – no inputs – drawn from the model's `getPrintView()`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { asystaPageCss, type PrintAnswer, type PrintBlock, type PrintTable, type PrintView } from '@asysta/forms/runtime';

const lines = (cell: readonly string[]) => cell.map((line) => html`<span class="asysta-print__line">${line}</span>`);

function answerTemplate(block: PrintAnswer): TemplateResult {
  const className = `asysta-print__answer${block.long ? ' asysta-print__answer--long' : ''}${block.blank ? ' asysta-print__answer--blank' : ''}`;
  return html`<div class=${className} data-pointer=${block.pointer}>
    <span class="asysta-print__label">${block.label}</span>
    ${block.choices
      ? html`<span class="asysta-print__choices">${block.choices.map((choice) => html`<span class="asysta-print__choice">${choice}</span>`)}</span>`
      : html`<span class="asysta-print__text">${block.text}</span>`}
  </div>`;
}

function tableTemplate(block: PrintTable): TemplateResult {
  return html`<table class="asysta-print__table" data-pointer=${block.pointer}>
    ${block.label ? html`<caption class="asysta-print__caption">${block.label}</caption>` : nothing}
    <thead>
      ${block.lanes
        ? html`<tr class="asysta-print__lanes">
            ${block.numbered ? html`<td></td>` : nothing}
            ${block.lanes.map((lane) => html`<th scope="colgroup" colspan=${lane.span} class="asysta-print__lane">${lane.label}</th>`)}
          </tr>`
        : nothing}
      <tr>
        ${block.numbered ? html`<th scope="col" class="asysta-print__number">${block.numberLabel}</th>` : nothing}
        ${block.columns.map((column) => html`<th scope="col">${column}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${block.rows.map(
        (row) => html`<tr>
          ${block.numbered ? html`<td class="asysta-print__number">${row.number}</td>` : nothing}
          ${row.cells.map((cell) => html`<td>${lines(cell)}</td>`)}
        </tr>`,
      )}
    </tbody>
    ${block.totals.length
      ? html`<tfoot>
          ${block.totals.map(
            (total) => html`<tr class="asysta-print__total">
              ${total.span > 0 ? html`<th scope="row" colspan=${total.span}>${total.label}</th>` : nothing}
              <td>${total.span > 0 ? total.text : `${total.label} ${total.text}`}</td>
              ${total.after > 0 ? html`<td colspan=${total.after}></td>` : nothing}
            </tr>`,
          )}
        </tfoot>`
      : nothing}
  </table>`;
}

function heading(level: number, label: string): TemplateResult {
  switch (level) {
    case 3:
      return html`<h3 class="asysta-print__heading">${label}</h3>`;
    case 4:
      return html`<h4 class="asysta-print__heading">${label}</h4>`;
    case 5:
      return html`<h5 class="asysta-print__heading">${label}</h5>`;
    default:
      return html`<h6 class="asysta-print__heading">${label}</h6>`;
  }
}

function blocksTemplate(blocks: readonly PrintBlock[]): TemplateResult[] {
  return blocks.map((block) => {
    if (block.kind === 'answer') return answerTemplate(block);
    if (block.kind === 'table') return tableTemplate(block);
    return html`<section class="asysta-print__section" data-pointer=${block.pointer}>${heading(block.level, block.label)}${blocksTemplate(block.blocks)}</section>`;
  });
}

/** The paper template of one form: hidden on screen (unless `preview`), the only part of the form in print. */
export function printTemplate(view: PrintView, preview = false): TemplateResult {
  const className = `asysta-print asysta-print--${view.orientation}${preview ? ' asysta-print--preview' : ''}${view.blank ? ' asysta-print--blank' : ''}`;
  return html`<section part="print" class=${className} lang=${view.locale} aria-label=${view.label}>
    <header class="asysta-print__header">
      ${view.organisation ? html`<p class="asysta-print__organisation">${view.organisation}</p>` : nothing}
      <h2 class="asysta-print__title">${view.title}</h2>
    </header>
    ${blocksTemplate(view.blocks)}
    ${view.signatures.length
      ? html`<div class="asysta-print__signatures">
          ${view.signatures.map(
            (signature) => html`<div class="asysta-print__signature">
              <div class="asysta-print__signature-line"></div>
              <p class="asysta-print__signature-label">${signature.label}</p>
              ${signature.notes.map((note) => html`<p class="asysta-print__signature-note">${note}</p>`)}
            </div>`,
          )}
        </div>`
      : nothing}
  </section>`;
}

let pageSheet: CSSStyleSheet | undefined;

/**
 * `@page` rules (A4, margins, page numbers) apply only from the document, not from a shadow root:
 * the element adopts them into the document while it prints (a constructed sheet: CSP-safe) and
 * takes them out afterwards, so the portal's own pages are left as they are.
 */
export function adoptPageRules(on: boolean): void {
  if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
  if (!pageSheet) {
    pageSheet = new CSSStyleSheet();
    pageSheet.replaceSync(asystaPageCss);
  }
  const sheets = document.adoptedStyleSheets;
  const adopted = sheets.includes(pageSheet);
  if (on && !adopted) document.adoptedStyleSheets = [...sheets, pageSheet];
  if (!on && adopted) document.adoptedStyleSheets = sheets.filter((sheet) => sheet !== pageSheet);
}
