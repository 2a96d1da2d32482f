import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { AsystaError, createDraftKey, createFormModel } from '@asysta/forms';
import { openIdbDraftStore, openIdbDrafts } from '@asysta/forms/drafts-idb';

const options = { profile: 'konstancin-jeziorna', asOf: '2026-03-31' } as const;
const SECRET = 'Zofia Sekretna-Kowalska';
let n = 0;
const dbName = () => `asysta-drafts-test-${++n}`;
const opened: { close(): void }[] = [];
afterEach(() => opened.splice(0).forEach((s) => s.close()));

function typedModel() {
  const model = createFormModel('karta-czasu-pracy', options);
  model.setValue('/assistant', SECRET);
  model.touch('/assistant');
  return model;
}

describe('IndexedDB drafts', () => {
  it('survive closing the database (a reload) with the database’s own non-extractable key', async () => {
    const name = dbName();
    const first = await openIdbDrafts({ name });
    await first.save('case-1/karta-czasu-pracy', typedModel());
    const key = await first.store.defaultKey();
    expect(key.extractable).toBe(false);
    first.store.close();

    const second = await openIdbDrafts({ name });
    opened.push(second.store);
    const fresh = createFormModel('karta-czasu-pracy', options);
    expect(await second.restore('case-1/karta-czasu-pracy', fresh)).toMatchObject({ status: 'restored' });
    expect(fresh.getState().draft['assistant']).toBe(SECRET);
    expect(fresh.getInteraction().touched).toEqual(['/assistant']);
    const [listed] = await second.store.list();
    expect(listed).toMatchObject({ key: 'case-1/karta-czasu-pracy', formId: 'karta-czasu-pracy', version: '1.0.0' });
    expect(JSON.stringify(await second.store.load('case-1/karta-czasu-pracy'))).not.toContain('Sekretna');
    await second.discard('case-1/karta-czasu-pracy');
    expect(await second.store.list()).toEqual([]);
  });

  it('with a host key, a draft cannot be read after the key is gone (logout); it is set aside', async () => {
    const name = dbName();
    const login = await openIdbDrafts({ name, key: await createDraftKey() });
    opened.push(login.store);
    await login.save('k', typedModel());
    const next = await openIdbDrafts({ name, key: await createDraftKey() });
    opened.push(next.store);
    const result = await next.restore('k', createFormModel('karta-czasu-pracy', options));
    expect(result.status).toBe('unreadable');
    if (result.status === 'unreadable') expect(await next.store.load(result.asideKey)).toMatchObject({ asideFrom: 'k' });
  });

  it('the same default key comes back for two stores on one database', async () => {
    const name = dbName();
    const a = await openIdbDraftStore({ name });
    const b = await openIdbDraftStore({ name });
    opened.push(a, b);
    const [ka, kb] = [await a.defaultKey(), await b.defaultKey()];
    const drafts = await openIdbDrafts({ name, key: ka });
    opened.push(drafts.store);
    await drafts.save('k', typedModel());
    const other = await openIdbDrafts({ name, key: kb });
    opened.push(other.store);
    expect(await other.restore('k', createFormModel('karta-czasu-pracy', options))).toMatchObject({ status: 'restored' });
  });

  it('no IndexedDB (blocked, private mode) is error.draft.storage: "drafts are off"', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error – the browser without IndexedDB
    delete globalThis.indexedDB;
    try {
      const error = await openIdbDrafts({ name: dbName() }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AsystaError);
      expect((error as AsystaError).code).toBe('error.draft.storage');
      expect((error as AsystaError).message).toMatch(/^Wersje robocze są wyłączone/);
      const en = await openIdbDraftStore({ name: dbName(), locale: 'en' }).catch((e: unknown) => e);
      expect((en as AsystaError).message).toMatch(/^Drafts are off/);
    } finally {
      globalThis.indexedDB = saved;
    }
  });
});
