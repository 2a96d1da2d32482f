/**
 * Drafts for the element: restores the draft under the host's key when a model is made, saves after
 * changes (debounced) and when the page is hidden or left, removes it after a valid submit or on
 * `clearDraft()`. The drafts themselves (encryption, stores, set-aside) are `@asysta/forms`'; the
 * IndexedDB store is loaded with `import()` only on a page that sets `draft-key`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AsystaError, draftRestoredNotice, translate, type Drafts, type FormModel, type Locale } from '@asysta/forms/runtime';

/** What the element shows about drafts: nothing, a restored draft, an unreadable one, or that drafts are off. */
export type DraftNotice =
  | { kind: 'restored'; text: string }
  | { kind: 'unreadable'; text: string }
  | { kind: 'off'; text: string };

let defaultDrafts: Promise<Drafts> | undefined;

/** The browser's drafts (IndexedDB, its own key), shared by the elements of a page. */
function browserDrafts(): Promise<Drafts> {
  return (defaultDrafts ??= import('@asysta/forms/drafts-idb')
    .then((m) => m.openIdbDrafts())
    .catch((error: unknown) => {
      defaultDrafts = undefined;
      throw error;
    }));
}

export class DraftController implements ReactiveController {
  notice: DraftNotice | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private model: FormModel | undefined;
  /** The key the current model's draft is under; undefined until its restore has finished. */
  private active: string | undefined;
  private restoring = 0;
  private readonly flush = (): void => void this.saveNow();
  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'hidden') this.flush();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: {
      key: () => string | undefined;
      drafts: () => Drafts | undefined;
      locale: () => Locale;
      /** After a draft was restored into the model or discarded from it. */
      changed: () => void;
      delay?: number;
    },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.flush);
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    this.flush();
    window.removeEventListener('pagehide', this.flush);
    document.removeEventListener('visibilitychange', this.onVisibility);
  }

  private drafts(): Promise<Drafts> {
    const own = this.options.drafts();
    return own ? Promise.resolve(own) : browserDrafts();
  }

  private off(error: unknown): void {
    // Drafts are off; the form goes on.
    const locale = this.options.locale();
    // The reason (a DOMException name, no field value) is for the console of whoever debugs the page.
    if (!(error instanceof AsystaError)) console.warn('asysta-form: drafts are off', error instanceof Error ? error.name : typeof error);
    this.notice = { kind: 'off', text: translate('error.draft.storage', locale) };
    this.active = undefined;
    this.host.requestUpdate();
  }

  /** A new model: bring its draft back (when the host gave a key). */
  async attach(model: FormModel): Promise<void> {
    this.cancel();
    this.model = model;
    this.active = undefined;
    const key = this.options.key();
    if (!key) return;
    const attempt = ++this.restoring;
    try {
      const drafts = await this.drafts();
      const result = await drafts.restore(key, model);
      if (attempt !== this.restoring || model !== this.model) return;
      const locale = this.options.locale();
      if (result.status === 'restored') this.notice = { kind: 'restored', text: draftRestoredNotice(result.savedAt, locale) };
      else if (result.status === 'unreadable') this.notice = { kind: 'unreadable', text: result.error.message.split('\n')[0]! };
      this.active = key;
      if (result.status === 'restored') this.options.changed();
      this.host.requestUpdate();
    } catch (error) {
      if (attempt === this.restoring) this.off(error);
    }
  }

  /** The model's data changed: save after a pause. */
  changed(): void {
    if (!this.active) return;
    this.cancel();
    this.timer = setTimeout(this.flush, this.options.delay ?? 500);
  }

  private cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  async saveNow(): Promise<void> {
    const pending = this.timer !== undefined;
    this.cancel();
    const { model, active } = this;
    if (!pending || !model || !active) return;
    try {
      await (await this.drafts()).save(active, model);
    } catch (error) {
      this.off(error);
    }
  }

  /** Remove the draft (and any set aside) – after a valid submit, a discard, or `clearDraft()`. */
  async clear(): Promise<void> {
    this.cancel();
    const key = this.active ?? this.options.key();
    if (this.notice?.kind !== 'off') this.notice = undefined;
    this.host.requestUpdate();
    if (!key) return;
    try {
      await (await this.drafts()).discard(key);
    } catch (error) {
      this.off(error);
    }
  }
}
