/**
 * The browser's draft store: IndexedDB (through `idb`), with the default encryption key – a
 * non-extractable AES-GCM CryptoKey – kept in the same database, so a copy of the stored drafts
 * cannot be read elsewhere. `@asysta/forms/drafts-idb`; the rest of the package does not need it.
 *
 * @packageDocumentation
 * @module @asysta/forms/drafts-idb
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { AsystaError, type Locale } from '@asysta/core';
import { createDraftKey, createDrafts, summary, type DraftRecord, type Drafts, type DraftsOptions, type DraftStore } from './drafts.js';

interface DraftsDb extends DBSchema {
  drafts: { key: string; value: DraftRecord };
  keys: { key: string; value: CryptoKey };
}

const DEFAULT_NAME = 'asysta-drafts';
const KEY_ID = 'default';

export interface IdbDraftStoreOptions {
  /** The database name; `asysta-drafts` by default. */
  name?: string;
  locale?: Locale;
}

export interface IdbDraftStore extends DraftStore {
  /** The key kept in this database (created on first use; it cannot be exported). */
  defaultKey(): Promise<CryptoKey>;
  close(): void;
}

function storageError(error: unknown, locale: Locale, name: string): AsystaError {
  if (error instanceof AsystaError) return error;
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new AsystaError('error.draft.storage', locale, {}, [{ source: name, path: '', message: reason }]);
}

/**
 * Open the IndexedDB store. Rejects with `error.draft.storage` when IndexedDB is missing, blocked
 * (private mode, a policy) or fails – the host shows "drafts are off" and the form goes on.
 */
export async function openIdbDraftStore(options: IdbDraftStoreOptions = {}): Promise<IdbDraftStore> {
  const { name = DEFAULT_NAME, locale = 'pl' } = options;
  let db: IDBPDatabase<DraftsDb>;
  try {
    if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
    db = await openDB<DraftsDb>(name, 1, {
      upgrade(database) {
        database.createObjectStore('drafts', { keyPath: 'key' });
        database.createObjectStore('keys');
      },
      // Another tab opens a newer version: let it.
      blocking() {
        db.close();
      },
    });
  } catch (error) {
    throw storageError(error, locale, name);
  }
  const guard = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      throw storageError(error, locale, name);
    }
  };
  let key: Promise<CryptoKey> | undefined;

  return {
    save: (record) => guard(async () => void (await db.put('drafts', record))),
    load: (draftKey) => guard(() => db.get('drafts', draftKey)),
    list: () => guard(async () => (await db.getAll('drafts')).map(summary)),
    delete: (draftKey) => guard(() => db.delete('drafts', draftKey)),
    defaultKey: () =>
      (key ??= guard(async () => {
        const stored = await db.get('keys', KEY_ID);
        if (stored) return stored;
        const created = await createDraftKey();
        try {
          await db.add('keys', created, KEY_ID);
          return created;
        } catch (error) {
          // Another tab created it first: use that one.
          const other = await db.get('keys', KEY_ID);
          if (other) return other;
          throw error;
        }
      }).catch((error: unknown) => {
        key = undefined;
        throw error;
      })),
    close: () => db.close(),
  };
}

export interface IdbDraftsOptions extends IdbDraftStoreOptions {
  /** A key of the host's (e.g. derived from the person's login); the database's own by default. */
  key?: DraftsOptions['key'];
  now?: () => Date;
}

/** Drafts in IndexedDB, encrypted with the host's key or the database's own. Rejects with `error.draft.storage`. */
export async function openIdbDrafts(options: IdbDraftsOptions = {}): Promise<Drafts & { store: IdbDraftStore }> {
  const store = await openIdbDraftStore(options);
  const drafts = createDrafts({
    store,
    key: options.key ?? (() => store.defaultKey()),
    ...(options.locale ? { locale: options.locale } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  return { ...drafts, store };
}
