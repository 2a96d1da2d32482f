/**
 * Drafts: what a person typed, kept so that a reload or a crash loses nothing. A draft is the
 * model's raw data and its interaction state, serialised and encrypted with AES-GCM (WebCrypto) –
 * the store only ever sees ciphertext and the metadata needed to find it (form id, definition
 * version, when it was saved). Framework-free: the IndexedDB store is in `@asysta/forms/drafts-idb`.
 */
import { AsystaError, type AsystaErrorDetail, type Locale } from '@asysta/core';
import type { InteractionSnapshot } from './interaction.js';
import { migrateDraft, migrationChain, NOT_CARRIED_OVER_REASONS, type NotCarriedOver } from './migrations.js';
import type { FormModel } from './model-types.js';
import { stepSnapshotOf } from './step-state.js';

/** One stored draft. Nothing here but the ciphertext holds a field value. */
export interface DraftRecord {
  /** The host's key (e.g. the family's case id and the form id). */
  key: string;
  formId: string;
  /** The version of the definition the draft was filled in. */
  version: string;
  /** When it was saved (ISO 8601 instant). */
  savedAt: string;
  /** The AES-GCM nonce, base64. */
  iv: string;
  /** The encrypted draft content, base64. */
  ciphertext: string;
  /** Set on a draft that could not be read and was set aside: the key it was saved under. */
  asideFrom?: string;
}

/** What `list()` tells about a draft (no ciphertext). */
export type DraftSummary = Omit<DraftRecord, 'iv' | 'ciphertext'>;

/**
 * Where drafts are kept: IndexedDB in the browser (`@asysta/forms/drafts-idb`), memory in tests
 * and servers (`createMemoryDraftStore`), or the host's own (e.g. synced to its backend). A store
 * that cannot store rejects; the drafts layer turns that into `error.draft.storage`.
 */
export interface DraftStore {
  save(record: DraftRecord): Promise<void>;
  load(key: string): Promise<DraftRecord | undefined>;
  list(): Promise<DraftSummary[]>;
  delete(key: string): Promise<void>;
}

/** What a draft brings back. */
export interface DraftContent {
  data: unknown;
  interaction: InteractionSnapshot;
  /** Values of an older version's draft that the form could not take, until the person closes their box. */
  notCarriedOver?: NotCarriedOver[];
}

/** A store in memory; records are copied in and out, as a real store would. */
export function createMemoryDraftStore(): DraftStore {
  const records = new Map<string, DraftRecord>();
  return {
    async save(record) {
      records.set(record.key, structuredClone(record));
    },
    async load(key) {
      const record = records.get(key);
      return record && structuredClone(record);
    },
    async list() {
      return [...records.values()].map(summary);
    },
    async delete(key) {
      records.delete(key);
    },
  };
}

export function summary(record: DraftRecord): DraftSummary {
  const { iv: _iv, ciphertext: _ciphertext, ...rest } = record;
  return rest;
}

/** The version of the encrypted content's format. */
const CONTENT_FORMAT = 1;
const ALGORITHM = 'AES-GCM';

/** A new AES-GCM key that cannot be exported (so a copied store alone reads nothing). */
export function createDraftKey(): Promise<CryptoKey> {
  return subtle().generateKey({ name: ALGORITHM, length: 256 }, false, ['encrypt', 'decrypt']);
}

function subtle(): SubtleCrypto {
  const crypto = globalThis.crypto;
  if (!crypto?.subtle) throw new AsystaError('error.draft.storage', 'pl', {}, [{ path: '', message: 'WebCrypto (crypto.subtle) is not available' }]);
  return crypto.subtle;
}

/** The metadata is authenticated with the content: a record moved to another key or form does not open. */
function additionalData(meta: Pick<DraftRecord, 'key' | 'formId' | 'version' | 'savedAt'>): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(JSON.stringify([CONTENT_FORMAT, meta.key, meta.formId, meta.version, meta.savedAt]));
}

/** Encrypt a draft's content into a record. */
export async function sealDraft(
  cryptoKey: CryptoKey,
  meta: Pick<DraftRecord, 'key' | 'formId' | 'version' | 'savedAt'>,
  content: DraftContent,
): Promise<DraftRecord> {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const notCarriedOver = content.notCarriedOver?.length ? { notCarriedOver: content.notCarriedOver } : {};
  const plain = new TextEncoder().encode(JSON.stringify({ v: CONTENT_FORMAT, data: content.data, interaction: content.interaction, ...notCarriedOver }));
  const sealed = await subtle().encrypt({ name: ALGORITHM, iv, additionalData: additionalData(meta) }, cryptoKey, plain);
  return { key: meta.key, formId: meta.formId, version: meta.version, savedAt: meta.savedAt, iv: toBase64(iv), ciphertext: toBase64(new Uint8Array(sealed)) };
}

/**
 * Decrypt a record. Throws `error.draft.unreadable` with a located detail (`/ciphertext` for
 * another key or damaged bytes, the field for a damaged record) – never the content.
 */
export async function openDraft(cryptoKey: CryptoKey, record: DraftRecord, locale: Locale = 'pl'): Promise<DraftContent> {
  const key = typeof record?.key === 'string' ? record.key : '';
  const fail = (path: string, message: string): AsystaError => unreadable(key, locale, [{ source: key, path, message }]);
  const shape = recordProblem(record);
  if (shape) throw fail(`/${shape}`, corrupt(locale, `${shape}`));
  let iv: Uint8Array<ArrayBuffer>;
  let sealed: Uint8Array<ArrayBuffer>;
  try {
    iv = fromBase64(record.iv);
    sealed = fromBase64(record.ciphertext);
  } catch {
    throw fail('/ciphertext', corrupt(locale, 'base64'));
  }
  const meta = { ...record, key: record.asideFrom ?? record.key };
  let plain: ArrayBuffer;
  try {
    plain = await subtle().decrypt({ name: ALGORITHM, iv, additionalData: additionalData(meta) }, cryptoKey, sealed);
  } catch {
    throw fail('/ciphertext', problem('problem.draft.decrypt', locale));
  }
  let content: unknown;
  try {
    content = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain));
  } catch {
    throw fail('/ciphertext', corrupt(locale, 'JSON'));
  }
  const parsed = content as { v?: unknown; data?: unknown; interaction?: Partial<InteractionSnapshot>; notCarriedOver?: unknown } | null;
  if (!parsed || typeof parsed !== 'object' || parsed.v !== CONTENT_FORMAT) throw fail('/ciphertext', corrupt(locale, 'v'));
  const interaction = parsed.interaction;
  if (!interaction || !Array.isArray(interaction.touched) || typeof interaction.submitAttempts !== 'number') {
    throw fail('/ciphertext', corrupt(locale, 'interaction'));
  }
  const restored: DraftContent = { data: parsed.data, interaction: { touched: interaction.touched, submitAttempts: interaction.submitAttempts, ...stepSnapshotOf(interaction) } };
  if (parsed.notCarriedOver !== undefined) {
    if (!Array.isArray(parsed.notCarriedOver) || !parsed.notCarriedOver.every(isNotCarriedOver)) throw fail('/ciphertext', corrupt(locale, 'notCarriedOver'));
    restored.notCarriedOver = parsed.notCarriedOver;
  }
  return restored;
}

function isNotCarriedOver(entry: unknown): entry is NotCarriedOver {
  if (entry === null || typeof entry !== 'object') return false;
  const { pointer, value, reason, label } = entry as Partial<NotCarriedOver>;
  return (
    typeof pointer === 'string' &&
    ['string', 'number', 'boolean'].includes(typeof value) &&
    NOT_CARRIED_OVER_REASONS.includes(reason as NotCarriedOver['reason']) &&
    (label === undefined || (typeof label === 'object' && label !== null && typeof label.pl === 'string' && typeof label.en === 'string'))
  );
}

function recordProblem(record: DraftRecord): string | undefined {
  if (!record || typeof record !== 'object') return '';
  for (const field of ['key', 'formId', 'version', 'savedAt', 'iv', 'ciphertext'] as const) {
    if (typeof record[field] !== 'string') return field;
  }
  if (record.asideFrom !== undefined && typeof record.asideFrom !== 'string') return 'asideFrom';
  return undefined;
}

function problem(code: 'problem.draft.decrypt', locale: Locale): string {
  return new AsystaError(code, locale).message;
}

function corrupt(locale: Locale, reason: string): string {
  return new AsystaError('problem.draft.corrupt', locale, { reason }).message;
}

function unreadable(key: string, locale: Locale, details: readonly AsystaErrorDetail[]): AsystaError {
  return new AsystaError('error.draft.unreadable', locale, { key }, details);
}

/** The store failed (blocked, full, private mode): drafts are off, the form goes on. */
function storageError(error: unknown, key: string, locale: Locale): AsystaError {
  if (error instanceof AsystaError) return error;
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new AsystaError('error.draft.storage', locale, {}, [{ source: key, path: '', message: reason }]);
}

export interface DraftsOptions {
  store: DraftStore;
  /** The key drafts are encrypted with: a host-supplied one (e.g. derived from the login), or a function that gives it. */
  key: CryptoKey | (() => Promise<CryptoKey>);
  locale?: Locale;
  /** The clock (tests). */
  now?: () => Date;
}

export type DraftRestore =
  | { status: 'none' }
  /**
   * The draft is back in the model. One of an earlier version of the form was carried over by the
   * definition's migrations (`migratedFrom`); what did not fit is in `notCarriedOver` – show it.
   */
  | { status: 'restored'; savedAt: string; migratedFrom?: string; notCarriedOver: NotCarriedOver[] }
  /** The draft could not be read: the form stays as it was, the draft is kept under `asideKey`. */
  | { status: 'unreadable'; error: AsystaError; asideKey: string };

export interface Drafts {
  /**
   * Encrypt and store the model's draft (raw data and interaction) under `draftKey`, with the values
   * not carried over that the person has not closed yet. Rejects with `error.draft.storage`.
   */
  save(draftKey: string, model: FormModel, extra?: { notCarriedOver?: readonly NotCarriedOver[] }): Promise<DraftRecord>;
  /**
   * Bring a stored draft back into the model (data, touched fields, submit attempts). A draft of an
   * earlier version is carried over by the definition's migrations (its fields then count as
   * touched, as host data does). A draft of another key, damaged, of another form, or of a version
   * no migration leads from is set aside – not deleted – and reported. Rejects only with
   * `error.draft.storage`.
   */
  restore(draftKey: string, model: FormModel): Promise<DraftRestore>;
  /** Remove the draft and the drafts set aside from it (after a submit, or when the person discards it). */
  discard(draftKey: string): Promise<void>;
}

/** The key a draft that could not be read is kept under. */
export function asideKey(draftKey: string, savedAt: string): string {
  return `${draftKey}#aside:${savedAt}`;
}

/** Drafts over a store and a key. */
export function createDrafts(options: DraftsOptions): Drafts {
  const { store, locale = 'pl', now = () => new Date() } = options;
  let key: Promise<CryptoKey> | undefined;
  const cryptoKey = (): Promise<CryptoKey> => {
    if (typeof options.key !== 'function') return Promise.resolve(options.key);
    return (key ??= options.key().catch((error: unknown) => {
      key = undefined;
      throw error;
    }));
  };
  const guarded = async <T>(draftKey: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      throw storageError(error, draftKey, locale);
    }
  };

  return {
    save: (draftKey, model, extra) =>
      guarded(draftKey, async () => {
        const meta = { key: draftKey, formId: model.definition.id, version: model.definition.version, savedAt: now().toISOString() };
        const content: DraftContent = { data: model.getState().draft, interaction: model.getInteraction() };
        if (extra?.notCarriedOver?.length) content.notCarriedOver = [...extra.notCarriedOver];
        const record = await sealDraft(await cryptoKey(), meta, content);
        await store.save(record);
        return record;
      }),

    restore: (draftKey, model) =>
      guarded(draftKey, async () => {
        const record = await store.load(draftKey);
        if (record === undefined) return { status: 'none' } as const;
        let error: AsystaError;
        try {
          const { id: formId, version } = model.definition;
          if (record?.formId !== formId) {
            const message = new AsystaError('problem.draft.form', locale, { found: String(record?.formId), expected: formId }).message;
            throw unreadable(draftKey, locale, [{ source: draftKey, path: '/formId', message }]);
          }
          const chain = record.version === version ? [] : typeof record.version === 'string' ? migrationChain(model.definition, record.version) : undefined;
          if (!chain) {
            const message = new AsystaError('problem.draft.version', locale, { found: String(record.version), expected: version }).message;
            throw unreadable(draftKey, locale, [{ source: draftKey, path: '/version', message }]);
          }
          const content = await openDraft(await cryptoKey(), record, locale);
          const earlier = content.notCarriedOver ?? [];
          if (!chain.length) {
            model.setData(content.data, { interaction: content.interaction });
            return { status: 'restored', savedAt: record.savedAt, notCarriedOver: earlier } as const;
          }
          // Touched pointers and submit attempts were of the old fields: the carried-over fields count as touched.
          const migrated = migrateDraft(model.definition, content.data, record.version, locale);
          model.setData(migrated.data);
          return { status: 'restored', savedAt: record.savedAt, migratedFrom: record.version, notCarriedOver: [...earlier, ...migrated.notCarriedOver] } as const;
        } catch (caught) {
          if (!(caught instanceof AsystaError)) throw caught;
          // setData's own errors (limits, not an object) are located in the data; report them as the draft's.
          error =
            caught.code === 'error.draft.unreadable'
              ? caught
              : unreadable(draftKey, locale, caught.details.length ? caught.details.map((d) => ({ ...d, source: draftKey })) : [{ source: draftKey, path: '', message: caught.message }]);
        }
        const savedAt = typeof record?.savedAt === 'string' ? record.savedAt : now().toISOString();
        const aside = asideKey(draftKey, savedAt);
        await store.save({ ...(record as DraftRecord), key: aside, asideFrom: draftKey });
        await store.delete(draftKey);
        return { status: 'unreadable', error, asideKey: aside } as const;
      }),

    discard: (draftKey) =>
      guarded(draftKey, async () => {
        const aside = (await store.list()).filter((s) => s.asideFrom === draftKey).map((s) => s.key);
        for (const key of [draftKey, ...aside]) await store.delete(key);
      }),
  };
}

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
