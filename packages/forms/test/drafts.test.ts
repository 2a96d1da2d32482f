import { describe, expect, it } from 'vitest';
import {
  AsystaError,
  createDraftKey,
  createDrafts,
  createFormModel,
  createMemoryDraftStore,
  draftRestoredNotice,
  openDraft,
  sealDraft,
  getFormDefinition,
  type DraftRecord,
  type DraftStore,
  type FormDefinition,
} from '@asysta/forms';
import fixture from '../../../test/support/migrated-card.json';

const options = { profile: 'konstancin-jeziorna', asOf: '2026-03-31' } as const;
const SECRET = 'Zofia Sekretna-Kowalska';
const PLACE = 'ul. Ukryta 7, Konstancin';
const savedAt = new Date('2026-03-12T13:05:00Z');

function typedModel() {
  const model = createFormModel('karta-czasu-pracy', options);
  model.setValue('/assistant', SECRET);
  model.touch('/assistant');
  model.addItem('/rows');
  model.setValue('/rows/0/place', PLACE);
  model.touch('/rows/0/place');
  return model;
}

const empty = () => createFormModel('karta-czasu-pracy', options).getState().draft;

async function setUp() {
  const store = createMemoryDraftStore();
  const key = await createDraftKey();
  return { store, key, drafts: createDrafts({ store, key, now: () => savedAt }) };
}

describe('drafts', () => {
  it('round trip: data, derived values and touched fields come back in a new model', async () => {
    const { drafts } = await setUp();
    const typed = typedModel();
    const record = await drafts.save('case-17/karta-czasu-pracy', typed);
    expect(record).toMatchObject({ key: 'case-17/karta-czasu-pracy', formId: 'karta-czasu-pracy', version: '1.0.0', savedAt: '2026-03-12T13:05:00.000Z' });

    const fresh = createFormModel('karta-czasu-pracy', options);
    const result = await drafts.restore('case-17/karta-czasu-pracy', fresh);
    expect(result).toEqual({ status: 'restored', savedAt: '2026-03-12T13:05:00.000Z', notCarriedOver: [] });
    expect(fresh.getState().draft).toEqual(typed.getState().draft);
    expect(fresh.getState().draft['assistant']).toBe(SECRET);
    expect(fresh.getInteraction()).toEqual(typed.getInteraction());
    expect(new Set(fresh.getInteraction().touched)).toEqual(new Set(['/assistant', '/rows/0/place']));
    // Restored touched state is the draft's, not "everything counts as touched" of host data.
    expect(fresh.getInteraction().touched).not.toContain('/month');
  });

  it('restores the submit attempts, so errors show as before the reload', async () => {
    const { drafts } = await setUp();
    const typed = typedModel();
    expect(typed.submit().valid).toBe(false);
    await drafts.save('k', typed);
    const fresh = createFormModel('karta-czasu-pracy', options);
    await drafts.restore('k', fresh);
    expect(fresh.getInteraction().submitAttempts).toBe(1);
    expect(fresh.getView().summary.alert).toBe(true);
    expect(fresh.getView().summary.errors.length).toBeGreaterThan(0);
  });

  it('stores no field value in plain text (record, listing, base64 of the values)', async () => {
    const { drafts, store } = await setUp();
    await drafts.save('k', typedModel());
    const stored = JSON.stringify(await store.load('k'));
    const listed = JSON.stringify(await store.list());
    for (const text of [stored, listed]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain('Sekretna');
      expect(text).not.toContain(PLACE);
      expect(text).not.toContain(btoa(encodeURIComponent(SECRET)));
      expect(text).not.toContain('touched');
    }
    expect(Object.keys((await store.load('k'))!).sort()).toEqual(['ciphertext', 'formId', 'iv', 'key', 'savedAt', 'version']);
  });

  it('uses a fresh nonce for every save', async () => {
    const { key } = await setUp();
    const meta = { key: 'k', formId: 'f', version: '1.0.0', savedAt: savedAt.toISOString() };
    const content = { data: { a: 1 }, interaction: { touched: [], submitAttempts: 0 } };
    const [a, b] = await Promise.all([sealDraft(key, meta, content), sealDraft(key, meta, content)]);
    expect(a.iv).not.toBe(b.iv);
    expect(a.ciphertext).not.toBe(b.ciphertext);
    expect(await openDraft(key, a)).toEqual(content);
  });

  it('a draft under another key is not opened: located failure, the form stays empty, the draft is set aside', async () => {
    const { store, drafts } = await setUp();
    await drafts.save('k', typedModel());
    const other = createDrafts({ store, key: await createDraftKey() });
    const fresh = createFormModel('karta-czasu-pracy', options);
    const result = await other.restore('k', fresh);
    expect(result.status).toBe('unreadable');
    if (result.status !== 'unreadable') return;
    expect(result.error).toBeInstanceOf(AsystaError);
    expect(result.error.code).toBe('error.draft.unreadable');
    expect(result.error.message).toContain('Nie udało się odczytać wersji roboczej „k”');
    expect(result.error.details).toEqual([{ source: 'k', path: '/ciphertext', message: 'nie da się odszyfrować (inny klucz albo uszkodzone dane)' }]);
    expect(result.error.message).not.toContain(SECRET);
    expect(fresh.getState().draft).toEqual(empty());
    // Kept aside, not deleted – and the right key still opens it.
    expect(await store.load('k')).toBeUndefined();
    const aside = await store.load(result.asideKey);
    expect(aside).toMatchObject({ asideFrom: 'k', formId: 'karta-czasu-pracy' });
    expect((await store.list()).map((s) => s.key)).toEqual([result.asideKey]);
  });

  it('a set-aside draft still opens with the right key, and discard removes it', async () => {
    const store = createMemoryDraftStore();
    const key = await createDraftKey();
    const drafts = createDrafts({ store, key, now: () => savedAt });
    await drafts.save('k', typedModel());
    const result = await createDrafts({ store, key: await createDraftKey() }).restore('k', createFormModel('karta-czasu-pracy', options));
    if (result.status !== 'unreadable') throw new Error('expected unreadable');
    const content = await openDraft(key, (await store.load(result.asideKey))!);
    expect((content.data as Record<string, unknown>)['assistant']).toBe(SECRET);
    // A new save under the key does not overwrite what was set aside.
    await drafts.save('k', createFormModel('karta-czasu-pracy', options));
    expect((await store.list()).map((s) => s.key).sort()).toEqual(['k', result.asideKey].sort());
    await drafts.discard('k');
    expect(await store.list()).toEqual([]);
  });

  it('corrupt ciphertext, corrupt record fields and an unknown version are located failures', async () => {
    const { store, key, drafts } = await setUp();
    const good = await drafts.save('k', typedModel());
    const bytes = Uint8Array.from(atob(good.ciphertext), (c) => c.charCodeAt(0));
    bytes[0] = bytes[0]! ^ 0xff;
    const cases: [Partial<DraftRecord> & Record<string, unknown>, string, string][] = [
      [{ ciphertext: btoa(String.fromCharCode(...bytes)) }, '/ciphertext', 'odszyfrować'],
      [{ ciphertext: '***not base64***' }, '/ciphertext', 'uszkodzony'],
      [{ iv: 42 as unknown as string }, '/iv', 'uszkodzony'],
      [{ version: '0.9.0' }, '/version', 'wersji 0.9.0 formularza, obecna to 1.0.0'],
      [{ formId: 'plan-pracy' }, '/formId', '„plan-pracy”'],
      // Metadata is authenticated: a changed savedAt does not open.
      [{ savedAt: '2026-03-13T00:00:00.000Z' }, '/ciphertext', 'odszyfrować'],
    ];
    for (const [change, path, text] of cases) {
      await store.save({ ...good, ...change } as DraftRecord);
      const fresh = createFormModel('karta-czasu-pracy', options);
      const result = await drafts.restore('k', fresh);
      expect(result.status, path).toBe('unreadable');
      if (result.status !== 'unreadable') continue;
      expect(result.error.details[0]!.path).toBe(path);
      expect(result.error.details[0]!.message).toContain(text);
      expect(fresh.getState().draft).toEqual(empty());
      expect(await store.load(result.asideKey)).toBeDefined();
    }
    // Encrypted content that is not a draft (right key, wrong shape).
    await store.save(await sealDraftRaw(key, good, '{"v":1,"data":{}}'));
    const result = await drafts.restore('k', createFormModel('karta-czasu-pracy', options));
    expect(result.status === 'unreadable' && result.error.details[0]).toMatchObject({ path: '/ciphertext', message: expect.stringContaining('interaction') });
  });

  it('a draft of an earlier version is carried over by the migrations; what did not fit comes back with every later save until closed', async () => {
    const { store, key, drafts } = await setUp();
    const migrated = { ...getFormDefinition('karta-czasu-pracy'), version: fixture.version, migrations: fixture.migrations } as FormDefinition;
    const meta = { key: 'k', formId: 'karta-czasu-pracy', version: fixture.oldDraft.version, savedAt: savedAt.toISOString() };
    await store.save(await sealDraft(key, meta, { data: fixture.oldDraft.data, interaction: { touched: ['/assistantName'], submitAttempts: 0 } }));

    const model = createFormModel(migrated, options);
    const result = await drafts.restore('k', model);
    expect(result).toMatchObject({ status: 'restored', migratedFrom: '0.9.0' });
    if (result.status !== 'restored') return;
    expect(result.notCarriedOver.map((n) => `${n.pointer} ${n.reason}`)).toEqual(['/rows/1/hours split', '/rows/0/notes dropped', '/fax unknown']);
    expect(model.getState().draft).toMatchObject({ assistant: 'Anna Nowak', rows: [{ time: { from: '09:00', to: '10:30' } }, { place: 'Szkoła' }] });
    // The carried-over fields count as touched (the old draft's touched pointers name old fields).
    expect(model.getInteraction().touched).toContain('/assistant');
    // Until it is saved again, the old draft stays as it was (a reload carries it over again).
    expect(await store.load('k')).toMatchObject({ version: '0.9.0' });

    const saved = await drafts.save('k', model, { notCarriedOver: result.notCarriedOver });
    expect(saved.version).toBe('1.1.0');
    expect(JSON.stringify(saved)).not.toContain('Rozmowa o szkole');
    const again = await drafts.restore('k', createFormModel(migrated, options));
    expect(again).toEqual({ status: 'restored', savedAt: savedAt.toISOString(), notCarriedOver: result.notCarriedOver });
    // Closed: the next save leaves them out.
    await drafts.save('k', model);
    expect(await drafts.restore('k', createFormModel(migrated, options))).toMatchObject({ notCarriedOver: [] });
  });

  it('a draft of a version no migration leads from (a later one): the form opens empty, the draft is set aside', async () => {
    const { store, key, drafts } = await setUp();
    const migrated = { ...getFormDefinition('karta-czasu-pracy'), version: fixture.version, migrations: fixture.migrations } as FormDefinition;
    const meta = { key: 'k', formId: 'karta-czasu-pracy', version: '2.0.0', savedAt: savedAt.toISOString() };
    await store.save(await sealDraft(key, meta, { data: { assistant: SECRET }, interaction: { touched: [], submitAttempts: 0 } }));
    const model = createFormModel(migrated, options);
    const result = await drafts.restore('k', model);
    expect(result.status).toBe('unreadable');
    if (result.status !== 'unreadable') return;
    expect(result.error.details[0]).toMatchObject({ path: '/version', message: 'wersja robocza pochodzi z wersji 2.0.0 formularza, obecna to 1.1.0 (brak migracji)' });
    expect(model.getState().draft['assistant']).toBeUndefined();
    expect(await store.load(result.asideKey)).toMatchObject({ asideFrom: 'k', version: '2.0.0' });
  });

  it('the restore notice gives the save time in Europe/Warsaw, in Polish and English', () => {
    expect(draftRestoredNotice('2026-03-12T13:05:00.000Z')).toBe('Przywrócono wersję roboczą z 12 marca 2026, 14:05.');
    expect(draftRestoredNotice('2026-07-01T06:30:00.000Z', 'en')).toBe('The draft of 1 July 2026, 08:30 has been restored.');
  });

  it('no draft: nothing happens', async () => {
    const { drafts } = await setUp();
    const fresh = createFormModel('karta-czasu-pracy', options);
    expect(await drafts.restore('none', fresh)).toEqual({ status: 'none' });
  });

  it('a store that is blocked or full gives error.draft.storage ("drafts are off"), in Polish and English', async () => {
    const full: DraftStore = {
      ...createMemoryDraftStore(),
      save: () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
      load: () => Promise.reject(new DOMException('blocked', 'InvalidStateError')),
    };
    const key = await createDraftKey();
    const pl = await createDrafts({ store: full, key }).save('k', typedModel()).catch((e: unknown) => e);
    expect(pl).toBeInstanceOf(AsystaError);
    expect((pl as AsystaError).code).toBe('error.draft.storage');
    expect((pl as AsystaError).message).toContain('Wersje robocze są wyłączone');
    expect((pl as AsystaError).details[0]).toMatchObject({ source: 'k', message: expect.stringContaining('QuotaExceededError') });
    expect((pl as AsystaError).message).not.toContain(SECRET);
    const en = await createDrafts({ store: full, key, locale: 'en' }).restore('k', typedModel()).catch((e: unknown) => e);
    expect((en as AsystaError).message).toContain('Drafts are off');
    // A key that cannot be had (e.g. IndexedDB blocked) is the same failure, and is asked again next time.
    let calls = 0;
    const noKey = createDrafts({ store: createMemoryDraftStore(), key: () => (++calls === 1 ? Promise.reject(new Error('blocked')) : createDraftKey()) });
    await expect(noKey.save('k', typedModel())).rejects.toMatchObject({ code: 'error.draft.storage' });
    await expect(noKey.save('k', typedModel())).resolves.toMatchObject({ key: 'k' });
  });
});

/** Encrypt arbitrary text as a draft would be (for content that is not a draft). */
async function sealDraftRaw(key: CryptoKey, meta: DraftRecord, text: string): Promise<DraftRecord> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const aad = new TextEncoder().encode(JSON.stringify([1, meta.key, meta.formId, meta.version, meta.savedAt]));
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad }, key, new TextEncoder().encode(text)));
  return { ...meta, iv: btoa(String.fromCharCode(...iv)), ciphertext: btoa(String.fromCharCode(...sealed)) };
}
