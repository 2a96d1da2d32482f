import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createDraftKey,
  createDrafts,
  createDraftSession,
  createFormModel,
  createMemoryDraftStore,
  getFormDefinition,
  sealDraft,
  type DraftSession,
  type DraftStore,
  type FormDefinition,
} from '@asysta/forms';
import fixture from '../../../test/support/migrated-card.json';

const options = { profile: 'konstancin-jeziorna', asOf: '2026-03-31' } as const;
const KEY = 'case-17/karta-czasu-pracy';
const savedAt = new Date('2026-03-12T13:05:00Z');
const sessions: DraftSession[] = [];

afterEach(() => {
  for (const session of sessions.splice(0)) session.disconnect();
  vi.unstubAllGlobals();
});

async function setUp(store: DraftStore = createMemoryDraftStore()) {
  const drafts = createDrafts({ store, key: await createDraftKey(), now: () => savedAt });
  const open = () => {
    const session = createDraftSession({ delay: 20 });
    sessions.push(session);
    return session;
  };
  return { store, drafts, open };
}

const model = (definition: FormDefinition | string = 'karta-czasu-pracy') => createFormModel(definition, options);

describe('createDraftSession', () => {
  it('restores with the notice, saves after a pause, and discards back to nothing', async () => {
    const { store, drafts, open } = await setUp();
    const typed = model();
    typed.setValue('/assistant', 'Anna Nowak');
    await drafts.save(KEY, typed);

    const session = open();
    const fresh = model();
    await session.attach(fresh, KEY, drafts);
    expect(fresh.getState().draft['assistant']).toBe('Anna Nowak');
    expect(session.getView('pl')).toEqual({ notice: { kind: 'restored', text: 'Przywrócono wersję roboczą z 12 marca 2026, 14:05.', discard: 'Odrzuć wersję roboczą' } });

    fresh.setValue('/assistant', 'Anna Kowalska');
    session.changed();
    await vi.waitFor(async () => {
      const again = model();
      await drafts.restore(KEY, again);
      expect(again.getState().draft['assistant']).toBe('Anna Kowalska');
    });

    expect(await session.discard()).toBe(true);
    expect(session.getView('pl')).toEqual({});
    expect(await store.list()).toEqual([]);
    // Nothing waits to be saved: a flush stores nothing.
    await session.flush();
    expect(await store.list()).toEqual([]);
  });

  it('a remade model under the same key keeps what it holds: what waited is saved first, nothing is restored over it', async () => {
    const { drafts, open } = await setUp();
    const session = open();
    const first = model();
    await session.attach(first, KEY, drafts);
    first.setValue('/assistant', 'Anna');
    session.changed();
    const second = model();
    second.setValue('/assistant', 'Anna (remade)');
    await session.attach(second, KEY, drafts);
    expect(second.getState().draft['assistant']).toBe('Anna (remade)');
    const stored = model();
    await drafts.restore(KEY, stored);
    expect(stored.getState().draft['assistant']).toBe('Anna');
  });

  it('changes before the restore has finished, or without a key, are not saved; clear removes the draft', async () => {
    const { store, open, drafts } = await setUp();
    const session = open();
    const m = model();
    session.changed();
    await session.attach(m, undefined, drafts);
    m.setValue('/assistant', 'Anna');
    session.changed();
    await session.flush();
    expect(await store.list()).toEqual([]);
    await session.attach(m, KEY, drafts);
    session.changed();
    await session.flush();
    expect((await store.list()).map((s) => s.key)).toEqual([KEY]);
    await session.clear();
    expect(await store.list()).toEqual([]);
  });

  it('typed while the draft is still looked for, and there was none: what was typed is saved', async () => {
    const memory = createMemoryDraftStore();
    let release: (() => void) | undefined;
    const slow: DraftStore = { ...memory, load: (key) => new Promise((done) => (release = () => done(memory.load(key)))) };
    const { store, open, drafts } = await setUp(slow);
    const session = open();
    const m = model();
    const attached = session.attach(m, KEY, drafts);
    m.setValue('/assistant', 'Anna');
    session.changed();
    await vi.waitFor(() => expect(release).toBeDefined());
    release!();
    await attached;
    await session.flush();
    expect((await store.list()).map((s) => s.key)).toEqual([KEY]);
  });

  it('storage that fails: drafts are off, in words, and the form goes on', async () => {
    const failing: DraftStore = { ...createMemoryDraftStore(), load: () => Promise.reject(new DOMException('blocked', 'InvalidStateError')) };
    const { open, drafts } = await setUp(failing);
    const session = open();
    await session.attach(model(), KEY, drafts);
    expect(session.getView('en').notice).toEqual({ kind: 'off', text: expect.stringContaining('Drafts are off') });
    session.changed();
    await session.flush();
  });

  it('an older version’s draft: the values not carried over are shown, copied, kept in the draft, and gone once closed', async () => {
    const store = createMemoryDraftStore();
    const key = await createDraftKey();
    const drafts = createDrafts({ store, key, now: () => savedAt });
    const migrated = { ...getFormDefinition('karta-czasu-pracy'), version: fixture.version, migrations: fixture.migrations } as FormDefinition;
    await store.save(await sealDraft(key, { key: KEY, formId: migrated.id, version: fixture.oldDraft.version, savedAt: savedAt.toISOString() }, { data: fixture.oldDraft.data, interaction: { touched: [], submitAttempts: 0 } }));
    const session = createDraftSession({ delay: 20 });
    sessions.push(session);
    await session.attach(model(migrated), KEY, drafts);
    const box = session.getView('pl').notCarriedOver!;
    expect(box.title).toBe('Nie przeniesiono do formularza');
    expect(box.items).toEqual([
      { pointer: '/rows/1/hours', label: 'Godziny spotkania', text: 'rano', reason: 'nie dało się podzielić na pola' },
      { pointer: '/rows/0/notes', label: 'Uwagi do spotkania', text: 'Rozmowa o szkole', reason: 'tego pola nie ma już w formularzu' },
      { pointer: '/fax', label: '/fax', text: '22 756 00 00', reason: 'formularz nie ma takiego pola' },
    ]);
    expect(box.copyText).toBe('Godziny spotkania: rano\nUwagi do spotkania: Rozmowa o szkole\n/fax: 22 756 00 00');

    // No clipboard (Node): the values stay on screen.
    expect(await session.copyNotCarriedOver()).toBe(false);
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    expect(await session.copyNotCarriedOver()).toBe(true);
    expect(writeText).toHaveBeenCalledWith(box.copyText);
    expect(session.getView('pl').notCarriedOver!.copy).toBe('Skopiowano');

    session.dismissNotCarriedOver();
    expect(session.getView('pl').notCarriedOver).toBeUndefined();
    await session.flush();
    const reopened = createDraftSession();
    sessions.push(reopened);
    await reopened.attach(model(migrated), KEY, drafts);
    expect(reopened.getView('pl').notice?.kind).toBe('restored');
    expect(reopened.getView('pl').notCarriedOver).toBeUndefined();
  });

  it('two tabs on one draft key are each told; the later save wins; closing one tells the other', async () => {
    const { drafts, open } = await setUp();
    const a = open();
    const b = open();
    const other = open();
    const inA = model();
    const inB = model();
    await a.attach(inA, KEY, drafts);
    await other.attach(model(), 'case-18/karta-czasu-pracy', drafts);
    await b.attach(inB, KEY, drafts);
    const told = 'Ten formularz jest otwarty w innej karcie. Wersja robocza zapisuje się z tej karty, w której zmieniono go ostatnio.';
    await vi.waitFor(() => expect(a.getView('pl').otherTab).toBe(told));
    await vi.waitFor(() => expect(b.getView('pl').otherTab).toBe(told));
    expect(other.getView('pl').otherTab).toBeUndefined();

    inA.setValue('/assistant', 'z karty A');
    a.changed();
    await a.flush();
    inB.setValue('/assistant', 'z karty B');
    b.changed();
    await b.flush();
    const stored = model();
    await drafts.restore(KEY, stored);
    expect(stored.getState().draft['assistant']).toBe('z karty B');

    b.disconnect();
    await vi.waitFor(() => expect(a.getView('pl').otherTab).toBeUndefined());
  });

  it('the view is one object until something changes (renderers may compare it), and follows the locale', async () => {
    const failing: DraftStore = { ...createMemoryDraftStore(), load: () => Promise.reject(new Error('blocked')) };
    const drafts = createDrafts({ store: failing, key: await createDraftKey() });
    const session = createDraftSession({ channel: null });
    sessions.push(session);
    const seen = vi.fn();
    session.subscribe(seen);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await session.attach(model(), KEY, drafts);
    expect(seen).toHaveBeenCalled();
    expect(session.getView('pl')).toBe(session.getView('pl'));
    expect(session.getView('en').notice?.text).toContain('Drafts are off');
  });
});
