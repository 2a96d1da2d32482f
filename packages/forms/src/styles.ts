// The stylesheets of both renderers (the one home of Asysta's CSS).
/**
 * The pages of a printed form: A4 with margins and the page number ("2 / 3") in the bottom margin.
 * `@page` rules apply from the document only (a shadow root's are ignored), so the custom element
 * adopts this sheet into the document while it prints.
 */
export const asystaPageCss = `
@page { size: A4 portrait; margin: 15mm 15mm 18mm; @bottom-right { content: counter(page) " / " counter(pages); font: 9pt system-ui, sans-serif; } }
@page asysta-landscape { size: A4 landscape; margin: 12mm 15mm 15mm; @bottom-right { content: counter(page) " / " counter(pages); font: 9pt system-ui, sans-serif; } }
`;

/**
 * The print view (the paper template: text, tables, signature lines). Hidden on screen unless it is a
 * preview; when printing it is the only part of the form on paper (the screen form after it is hidden).
 */
const asystaPrintCss = `
/* Ligatures off: the PDF's text reads as written ("fi", not one glyph). */
.asysta-print { display: none; font-family: var(--asysta-print-font, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif); color: #000; background: #fff; font-size: 10.5pt; line-height: 1.35; font-variant-ligatures: none; }
.asysta-print--preview { display: block; max-width: 210mm; padding: 15mm; border: 1px solid #6f777b; }
.asysta-print--preview.asysta-print--landscape { max-width: 297mm; }
.asysta-print *, .asysta-print *::before, .asysta-print *::after { box-sizing: border-box; }
.asysta-print__header { margin: 0 0 10pt; }
.asysta-print__organisation { margin: 0 0 4pt; font-size: 9.5pt; }
.asysta-print__title { margin: 0; font-size: 14pt; font-weight: 700; text-align: center; text-transform: uppercase; }
.asysta-print__section { margin: 8pt 0 0; }
.asysta-print__heading { margin: 0 0 4pt; font-size: 11pt; font-weight: 700; break-after: avoid; }
.asysta-print__answer { margin: 0 0 4pt; break-inside: avoid; }
.asysta-print__label { font-weight: 600; }
.asysta-print__label::after { content: ":"; }
.asysta-print__answer--long .asysta-print__text { display: block; margin: 1pt 0 0; white-space: pre-wrap; }
.asysta-print__answer--blank .asysta-print__text { display: inline-block; min-width: 55%; min-height: 1.2em; border-bottom: 1px dotted #000; vertical-align: bottom; }
.asysta-print__answer--blank.asysta-print__answer--long .asysta-print__text { display: block; width: 100%; min-height: 5em; border: 1px solid #000; }
.asysta-print__choice { display: inline-block; margin-right: 1.2em; white-space: nowrap; }
.asysta-print__choice::before { content: ""; display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.3em; border: 1px solid #000; vertical-align: -0.05em; }
.asysta-print__table { width: 100%; margin: 4pt 0 8pt; border-collapse: collapse; }
.asysta-print__caption { caption-side: top; text-align: left; font-weight: 700; padding: 0 0 3pt; }
.asysta-print__table th, .asysta-print__table td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left; font-weight: 400; }
.asysta-print__table thead th { font-weight: 700; font-size: 9.5pt; vertical-align: middle; }
.asysta-print__table thead { display: table-header-group; }
.asysta-print__table tr { break-inside: avoid; }
.asysta-print__table tbody td { height: 2.1em; }
.asysta-print__table .asysta-print__number { width: 2.6em; text-align: right; }
.asysta-print__table .asysta-print__lane { text-align: center; }
/* Totals once, under the last row (not repeated at every page's foot as a footer would be). */
.asysta-print__table tfoot { display: table-row-group; }
.asysta-print__line { display: block; }
.asysta-print__total th, .asysta-print__total td { font-weight: 700; }
.asysta-print__total th { text-align: right; }
.asysta-print__signatures { display: flex; flex-wrap: wrap; gap: 14pt 28pt; margin-top: 22pt; break-inside: avoid; }
.asysta-print__signature { flex: 1 1 12rem; text-align: center; font-size: 9.5pt; }
.asysta-print__signature-line { height: 2.2em; border-bottom: 1px dotted #000; }
.asysta-print__signature-label, .asysta-print__signature-note { margin: 2pt 0 0; }
.asysta-button--print { margin-left: 0.5rem; }
@media print {
  .asysta-print { display: block; }
  .asysta-print--preview { max-width: none; padding: 0; border: 0; }
  .asysta-print--landscape { page: asysta-landscape; }
  /* The screen form after the print view does not print. */
  .asysta-print ~ * { display: none !important; }
}
`;

/**
 * The Asysta stylesheet as a string – the single source of the theme's CSS, shared by every renderer
 * (both draw the same DOM from the view tree). @asysta/ui-react's build writes it
 * to `dist/asysta.css` (`@asysta/ui-react/styles.css`) for hosts to link; the custom element
 * adopts it through Lit's `static styles` (constructable stylesheets: no inline <style>, CSP-safe).
 * Colours and spacing read custom properties (--asysta-font, --asysta-text, --asysta-accent, --asysta-error,
 * --asysta-warning, --asysta-focus, …) that inherit into the custom element's shadow root, so a portal
 * can theme the form without overriding rules.
 */
export const asystaCss = `
.asysta-form {
  --_font: var(--asysta-font, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  --_text: var(--asysta-text, #1b1b1b);
  --_muted: var(--asysta-muted, #505a5f);
  --_border: var(--asysta-border, #6f777b);
  --_focus: var(--asysta-focus, #ffbf47);
  --_accent: var(--asysta-accent, #1d5aa8);
  --_error: var(--asysta-error, #b3261e);
  --_error-bg: var(--asysta-error-bg, #fdecea);
  --_warning: var(--asysta-warning, #7a4b00);
  --_warning-bg: var(--asysta-warning-bg, #fff4e0);
  --_info: var(--asysta-info, #1d5aa8);
  --_space: var(--asysta-space, 0.75rem);
  font-family: var(--_font);
  color: var(--_text);
  line-height: 1.5;
  max-width: 48rem;
}
.asysta-form *, .asysta-form *::before, .asysta-form *::after { box-sizing: border-box; }
.asysta-form__title { font-size: 1.5rem; margin: 0 0 0.5rem; }
.asysta-form__description { color: var(--_muted); margin: 0 0 1rem; }
.asysta-field { margin: 0 0 var(--_space); }
.asysta-label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
.asysta-label--inline { display: inline; font-weight: 400; margin-left: 0.5rem; }
.asysta-required { color: var(--_error); }
.asysta-help, .asysta-description { color: var(--_muted); font-size: 0.9rem; margin: 0 0 0.25rem; }
.asysta-input {
  font: inherit; color: inherit; background: #fff;
  border: 2px solid var(--_border); border-radius: 0;
  padding: 0.35rem 0.5rem; min-height: 2.75rem; width: 100%; max-width: 30rem;
}
.asysta-input--date, .asysta-input--month { max-width: 9rem; }
.asysta-input--time { max-width: 6rem; }
.asysta-input--money, .asysta-input--number { max-width: 10rem; }
textarea.asysta-input { min-height: 6rem; }
.asysta-input[aria-invalid="true"] { border-color: var(--_error); border-width: 3px; }
.asysta-output { display: inline-block; padding: 0.35rem 0; font-variant-numeric: tabular-nums; }
.asysta-form :focus-visible { outline: 3px solid var(--_focus); outline-offset: 0; box-shadow: 0 0 0 5px var(--_text); }
.asysta-object, .asysta-array, .asysta-time-range, .asysta-radio { border: 0; margin: 0 0 var(--_space); padding: 0; min-width: 0; }
.asysta-object--item { border-left: 4px solid var(--_border); padding-left: var(--_space); }
.asysta-legend { font-weight: 700; padding: 0; margin-bottom: 0.5rem; }
/* Headings shrink with depth and never invert: a section is larger than its groups and items. */
.asysta-heading { margin: 0; font-weight: 700; line-height: 1.3; }
.asysta-heading--3 { font-size: 1.3rem; }
.asysta-heading--4 { font-size: 1.15rem; }
.asysta-heading--5 { font-size: 1.05rem; }
.asysta-heading--6 { font-size: 1rem; }
.asysta-object > .asysta-help, .asysta-array > .asysta-help { margin-top: -0.25rem; }
.asysta-array__items { list-style: none; margin: 0; padding: 0; }
.asysta-array__item { margin: 0 0 1rem; }
/* Rows out of view are laid out and painted when they come near it: a long card opens and types faster. */
.asysta-array__item { content-visibility: auto; contain-intrinsic-size: auto 14rem; }
.asysta-array__empty { color: var(--_muted); }
.asysta-time-range__inputs { display: flex; flex-wrap: wrap; gap: 1rem; }
.asysta-time-range__inputs > .asysta-field { margin: 0; }
.asysta-checkbox, .asysta-radio__option { display: flex; align-items: center; min-height: 2.75rem; }
/* Tablet-sized controls: boxes of at least 24 px inside targets of 44 px. */
.asysta-checkbox input, .asysta-radio__option input { width: 1.5rem; height: 1.5rem; margin: 0; flex: none; accent-color: var(--_accent); }
.asysta-radio__option label { padding: 0.6rem 0.5rem; cursor: pointer; }
.asysta-checkbox .asysta-label--inline { padding: 0.6rem 0.5rem; margin: 0; cursor: pointer; }
.asysta-array__item--plain { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: flex-end; }
.asysta-array__item--plain > .asysta-field { flex: 1 1 20rem; margin: 0; }
.asysta-field--derived .asysta-output { display: block; }
.asysta-button {
  font: inherit; cursor: pointer; min-height: 2.75rem; min-width: 2.75rem; padding: 0.35rem 1rem;
  border: 2px solid var(--_accent); background: #fff; color: var(--_accent);
}
.asysta-button--submit { background: var(--_accent); color: #fff; font-weight: 600; }
.asysta-button--remove { border-color: var(--_error); color: var(--_error); }
.asysta-button:disabled { opacity: 0.5; cursor: not-allowed; }
.asysta-actions { margin-top: 1.5rem; }
.asysta-issues { list-style: none; margin: 0.25rem 0; padding: 0; }
.asysta-issue { margin: 0 0 0.25rem; padding: 0.25rem 0.5rem; border-left: 4px solid; }
.asysta-issue--error { border-color: var(--_error); color: var(--_error); font-weight: 600; }
.asysta-issue--warning { border-color: var(--_warning); color: var(--_warning); background: var(--_warning-bg); }
.asysta-issue--info { border-color: var(--_info); color: var(--_info); }
.asysta-issue__kind { font-weight: 700; }
.asysta-issue__reference { display: block; font-weight: 400; font-size: 0.85rem; color: var(--_muted); }
.asysta-summary { border: 4px solid var(--_error); padding: 1rem; margin: 0 0 1.5rem; }
.asysta-summary--warning { border-color: var(--_warning); background: var(--_warning-bg); }
.asysta-summary:focus { outline: 3px solid var(--_focus); }
.asysta-summary__title { font-size: 1.2rem; margin: 0 0 0.5rem; }
.asysta-summary__subtitle { font-size: 1rem; margin: 0.75rem 0 0.25rem; }
.asysta-summary__list { margin: 0; padding-left: 1.25rem; }
.asysta-summary__list a { color: var(--_error); font-weight: 600; }
.asysta-summary__list--warning a { color: var(--_warning); }
.asysta-summary__field { text-decoration: underline; }
.asysta-load-error { border: 4px solid var(--_error); background: var(--_error-bg); padding: 1rem; }
.asysta-load-error__title, .asysta-load-error__message { margin: 0 0 0.5rem; }
.asysta-load-error__details { margin: 0; padding-left: 1.25rem; font-family: ui-monospace, monospace; font-size: 0.9rem; }
/* A form shown in steps: the indicator, the step's heading, the check-your-answers page (GOV.UK summary list). */
.asysta-steps { margin: 0 0 1.5rem; }
.asysta-steps__list { list-style: none; margin: 0 0 0.75rem; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; }
.asysta-steps__item { display: flex; align-items: center; min-height: 2.75rem; }
.asysta-steps__item--current { font-weight: 700; padding: 0.35rem 0.25rem; }
.asysta-steps__button {
  font: inherit; color: var(--_accent); background: none; border: 0; cursor: pointer; text-align: left;
  display: flex; align-items: center; min-height: 2.75rem; padding: 0.35rem 0.25rem;
}
.asysta-steps__button .asysta-steps__title { text-decoration: underline; }
.asysta-steps__number {
  display: inline-flex; align-items: center; justify-content: center; flex: none; margin-right: 0.4rem;
  width: 1.75rem; height: 1.75rem; border: 2px solid currentColor; border-radius: 50%; font-weight: 700; font-size: 0.9rem;
}
.asysta-steps__item--current .asysta-steps__number { background: var(--_accent); border-color: var(--_accent); color: #fff; }
.asysta-steps__note { margin-left: 0.4rem; color: var(--_error); font-size: 0.85rem; font-weight: 600; }
.asysta-step__heading { font-size: 1.35rem; margin: 0 0 1rem; }
.asysta-review__section { margin: 0 0 1.5rem; }
.asysta-review__title { font-size: 1.2rem; margin: 0 0 0.5rem; }
.asysta-review__list { margin: 0; border-top: 1px solid var(--_border); }
.asysta-review__row { display: grid; grid-template-columns: minmax(8rem, 2fr) 3fr 6rem; gap: 0.25rem 1rem; padding: 0.5rem 0; border-bottom: 1px solid var(--_border); }
.asysta-review__key { font-weight: 600; }
.asysta-review__value, .asysta-review__actions { margin: 0; }
.asysta-review__value { white-space: pre-line; overflow-wrap: anywhere; }
.asysta-review__value--empty { color: var(--_muted); }
.asysta-review__actions { text-align: right; }
.asysta-review__change { display: inline-block; padding: 0.25rem 0; color: var(--_accent); }
@media (max-width: 40rem) {
  .asysta-review__row { grid-template-columns: 1fr; }
  .asysta-review__actions { text-align: left; }
}
.asysta-visually-hidden {
  position: absolute !important; width: 1px; height: 1px; margin: 0; padding: 0; border: 0;
  overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap;
}
.asysta-status:empty { display: none; }
.asysta-status { margin: 1rem 0 0; font-weight: 600; }
.asysta-status--failed { color: var(--_error); }
.asysta-draft-notice { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; border-left: 4px solid var(--_info); background: #eef4fb; padding: 0.5rem 0.75rem; margin: 0 0 var(--_space); }
.asysta-draft-notice--unreadable, .asysta-draft-notice--off, .asysta-draft-notice--other-tab { border-left-color: var(--_warning); background: var(--_warning-bg); }
.asysta-not-carried-over { border: 2px solid var(--_warning); background: var(--_warning-bg); padding: 0.75rem 1rem; margin: 0 0 var(--_space); }
.asysta-not-carried-over__title { font-size: 1.1rem; margin: 0 0 0.25rem; }
.asysta-not-carried-over__hint { margin: 0 0 0.5rem; }
.asysta-not-carried-over__items { margin: 0; padding-left: 1.25rem; }
.asysta-not-carried-over__label { font-weight: 600; }
.asysta-not-carried-over__value { white-space: pre-wrap; user-select: all; }
.asysta-not-carried-over__reason { color: var(--_muted); }
.asysta-not-carried-over .asysta-actions { margin-top: 0.75rem; display: flex; gap: 0.5rem; flex-wrap: wrap; }
@media print { .asysta-draft-notice, .asysta-not-carried-over { display: none; } }
.asysta-print-signatures { display: none; }
${asystaPageCss}@media print {
  .asysta-button, .asysta-summary, .asysta-status { display: none; }
  .asysta-form--landscape { page: asysta-landscape; }
  .asysta-print-signatures { display: flex; flex-wrap: wrap; gap: 2rem 3rem; margin-top: 3rem; break-inside: avoid; }
  .asysta-print-signatures__line { flex: 1 1 14rem; border-top: 1px dotted #000; padding-top: 0.25rem; font-size: 0.85rem; text-align: center; }
}
${asystaPrintCss}`;
