import { css, html, LitElement, nothing, unsafeCSS, type PropertyDeclarations, type PropertyValues } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { asystaCss, stepPosition, translate, type Drafts, type FormDefinition, type FormModel, type FormState, type LoadError, type Locale, type OwnProfile, type RuleReport, type SaveConfirmation } from '@asysta/forms/runtime';
import { DraftController } from './draft-controller.js';
import { draftTemplate, type DraftActions } from './draft-templates.js';
import { ModelController } from './model-controller.js';
import { adoptPageRules, printTemplate } from './print-templates.js';
import { stepBodyTemplate, stepsNavTemplate } from './step-templates.js';
import { loadErrorTemplate, nodeTemplate, summaryTemplate, type RenderContext } from './templates.js';

/** `asysta-change`: after every change the person makes. */
export interface AsystaFormChangeEventDetail {
  data: Record<string, unknown>;
  valid: boolean;
}
/** `asysta-submit`: the person submitted valid data. */
export interface AsystaFormSubmitEventDetail extends SaveConfirmation {
  data: Record<string, unknown>;
  report: RuleReport;
}
/** `asysta-error`: the form cannot be shown (unknown form or profile, broken definition) or data was refused. */
export interface AsystaFormErrorEventDetail {
  message: string;
  issues: { path: string; message: string }[];
}

let instances = 0;


/**
 * An Asysta form as a custom element, drawn with Lit from the form model's view tree (no React). It
 * takes part in a host page's `<form>`: its value (the data as JSON) goes into `FormData` under its
 * `name`, its validity is the form's (`reportValidity()` shows the first error), reset and disabled
 * work as for any control.
 *
 * ```html
 * <asysta-form form="karta-czasu-pracy" profile="konstancin-jeziorna" locale="pl"></asysta-form>
 * <form><asysta-form form-id="karta-czasu-pracy" name="karta"></asysta-form></form>
 * ```
 *
 * @fires asysta-change - After every change; `detail: { data, valid }`.
 * @fires asysta-submit - When the person submits valid data; `detail: { data, report, saved(), failed(), waitUntil(promise) }` (report: every rule's verdict). The form says the data was handed over until the host calls `saved()`, `failed()` or `waitUntil(promise)`.
 * With `draft-key` what is typed is kept as an encrypted draft (IndexedDB by default, or the
 * `drafts` property's store), restored on the next load with a notice and a discard button, and
 * removed after a valid submit or `clearDraft()`. A draft of an earlier version of the form is
 * carried over by the definition's migrations, with a box of what did not fit; another tab with
 * the same `draft-key` open is named in a notice.
 *
 * @fires asysta-error - When the form cannot be shown or data is refused; `detail: { message, issues }`. The message is also shown in the element.
 *
 * Printing the page (the browser's print command, `print()`, the `print-button`) prints the form as
 * its paper template on A4: answers as text, lists as tables in the paper's columns, signature lines.
 *
 * @csspart form - The form inside the element.
 * @csspart summary - The error summary.
 * @csspart field - Each field's container.
 * @csspart label - Each field's label.
 * @csspart input - Each text input, textarea and select.
 * @csspart button - The add, remove and submit buttons.
 * @csspart issues - The list of messages at a field.
 * @csspart error - The box shown when the form cannot be shown.
 * @csspart print - The print view (drawn while the page prints).
 * @csspart draft-notice - The notice that a draft was restored, could not be read, that drafts are off, or that another tab has the form open.
 * @csspart not-carried-over - The box of values an older draft could not carry over into the form.
 * @csspart steps - The step indicator and the back button of a form shown in steps.
 *
 * @cssprop --asysta-font - Font family.
 * @cssprop --asysta-text - Text colour.
 * @cssprop --asysta-accent - Buttons and links.
 * @cssprop --asysta-error - Error colour.
 * @cssprop --asysta-warning - Warning colour.
 * @cssprop --asysta-focus - Focus outline colour.
 * @cssprop --asysta-space - Space between fields.
 */
export class AsystaFormElement extends LitElement {
  static formAssociated = true;

  static override properties: PropertyDeclarations = {
    form: { type: String },
    formId: { type: String, attribute: 'form-id' },
    profile: { type: String },
    locale: { type: String },
    asOf: { type: String, attribute: 'as-of' },
    name: { type: String },
    disabled: { type: Boolean, reflect: true },
    data: { attribute: false },
    draftKey: { type: String, attribute: 'draft-key' },
    drafts: { attribute: false },
    printButton: { type: Boolean, attribute: 'print-button' },
    layout: { type: String },
  };

  // Adopted as constructable stylesheets: no inline <style>, CSP-safe. The portal's CSS stays outside.
  static override styles = [
    unsafeCSS(asystaCss),
    css`
      :host { display: block; }
      :host([hidden]) { display: none; }
    `,
  ];

  /** A built-in form id, e.g. "karta-czasu-pracy" (attribute), or a definition object (property). */
  declare form: string | FormDefinition | undefined;
  /**
   * The same as `form`, for an element inside a host `<form>`: there the browser reads a `form`
   * attribute as the id of the host form to join, so the form id goes into `form-id` instead.
   */
  declare formId: string | undefined;
  /**
   * An OPS profile: a built-in id ("konstancin-jeziorna"), the URL of an own `*.profile.json` beside the
   * page (its own packs beside it as `<id>.rules.json`; fetched same-origin), or as a property an own
   * profile object with its packs, `{ profile, packs }`.
   */
  declare profile: string | OwnProfile | undefined;
  /** "pl" (default) or "en". */
  declare locale: string | undefined;
  /** The date rules are evaluated as of, YYYY-MM-DD (attribute `as-of`); today in Europe/Warsaw by default. */
  declare asOf: string | undefined;
  /** The name the data goes under in a host `<form>`'s FormData. */
  declare name: string | undefined;
  /** Every control disabled (also when a host fieldset is disabled). */
  declare disabled: boolean;
  /** Data to show; setting it replaces the form's data. The current data comes with `asysta-change` and in `value`. */
  declare data: unknown;
  /** Keep drafts under this key (e.g. the family's case id and the form id); no drafts without it. */
  declare draftKey: string | undefined;
  /** Drafts of the host's (`createDrafts` of `@asysta/forms`: its own store or key); IndexedDB with its own key by default. */
  declare drafts: Drafts | undefined;
  /** A "Drukuj" button beside the submit button (attribute `print-button`); it calls `print()`. */
  declare printButton: boolean;
  /**
   * A form that declares steps: one step at a time with a check-your-answers page (`steps`) or all
   * on one page (`single`); the definition's choice when absent.
   */
  declare layout: 'steps' | 'single' | undefined;

  private readonly internals: ElementInternals | undefined;
  private readonly controller = new ModelController(
    this,
    (state) => this.stateChanged(state),
    (error) => this.reportError(error),
    (model) => {
      this.applyLayout(model);
      this.syncFormValue(model.getState());
      void this.draft.session.attach(model, this.draftKey || undefined, this.drafts);
    },
  );
  private readonly draft = new DraftController(this);
  private readonly draftActions: DraftActions = {
    discard: () => void this.discardDraft(),
    copy: () => void this.draft.session.copyNotCarriedOver(),
    dismiss: () => this.draft.session.dismissNotCarriedOver(),
  };
  private readonly idPrefix = `asysta-f${++instances}`;
  private readonly editing = new Map<string, string>();
  private focusApplied = 0;
  private fieldsetDisabled = false;
  private context: RenderContext | undefined;

  constructor() {
    super();
    this.disabled = false;
    this.printButton = false;
    // Without form-associated ElementInternals (old browsers, jsdom) the element works, outside host forms.
    const internals = typeof this.attachInternals === 'function' ? this.attachInternals() : undefined;
    this.internals = typeof internals?.setFormValue === 'function' ? internals : undefined;
  }

  /** The current data (as typed, with derived values), or undefined when no form is shown. */
  get value(): Record<string, unknown> | undefined {
    return this.controller.model?.getState().data;
  }

  private get currentLocale(): Locale {
    return this.locale === 'en' ? 'en' : 'pl';
  }

  private emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }

  private reportError(error: LoadError | undefined): void {
    if (error) this.emit<AsystaFormErrorEventDetail>('asysta-error', { message: error.message, issues: error.issues });
  }

  /** Set while host data goes in: a change the host made is not reported back to it (no loops). */
  private applyingHostData = false;

  private stateChanged(state: FormState): void {
    this.syncFormValue(state);
    if (this.applyingHostData) return;
    // What the host sets is the host's; only what the person changes goes into the draft.
    this.draft.session.changed();
    this.emit<AsystaFormChangeEventDetail>('asysta-change', { data: state.data, valid: state.valid });
  }

  /** The host form sees the data as JSON under `name`, and the first error as the validity message. */
  private syncFormValue(state: FormState | undefined): void {
    if (!this.internals) return;
    if (!state) {
      this.internals.setFormValue(null);
      this.internals.setValidity({});
      return;
    }
    this.internals.setFormValue(JSON.stringify(state.data));
    const first = state.errors[0];
    if (!first) this.internals.setValidity({});
    else {
      const anchor = this.renderRoot?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? undefined;
      this.internals.setValidity({ customError: true }, first.message, anchor);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const locale = this.currentLocale;
    if (!this.hasUpdated || changed.has('form') || changed.has('formId') || changed.has('profile') || changed.has('asOf') || changed.has('locale') || changed.has('disabled')) {
      // The data is read when the model is made (its modules may still be loading).
      this.controller.configure(
        { form: this.formId || this.form || undefined, profile: this.profile || undefined, asOf: this.asOf || undefined, locale, disabled: this.disabled || this.fieldsetDisabled },
        () => this.data,
      );
    }
    if ((changed.has('draftKey') || changed.has('drafts')) && this.hasUpdated && this.controller.model) void this.draft.session.attach(this.controller.model, this.draftKey || undefined, this.drafts);
    if (changed.has('layout')) this.applyLayout(this.controller.model);
    // Data set before the first update is the model's initial data; later it replaces the form's.
    if (changed.has('data') && this.hasUpdated && this.controller.model) {
      this.applyingHostData = true;
      try {
        this.reportError(this.controller.setData(this.data, locale));
      } finally {
        this.applyingHostData = false;
      }
    }
  }

  private applyLayout(model: FormModel | undefined): void {
    if (this.layout === 'steps' || this.layout === 'single') model?.setLayout(this.layout);
  }

  /** Runs a write of the person's; a move to another step is kept in the draft too (its data did not change). */
  private act(model: FormModel, action: (model: FormModel) => void): void {
    const before = stepPosition(model);
    try {
      action(model);
    } catch {
      // A write the model refuses changes nothing (the view offers only writes that fit).
    }
    // (A form on one page has no step to keep: its view is left to the next render.)
    if (before !== '' && stepPosition(model) !== before) this.draft.session.changed();
  }

  private renderContext(): RenderContext | undefined {
    const model = this.controller.model;
    if (!model) return undefined;
    if (this.context?.model === model && this.context.locale === this.currentLocale) return this.context;
    this.context = {
      model,
      locale: this.currentLocale,
      prefix: this.idPrefix,
      editing: this.editing,
      write: (action) => this.act(model, action),
      navigate: (id) => this.focusById(id),
    };
    return this.context;
  }

  private focusById(id: string): boolean {
    const target = (this.renderRoot as ShadowRoot).getElementById?.(id);
    if (!target) return false;
    target.focus();
    target.scrollIntoView?.({ block: 'center' });
    return true;
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    const model = this.controller.model;
    if (!model) return;
    // On a step page the form's button is "Dalej"; on the check-your-answers page and on one page, the submit.
    let result: ReturnType<FormModel['advance']>;
    this.act(model, (m) => (result = m.advance()));
    if (result?.valid) {
      void this.draft.session.clear();
      this.emit<AsystaFormSubmitEventDetail>('asysta-submit', { data: result.data, report: result.report, ...result.confirmation });
    }
  }

  /** True from `beforeprint` to `afterprint`: only then is the print view drawn (typing never pays for it). */
  private printing = false;

  private readonly beforePrint = () => {
    if (!this.controller.model) return;
    this.printing = true;
    adoptPageRules(true);
    // The browser lays out the pages right after this event: draw the print view now, not in a microtask.
    this.requestUpdate();
    this.performUpdate();
  };

  private readonly afterPrint = () => {
    if (!this.printing) return;
    this.printing = false;
    adoptPageRules(false);
    this.requestUpdate();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.beforePrint);
    window.addEventListener('afterprint', this.afterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.beforePrint);
    window.removeEventListener('afterprint', this.afterPrint);
  }

  /**
   * Print the form as its paper template (A4, answers as text, tables, signature lines; the blank
   * template when nothing is filled in). The same as the browser's print command on this page.
   */
  print(): void {
    window.print();
  }

  /** Remove this form's draft (e.g. when the host saved the data elsewhere, or at logout). */
  clearDraft(): Promise<void> {
    return this.draft.session.clear();
  }

  /** The person discards a restored draft: it is removed and the form goes back to the host's data. */
  private async discardDraft(): Promise<void> {
    if (await this.draft.session.discard()) this.formResetCallback();
  }

  protected override render() {
    const locale = this.currentLocale;
    const ctx = this.renderContext();
    const error = this.controller.error;
    if (!ctx) {
      if (this.controller.loading) return html`<p class="asysta-loading" role="status">${translate('ui.loading', locale)}</p>`;
      // Text only, no internal ids or paths: those go with the asysta-error event.
      return loadErrorTemplate(locale, error?.message ?? translate('ui.loadError.unexpected', locale));
    }
    const view = ctx.model.getView();
    // While the page prints: the paper template, and (after it) nothing of the screen form.
    return html`${this.printing ? printTemplate(ctx.model.getPrintView()) : nothing}<div class="asysta-form${view.orientation === 'landscape' ? ' asysta-form--landscape' : ''}" lang=${locale}>
      ${error ? loadErrorTemplate(locale, error.message) : nothing}
      ${draftTemplate(this.draft.session.getView(locale), this.idPrefix, this.draftActions)}
      <form part="form" class="asysta-form__shell" novalidate @submit=${this.onSubmit}>
        <h2 class="asysta-form__title">${view.title}</h2>
        ${view.description ? html`<p class="asysta-form__description">${view.description}</p>` : nothing}
        ${view.steps ? stepsNavTemplate(ctx, view.steps) : nothing}
        ${guard([view.summary, ctx], () => summaryTemplate(ctx, view.summary))}
        ${view.steps ? stepBodyTemplate(ctx, view, view.steps) : nodeTemplate(ctx, view.root)}
        <div class="asysta-actions">
          <button type="submit" part="button" class="asysta-button asysta-button--submit" ?disabled=${view.root.disabled}>${view.submitLabel}</button>
          ${this.printButton ? html`<button type="button" part="button" class="asysta-button asysta-button--print" @click=${() => this.print()}>${translate('print.button', locale)}</button>` : nothing}
        </div>
        <p class="asysta-status asysta-status--${view.save}" role="status">${view.status}</p>
      </form>
      ${view.signatures.length
        ? html`<div class="asysta-print-signatures" aria-hidden="true">${view.signatures.map((label) => html`<div class="asysta-print-signatures__line">${label}</div>`)}</div>`
        : nothing}
    </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Focus moves where the model asks (summary after a failed submit, new item, next item), once per request.
    const focus = this.controller.model?.getView().focus;
    if (focus && focus.seq > this.focusApplied) {
      this.focusApplied = focus.seq;
      this.focusById(this.idPrefix + focus.id);
    }
  }

  /** A host form was reset: the data goes back to what the host gave. */
  formResetCallback(): void {
    this.applyingHostData = true;
    try {
      this.reportError(this.controller.setData(this.data ?? {}, this.currentLocale));
    } finally {
      this.applyingHostData = false;
    }
  }

  /** A host fieldset or form was disabled or enabled. */
  formDisabledCallback(disabled: boolean): void {
    this.fieldsetDisabled = disabled;
    this.controller.model?.setDisabled(disabled || this.disabled);
  }

  /** Why the data is not valid: the first error's message (empty when valid). */
  get validationMessage(): string {
    return this.internals?.validationMessage ?? this.controller.model?.getState().errors[0]?.message ?? '';
  }

  get validity(): ValidityState | undefined {
    return this.internals?.validity;
  }

  /** `form.checkValidity()` / `reportValidity()` of a host form ask this. */
  checkValidity(): boolean {
    return this.internals?.checkValidity() ?? this.controller.model?.getState().valid ?? false;
  }

  reportValidity(): boolean {
    return this.internals?.reportValidity() ?? this.checkValidity();
  }
}

/** Register the element (once) under `tagName`; returns the constructor. */
export function defineAsystaForm(tagName = 'asysta-form'): CustomElementConstructor {
  const existing = customElements.get(tagName);
  if (existing) return existing;
  // A fresh subclass per extra name: one constructor cannot be registered twice.
  const ctor = tagName === 'asysta-form' ? AsystaFormElement : class extends AsystaFormElement {};
  customElements.define(tagName, ctor);
  return ctor;
}

declare global {
  interface HTMLElementTagNameMap {
    'asysta-form': AsystaFormElement;
  }
  interface GlobalEventHandlersEventMap {
    'asysta-change': CustomEvent<AsystaFormChangeEventDetail>;
    'asysta-submit': CustomEvent<AsystaFormSubmitEventDetail>;
    'asysta-error': CustomEvent<AsystaFormErrorEventDetail>;
  }
}
