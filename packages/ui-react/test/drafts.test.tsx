// @vitest-environment jsdom
import { createRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/react';
import { createDraftKey, createDrafts, createMemoryDraftStore, getFormDefinition, sealDraft, type Drafts, type DraftStore, type FormDefinition } from '@asysta/forms';
import { AsystaForm, type AsystaFormHandle } from '@asysta/ui-react';
import fixture from '../../../test/support/migrated-card.json';

afterEach(cleanup);

const SECRET = 'Zofia Sekretna-Kowalska';
const KEY = 'case-17/karta-czasu-pracy';

function mount(drafts: Drafts, props: Partial<Parameters<typeof AsystaForm>[0]> = {}) {
  const view = render(<AsystaForm form="karta-czasu-pracy" profile="konstancin-jeziorna" asOf="2026-03-31" draftKey={KEY} drafts={drafts} {...props} />);
  const root = view.container;
  return {
    ...view,
    assistant: () => root.querySelector<HTMLInputElement>('input[id$="_assistant"]')!,
    notice: () => root.querySelector('.asysta-draft-notice'),
    type(value: string) {
      fireEvent.change(root.querySelector('input[id$="_assistant"]')!, { target: { value } });
    },
  };
}

async function setUp() {
  const store = createMemoryDraftStore();
  const drafts = createDrafts({ store, key: await createDraftKey(), now: () => new Date('2026-03-12T13:05:00Z') });
  return { store, drafts };
}

describe('<AsystaForm draftKey>', () => {
  it('saves what is typed (encrypted) on pagehide, restores it on the next load with a notice, and discards it back to the host’s data', async () => {
    const { store, drafts } = await setUp();
    const first = mount(drafts);
    first.type(SECRET);
    window.dispatchEvent(new Event('pagehide'));
    await waitFor(async () => expect(await store.load(KEY)).toBeDefined());
    expect(JSON.stringify(await store.load(KEY))).not.toContain('Sekretna');
    first.unmount();

    const second = mount(drafts, { data: { assistant: 'Dane hosta' } });
    await waitFor(() => expect(second.assistant().value).toBe(SECRET));
    await waitFor(() => expect(second.notice()?.textContent).toContain('Przywrócono wersję roboczą z 12 marca 2026, 14:05.'));
    const discard = second.notice()!.querySelector('button')!;
    expect(discard.textContent).toBe('Odrzuć wersję roboczą');
    fireEvent.click(discard);
    await waitFor(() => expect(second.notice()).toBeNull());
    await waitFor(() => expect(second.assistant().value).toBe('Dane hosta'));
    expect(await store.list()).toEqual([]);
  });

  it('autosaves after a pause; a valid submit removes the draft, and so does clearDraft() on the ref', async () => {
    const { store, drafts } = await setUp();
    const ref = createRef<AsystaFormHandle>();
    const valid = getFormDefinition('karta-czasu-pracy').examples.valid[0]!.data;
    const form = mount(drafts, { data: valid, ref });
    form.type('Anna Nowak');
    await waitFor(async () => expect(await store.load(KEY)).toBeDefined(), { timeout: 3000 });
    fireEvent.click(form.container.querySelector('button[type="submit"]')!);
    await waitFor(async () => expect(await store.list()).toEqual([]));

    form.type('Anna Kowalska');
    window.dispatchEvent(new Event('pagehide'));
    await waitFor(async () => expect(await store.load(KEY)).toBeDefined());
    await ref.current!.clearDraft();
    expect(await store.list()).toEqual([]);
  });

  it('what the host sets is not a draft', async () => {
    const { store, drafts } = await setUp();
    const form = mount(drafts, { data: { assistant: 'A' } });
    await waitFor(() => expect(form.assistant()).toBeTruthy());
    form.rerender(<AsystaForm form="karta-czasu-pracy" profile="konstancin-jeziorna" asOf="2026-03-31" draftKey={KEY} drafts={drafts} data={{ assistant: 'B' }} />);
    window.dispatchEvent(new Event('pagehide'));
    await new Promise((done) => setTimeout(done, 50));
    expect(await store.list()).toEqual([]);
  });

  it('a draft it cannot read: the form opens empty with a notice, the draft is kept aside', async () => {
    const { store, drafts } = await setUp();
    const first = mount(drafts);
    first.type(SECRET);
    window.dispatchEvent(new Event('pagehide'));
    await waitFor(async () => expect(await store.load(KEY)).toBeDefined());
    first.unmount();

    const second = mount(createDrafts({ store, key: await createDraftKey() }));
    await waitFor(() => expect(second.notice()?.textContent).toContain('Nie udało się odczytać wersji roboczej'));
    expect(second.assistant().value).toBe('');
    expect((await store.list()).map((s) => s.asideFrom)).toEqual([KEY]);
  });

  it('storage that fails: a visible "drafts are off" notice, and the form goes on working', async () => {
    const failing: DraftStore = { ...createMemoryDraftStore(), load: () => Promise.reject(new DOMException('blocked', 'InvalidStateError')) };
    const form = mount(createDrafts({ store: failing, key: await createDraftKey() }));
    await waitFor(() => expect(form.notice()?.textContent).toContain('Wersje robocze są wyłączone'));
    expect(form.notice()!.querySelector('button')).toBeNull();
    form.type('Anna Nowak');
    expect(form.assistant().value).toBe('Anna Nowak');
  });

  it('a draft of an earlier version: carried over, with the box of what did not fit, in the same DOM as the element', async () => {
    const store = createMemoryDraftStore();
    const key = await createDraftKey();
    const migrated = { ...getFormDefinition('karta-czasu-pracy'), version: fixture.version, migrations: fixture.migrations } as FormDefinition;
    const meta = { key: KEY, formId: migrated.id, version: fixture.oldDraft.version, savedAt: '2026-03-12T13:05:00.000Z' };
    await store.save(await sealDraft(key, meta, { data: fixture.oldDraft.data, interaction: { touched: [], submitAttempts: 0 } }));
    const form = mount(createDrafts({ store, key }), { form: migrated });
    await waitFor(() => expect(form.assistant().value).toBe('Anna Nowak'));
    const box = await waitFor(() => form.container.querySelector('section.asysta-not-carried-over')!);
    expect(box.querySelector('h3')!.textContent).toBe('Nie przeniesiono do formularza');
    expect(box.getAttribute('aria-labelledby')).toBe(box.querySelector('h3')!.id);
    expect([...box.querySelectorAll('li')].map((li) => [li.dataset['notCarriedOver'], li.textContent])).toEqual([
      ['/rows/1/hours', 'Godziny spotkania: rano (nie dało się podzielić na pola)'],
      ['/rows/0/notes', 'Uwagi do spotkania: Rozmowa o szkole (tego pola nie ma już w formularzu)'],
      ['/fax', '/fax: 22 756 00 00 (formularz nie ma takiego pola)'],
    ]);
    const [copy, close] = [...box.querySelectorAll('button')];
    expect(copy!.textContent).toBe('Kopiuj wartości');
    fireEvent.click(close!);
    await waitFor(() => expect(form.container.querySelector('.asysta-not-carried-over')).toBeNull());
  });

  it('two forms on one draft key: each is told the form is open elsewhere', async () => {
    const { drafts } = await setUp();
    const first = mount(drafts);
    const second = mount(drafts);
    const told = (view: ReturnType<typeof mount>) => view.container.querySelector('.asysta-draft-notice--other-tab')?.textContent;
    await waitFor(() => expect(told(first)).toContain('Ten formularz jest otwarty w innej karcie'));
    await waitFor(() => expect(told(second)).toContain('Ten formularz jest otwarty w innej karcie'));
    second.unmount();
    await waitFor(() => expect(told(first)).toBeUndefined());
  });
});
