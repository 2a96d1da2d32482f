/**
 * One form's drafts in a page, for every renderer alike: restores the draft under the host's key
 * when a model is attached, saves after the person's changes (debounced) and when the page is hidden
 * or left, removes it after a valid submit, a discard or `clear()`, tells when another tab has the
 * same draft open (BroadcastChannel, where there is one), and keeps the values an older version's
 * draft could not carry over until the person closes their box. Renderers draw `getView()` and call
 * the methods; the behaviour lives here once. The browser's drafts (IndexedDB, its own key) load with
 * `import()` only when a page keeps drafts and the host gave none of its own.
 */
import { AsystaError, translate, type Locale } from '@asysta/core';
import { draftRestoredNotice } from './draft-notice.js';
import type { Drafts } from './drafts.js';
import type { NotCarriedOver } from './migrations.js';
import type { FormModel } from './model-types.js';

/** The notice about the draft: restored, could not be read (set aside), or drafts are off. */
export interface DraftNoticeView {
  kind: 'restored' | 'unreadable' | 'off';
  text: string;
  /** The discard button's label (none when drafts are off). */
  discard?: string;
}

export interface NotCarriedOverItemView {
  /** Where the value was in the draft (JSON Pointer). */
  pointer: string;
  /** The field's name, or its pointer when no version has one. */
  label: string;
  /** The value as text. */
  text: string;
  /** Why it was not carried over, in words. */
  reason: string;
}

/** The box of values an older draft could not carry over into the form. */
export interface NotCarriedOverView {
  title: string;
  hint: string;
  items: NotCarriedOverItemView[];
  /** The copy button's label ("Skopiowano" once copied). */
  copy: string;
  dismiss: string;
  /** Every item as "label: value" lines, for the clipboard. */
  copyText: string;
}

/** What a renderer shows about drafts; parts it has nothing to say about are absent. */
export interface DraftView {
  notice?: DraftNoticeView;
  /** "Ten formularz jest otwarty w innej karcie…" while another tab has the same draft key open. */
  otherTab?: string;
  notCarriedOver?: NotCarriedOverView;
}

/** The part of BroadcastChannel the session uses. */
export interface DraftChannel {
  postMessage(message: unknown): void;
  close(): void;
  onmessage: ((event: MessageEvent) => void) | null;
}

export interface DraftSessionOptions {
  /** The pause after the last change before a save, in ms (500 by default). */
  delay?: number;
  /** Opens the channel tabs talk over; BroadcastChannel where there is one. `null`: no channel. */
  channel?: ((name: string) => DraftChannel) | null;
}

export interface DraftSession {
  /**
   * A new model, key or drafts: its draft comes back from `drafts` (the host's, from `createDrafts`),
   * or from the browser's (IndexedDB, its own key) when the host gives none. A remade model under
   * the same key and drafts keeps what is in it.
   */
  attach(model: FormModel, key: string | undefined, drafts?: Drafts): Promise<void>;
  /** The person changed the data: save after a pause. (Changes the host makes are not drafts.) */
  changed(): void;
  /** Save now what is waiting to be saved. */
  flush(): Promise<void>;
  /** Remove the draft and those set aside from it – after a valid submit, or the host's `clearDraft()`. */
  clear(): Promise<void>;
  /** The person's discard button: removes the draft; true when it had been restored (the host's data should come back). */
  discard(): Promise<boolean>;
  /** The person closed the "not carried over" box: it goes, and the next save leaves its values out. */
  dismissNotCarriedOver(): void;
  /** Copies the values not carried over (as last shown) to the clipboard; false when the page may not (they stay on screen). */
  copyNotCarriedOver(): Promise<boolean>;
  /** What to show, in the locale (the same object until something changes). */
  getView(locale: Locale): DraftView;
  subscribe(listener: () => void): () => void;
  /** Listen to the page (hidden, left, back from the cache); call when the renderer is shown. */
  connect(): void;
  /** Save what waits, tell other tabs, stop listening; call when the renderer goes. */
  disconnect(): void;
}

const CHANNEL = 'asysta-drafts';

interface TabMessage {
  asysta: 'draft';
  type: 'open' | 'here' | 'saved' | 'closed';
  key: string;
  tab: string;
}

function isTabMessage(data: unknown): data is TabMessage {
  const m = data as Partial<TabMessage> | null;
  return !!m && m.asysta === 'draft' && typeof m.key === 'string' && typeof m.tab === 'string' && ['open', 'here', 'saved', 'closed'].includes(m.type ?? '');
}

let browser: Promise<Drafts> | undefined;

/** The browser's drafts (IndexedDB, its own key), shared by the forms of a page. */
function browserDrafts(): Promise<Drafts> {
  return (browser ??= import('./drafts-idb.js')
    .then((m) => m.openIdbDrafts())
    .catch((error: unknown) => {
      browser = undefined;
      throw error;
    }));
}

function defaultChannel(name: string): DraftChannel | undefined {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : undefined;
}

function tabId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

function valueText(value: NotCarriedOver['value'], locale: Locale): string {
  if (typeof value === 'boolean') return translate(value ? 'ui.yes' : 'ui.no', locale);
  return String(value);
}

export function createDraftSession(options: DraftSessionOptions = {}): DraftSession {
  const delay = options.delay ?? 500;
  const tab = tabId();
  let model: FormModel | undefined;
  let hostDrafts: Drafts | undefined;
  /** The key the model's draft is under; undefined until its restore has finished (and while drafts are off). */
  let active: string | undefined;
  /** The key last asked for (to clear when drafts are off or still restoring). */
  let wanted: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;
  let notice: { kind: 'restored'; savedAt: string } | { kind: 'unreadable'; text: string } | { kind: 'off' } | undefined;
  let notCarriedOver: readonly NotCarriedOver[] = [];
  let copied = false;
  const others = new Set<string>();
  let channel: DraftChannel | undefined;
  let view: { locale: Locale; value: DraftView } | undefined;
  const listeners = new Set<() => void>();

  const notify = () => {
    view = undefined;
    for (const listener of [...listeners]) listener();
  };
  const drafts = (): Promise<Drafts> => (hostDrafts ? Promise.resolve(hostDrafts) : browserDrafts());
  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const off = (error: unknown) => {
    // The reason (a DOMException name, no field value) is for the console of whoever debugs the page.
    if (!(error instanceof AsystaError)) console.warn('asysta: drafts are off', error instanceof Error ? error.name : typeof error);
    notice = { kind: 'off' };
    active = undefined;
    notify();
  };

  const post = (type: TabMessage['type'], key: string | undefined) => {
    if (!key) return;
    try {
      channel?.postMessage({ asysta: 'draft', type, key, tab } satisfies TabMessage);
    } catch {
      // A closed channel: nothing to tell.
    }
  };
  const openChannel = () => {
    if (channel || options.channel === null) return;
    channel = (options.channel ?? defaultChannel)(CHANNEL);
    if (!channel) return;
    channel.onmessage = (event) => {
      const message: unknown = event.data;
      if (!isTabMessage(message) || message.tab === tab || message.key !== active) return;
      const before = others.size;
      if (message.type === 'closed') others.delete(message.tab);
      else others.add(message.tab);
      if (message.type === 'open') post('here', active);
      if (others.size !== before) notify();
    };
  };
  const leaveOthers = () => {
    post('closed', active);
    if (others.size) {
      others.clear();
      notify();
    }
  };

  const save = async (): Promise<void> => {
    const pending = timer !== undefined;
    cancel();
    const key = active;
    if (!pending || !model || !key) return;
    try {
      await (await drafts()).save(key, model, { notCarriedOver });
      post('saved', key);
    } catch (error) {
      off(error);
    }
  };

  const clear = async (): Promise<void> => {
    cancel();
    const key = active ?? wanted;
    if (notice?.kind !== 'off') notice = undefined;
    notCarriedOver = [];
    notify();
    if (!key) return;
    try {
      await (await drafts()).discard(key);
    } catch (error) {
      off(error);
    }
  };

  const flushOnHide = () => {
    if (typeof document !== 'undefined' && document.visibilityState === 'hidden') void save();
  };
  const onPageHide = () => {
    void save();
    post('closed', active);
  };
  const onPageShow = (event: PageTransitionEvent) => {
    // Back from the page cache: this tab has the draft open again.
    if (event.persisted) post('open', active);
  };

  const buildView = (locale: Locale): DraftView => {
    const out: DraftView = {};
    const discard = translate('ui.draft.discard', locale);
    if (notice?.kind === 'restored') out.notice = { kind: 'restored', text: draftRestoredNotice(notice.savedAt, locale), discard };
    else if (notice?.kind === 'unreadable') out.notice = { kind: 'unreadable', text: notice.text, discard };
    else if (notice?.kind === 'off') out.notice = { kind: 'off', text: translate('error.draft.storage', locale) };
    if (others.size) out.otherTab = translate('ui.draft.otherTab', locale);
    if (notCarriedOver.length) {
      const items = notCarriedOver.map((entry) => ({
        pointer: entry.pointer,
        label: entry.label?.[locale] ?? entry.pointer,
        text: valueText(entry.value, locale),
        reason: translate(`ui.draft.notCarriedOver.${entry.reason}`, locale),
      }));
      out.notCarriedOver = {
        title: translate('ui.draft.notCarriedOver.title', locale),
        hint: translate('ui.draft.notCarriedOver.hint', locale),
        items,
        copy: translate(copied ? 'ui.draft.notCarriedOver.copied' : 'ui.draft.notCarriedOver.copy', locale),
        dismiss: translate('ui.draft.notCarriedOver.dismiss', locale),
        copyText: items.map((item) => `${item.label}: ${item.text}`).join('\n'),
      };
    }
    return out;
  };

  /** The person changed the data while its draft was still being looked for. */
  let changedEarly = false;
  const changed = () => {
    if (!active) {
      changedEarly = wanted !== undefined;
      return;
    }
    cancel();
    timer = setTimeout(() => void save(), delay);
  };
  /** The locale of the view last drawn (what the clipboard gets). */
  let shown: Locale = 'pl';
  const getView = (locale: Locale): DraftView => {
    shown = locale;
    if (view?.locale !== locale) view = { locale, value: buildView(locale) };
    return view.value;
  };

  /** The restore under way: asked again for the same model and key (React's strict mode), it is not run twice. */
  let restoring: { model: FormModel; key: string | undefined; drafts: Drafts | undefined; done: Promise<void> } | undefined;
  const attach = async (next: FormModel, key: string | undefined, given: Drafts | undefined): Promise<void> => {
    const sameDraft = key !== undefined && key === active && given === hostDrafts && model !== undefined;
    // What waits to be saved belongs to the old model: save it first.
    if (timer !== undefined) await save();
    model = next;
    if (sameDraft) return;
    hostDrafts = given;
    leaveOthers();
    active = undefined;
    wanted = key;
    changedEarly = false;
    const mine = ++attempt;
    if (!key) return;
    try {
        const result = await (await drafts()).restore(key, next);
      if (mine !== attempt || next !== model) return;
      if (result.status === 'restored') {
        notice = { kind: 'restored', savedAt: result.savedAt };
        notCarriedOver = result.notCarriedOver;
        copied = false;
      } else if (result.status === 'unreadable') {
        notice = { kind: 'unreadable', text: result.error.message.split('\n')[0]! };
      } else if (notice?.kind === 'off') notice = undefined;
      active = key;
      openChannel();
      post('open', key);
      notify();
      // Typed before the lookup ended, with no draft to bring back: that is the draft now.
      if (changedEarly && result.status !== 'restored') changed();
    } catch (error) {
      if (mine === attempt) off(error);
    }
  };

  return {
    attach(next, key, given) {
      if (restoring && restoring.model === next && restoring.key === key && restoring.drafts === given) return restoring.done;
      const current = { model: next, key, drafts: given, done: attach(next, key, given) };
      restoring = current;
      void current.done.finally(() => {
        if (restoring === current) restoring = undefined;
      });
      return current.done;
    },

    changed,

    flush: save,
    clear,

    async discard() {
      const restored = notice?.kind === 'restored';
      await clear();
      return restored;
    },

    dismissNotCarriedOver() {
      if (!notCarriedOver.length) return;
      notCarriedOver = [];
      notify();
      // Saved soon, so that a reload does not bring the closed box back.
      changed();
    },

    async copyNotCarriedOver() {
      const text = getView(shown).notCarriedOver?.copyText;
      const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
      if (!text || typeof clipboard?.writeText !== 'function') return false;
      try {
        await clipboard.writeText(text);
      } catch {
        return false;
      }
      copied = true;
      notify();
      return true;
    },

    getView,

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    connect() {
      // Shown again (moved in the page): other tabs learn that this one has the draft open.
      if (active) {
        openChannel();
        post('open', active);
      }
      if (typeof window === 'undefined') return;
      window.addEventListener('pagehide', onPageHide);
      window.addEventListener('pageshow', onPageShow);
      document.addEventListener('visibilitychange', flushOnHide);
    },

    disconnect() {
      void save();
      post('closed', active);
      others.clear();
      channel?.close();
      channel = undefined;
      if (typeof window === 'undefined') return;
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('pageshow', onPageShow);
      document.removeEventListener('visibilitychange', flushOnHide);
    },
  };
}
