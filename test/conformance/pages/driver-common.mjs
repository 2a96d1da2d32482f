// What both drivers give the suite: window.asystaDriver.mount(options), .setData(data), .root(), a
// log of the events (asysta-change, -submit, -error) and CSP violations, and `drafts`: the page's
// IndexedDB drafts as a host would see them (keys, an old version's draft, the store checked raw).
import { createDraftKey, createDrafts, createFormModel, sealDraft } from '@asysta/forms';
import { openIdbDraftStore } from '@asysta/forms/drafts-idb';

export function installDriver(renderer) {
  const log = { violations: [], change: [], submit: [], error: [] };
  window.addEventListener('securitypolicyviolation', (event) => log.violations.push(`${event.effectiveDirective} ${event.blockedURI}`), true);
  for (const type of ['change', 'submit', 'error']) window.addEventListener(`asysta-${type}`, (event) => log[type].push(event.detail), true);
  let mounted;
  window.asystaDriver = {
    log,
    mount(options) {
      log.change.length = log.submit.length = log.error.length = 0;
      mounted = renderer.mount(document.getElementById('host'), options);
    },
    setData: (data) => mounted.setData(data),
    root: () => mounted.root(),
    drafts,
  };
}

/** Reads a record as IndexedDB holds it, without the idb wrapper. */
function rawRecord(name, store, key) {
  return new Promise((done, fail) => {
    const open = indexedDB.open(name);
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const request = db.transaction(store).objectStore(store).get(key);
      request.onsuccess = () => {
        db.close();
        done(request.result);
      };
      request.onerror = () => fail(request.error);
    };
  });
}

const drafts = {
  /** The keys of the drafts the renderers keep (the default database). */
  async keys() {
    const store = await openIdbDraftStore();
    try {
      return (await store.list()).map((s) => s.key);
    } finally {
      store.close();
    }
  },
  /** The version of the form each draft was saved in, by key. */
  async versions() {
    const store = await openIdbDraftStore();
    try {
      return Object.fromEntries((await store.list()).map((s) => [s.key, s.version]));
    } finally {
      store.close();
    }
  },
  /** A draft as an earlier version of the form saved it, under the database's own key. */
  async plant(key, formId, version, data) {
    const store = await openIdbDraftStore();
    try {
      const meta = { key, formId, version, savedAt: '2026-03-12T13:05:00.000Z' };
      await store.save(await sealDraft(await store.defaultKey(), meta, { data, interaction: { touched: [], submitAttempts: 0 } }));
    } finally {
      store.close();
    }
  },
  /** The IndexedDB store in this browser: save, load, list, delete, what it holds raw, another key. */
  async checkStore(secret) {
    const name = 'asysta-conformance-idb';
    const store = await openIdbDraftStore({ name });
    const own = createDrafts({ store, key: () => store.defaultKey(), now: () => new Date('2026-03-12T13:05:00Z') });
    const options = { profile: 'konstancin-jeziorna', asOf: '2026-03-31' };
    const typed = createFormModel('karta-czasu-pracy', options);
    typed.setValue('/assistant', secret);
    const out = {};
    try {
      await own.save('case-1', typed);
      await own.save('case-2', createFormModel('karta-czasu-pracy', options));
      out.listed = (await store.list()).map((s) => s.key).sort();
      out.loaded = Object.keys((await store.load('case-1')) ?? {}).sort();
      const raw = await rawRecord(name, 'drafts', 'case-1');
      out.rawHasSecret = JSON.stringify(raw).includes(secret) || JSON.stringify(raw).includes(btoa(encodeURIComponent(secret)));
      const rawKey = await rawRecord(name, 'keys', 'default');
      out.key = { type: rawKey?.constructor?.name, extractable: rawKey?.extractable };
      const back = createFormModel('karta-czasu-pracy', options);
      out.restored = (await own.restore('case-1', back)).status;
      out.value = back.getState().draft.assistant;
      const other = await createDrafts({ store, key: await createDraftKey() }).restore('case-1', createFormModel('karta-czasu-pracy', options));
      out.otherKey = { status: other.status, path: other.error?.details[0]?.path, aside: (await store.list()).filter((s) => s.asideFrom === 'case-1').length };
      await own.discard('case-1');
      await store.delete('case-2');
      out.afterDelete = (await store.list()).length;
    } finally {
      store.close();
      indexedDB.deleteDatabase(name);
    }
    return out;
  },
};
