import { css, html, LitElement, unsafeCSS, type PropertyDeclarations } from 'lit';
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import {
  AsystaForm,
  asystaCss,
  type AsystaChangeDetail,
  type AsystaErrorDetail,
  type AsystaSubmitDetail,
} from '@asysta/ui-react';
import type { Locale, RuleReport } from '@asysta/forms';

/** `asysta-change`: after every change. */
export interface AsystaFormChangeEventDetail {
  data: Record<string, unknown>;
  valid: boolean;
}
/** `asysta-submit`: the user submitted valid data. */
export interface AsystaFormSubmitEventDetail {
  data: Record<string, unknown>;
  report: RuleReport;
}
/** `asysta-error`: the form cannot be shown (unknown form or profile, broken definition). */
export interface AsystaFormErrorEventDetail {
  message: string;
  issues: { path: string; message: string }[];
}

const FALLBACK_MESSAGE: Record<Locale, string> = {
  pl: 'Nie można wyświetlić formularza.',
  en: 'The form cannot be shown.',
};

/**
 * An Asysta form as a custom element: the React renderer (`<AsystaForm>` from @asysta/ui-react)
 * hosted in a shadow root, so it works in any page with one `<script type="module">`.
 *
 * ```html
 * <asysta-form form="karta-czasu-pracy" profile="konstancin-jeziorna" locale="pl"></asysta-form>
 * ```
 *
 * @fires asysta-change - After every change; `detail: { data, valid }`.
 * @fires asysta-submit - When the user submits valid data; `detail: { data, report }` (report: every rule's verdict).
 * @fires asysta-error - When the form cannot be shown; `detail: { message, issues }`. The message is also shown in the element.
 *
 * @csspart form - The container the form is rendered in.
 *
 * @cssprop --asysta-font - Font family.
 * @cssprop --asysta-accent - Buttons and links.
 * @cssprop --asysta-error - Error colour.
 * @cssprop --asysta-warning - Warning colour.
 * @cssprop --asysta-focus - Focus outline colour.
 */
export class AsystaFormElement extends LitElement {
  static override properties: PropertyDeclarations = {
    form: { type: String },
    profile: { type: String },
    locale: { type: String },
    asOf: { type: String, attribute: 'as-of' },
    data: { attribute: false },
  };

  // Adopted as constructable stylesheets where the browser supports them: no inline <style>, CSP-safe.
  static override styles = [unsafeCSS(asystaCss), css`
    :host { display: block; }
    :host([hidden]) { display: none; }
    .asysta-fallback { border: 4px solid #b3261e; padding: 1rem; }
  `];

  /** A built-in form id, e.g. "karta-czasu-pracy". */
  declare form: string | undefined;
  /** An OPS profile id, e.g. "konstancin-jeziorna". */
  declare profile: string | undefined;
  /** "pl" (default) or "en". */
  declare locale: string | undefined;
  /** The date rules are evaluated as of, YYYY-MM-DD (attribute `as-of`); today in Europe/Warsaw by default. */
  declare asOf: string | undefined;
  /** Data to show; setting it replaces the form's data. The current data comes with `asysta-change` and in `value`. */
  declare data: unknown;

  private reactRoot: Root | undefined;
  private latest: Record<string, unknown> | undefined;
  /** Data to restore when the element is re-attached (moving it in the DOM must not lose what was typed). */
  private restore: unknown;

  /** The current data (as typed, with derived values), or undefined before the first change. */
  get value(): Record<string, unknown> | undefined {
    return this.latest;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-attached after a disconnect: render again (Lit does not re-render on its own).
    if (this.hasUpdated && !this.reactRoot) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.reactRoot) {
      this.restore = this.latest;
      this.reactRoot.unmount();
      this.reactRoot = undefined;
    }
  }

  protected override render() {
    return html`<div part="form" class="container"></div>`;
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (changed.has('data')) this.restore = undefined;
    this.renderForm();
  }

  private get container(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.container');
  }

  private emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }

  private renderForm(): void {
    const container = this.container;
    if (!container || !this.isConnected) return;
    const locale: Locale = this.locale === 'en' ? 'en' : 'pl';
    try {
      this.reactRoot ??= createRoot(container);
      this.reactRoot.render(
        createElement(AsystaForm, {
          form: this.form ?? '',
          profile: this.profile || undefined,
          locale,
          asOf: this.asOf || undefined,
          data: this.restore ?? this.data,
          onChange: (detail: AsystaChangeDetail) => {
            this.latest = detail.data;
            this.emit<AsystaFormChangeEventDetail>('asysta-change', { data: detail.data, valid: detail.valid });
          },
          onSubmit: (detail: AsystaSubmitDetail) => {
            this.latest = detail.data;
            this.emit<AsystaFormSubmitEventDetail>('asysta-submit', { data: detail.data, report: detail.report });
          },
          onError: (detail: AsystaErrorDetail) => {
            this.emit<AsystaFormErrorEventDetail>('asysta-error', { message: detail.message, issues: detail.issues });
          },
        }),
      );
    } catch (_error) {
      // Never an exception in the host page: a visible message (text only) and the event.
      this.reactRoot = undefined;
      const box = document.createElement('div');
      box.className = 'asysta-fallback';
      box.setAttribute('role', 'alert');
      box.textContent = FALLBACK_MESSAGE[locale];
      container.replaceChildren(box);
      this.emit<AsystaFormErrorEventDetail>('asysta-error', { message: FALLBACK_MESSAGE[locale], issues: [] });
    }
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
