// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/dom';
import { createDraftKey, createDrafts, createMemoryDraftStore, getFormDefinition, sealDraft, type Drafts, type DraftStore, type FormDefinition } from '@asysta/forms';
import type { AsystaFormElement } from '@asysta/web-components';
import fixture from '../../../test/support/migrated-card.json';

beforeAll(async () => {
  await import('../src/define.js');
});

afterEach(() => {
  document.body.replaceChildren();
});

const SECRET = 'Zofia Sekretna-Kowalska';
const KEY = 'case-17/karta-czasu-pracy';
const shadow = (element: AsystaFormElement) => element.shadowRoot!;
const assistantInput = (element: AsystaFormElement) => shadow(element).querySelector<HTMLInputElement>('input[id$="_assistant"]');
const notice = (element: AsystaFormElement) => shadow(element).querySelector('[part="draft-notice"]');

function mount(drafts: Drafts, data?: unknown): AsystaFormElement {
  const element = document.createElement('asysta-form');
  element.setAttribute('form', 'karta-czasu-pracy');
  element.setAttribute('profile', 'konstancin-jeziorna');
  element.setAttribute('as-of', '2026-03-31');
  element.setAttribute('draft-key', KEY);
  element.drafts = drafts;
  if (data !== undefined) element.data = data;
  document.body.append(element);
  return element;
}

async function type(element: AsystaFormElement, value: string): Promise<void> {
  const input = await waitFor(() => {
    const found = assistantInput(element);
    if (!found) throw new Error('no input yet');
    return found;
  });
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('blur'));
}

async function setUp() {
  const store = createMemoryDraftStore();
  const drafts = createDrafts({ store, key: await createDraftKey(), now: () => new Date('2026-03-12T13:05:00Z') });
  return { store, drafts };
}

/** A person typed the secret and left the page (pagehide): its draft is stored. */
async function typedAndLeft() {
  const { store, drafts } = await setUp();
  const first = mount(drafts);
  await type(first, SECRET);
  window.dispatchEvent(new Event('pagehide'));
  await waitFor(async () => expect(await store.load(KEY)).toBeDefined());
  first.remove();
  return { store, drafts };
}

describe('<asysta-form draft-key>', () => {
  it('saves what is typed (encrypted) on pagehide, restores it on the next load with a notice, and discards it', async () => {
    const { store, drafts } = await typedAndLeft();
    expect(JSON.stringify(await store.load(KEY))).not.toContain('Sekretna');

    const second = mount(drafts);
    await waitFor(() => expect(assistantInput(second)?.value).toBe(SECRET));
    await waitFor(() => expect(notice(second)?.textContent).toContain('Przywrócono wersję roboczą z 12 marca 2026, 14:05.'));
    const discard = notice(second)!.querySelector('button')!;
    expect(discard.textContent).toBe('Odrzuć wersję roboczą');
    discard.click();
    await waitFor(() => expect(notice(second)).toBeNull());
    await waitFor(() => expect(assistantInput(second)?.value).toBe(''));
    expect(await store.list()).toEqual([]);
  });

  it('autosaves after a pause without pagehide', async () => {
    const { store, drafts } = await setUp();
    const element = mount(drafts);
    await type(element, SECRET);
    await waitFor(async () => expect(await store.load(KEY)).toBeDefined(), { timeout: 3000 });
  });

  it('removes the draft after a valid submit and on clearDraft()', async () => {
    const { store, drafts } = await setUp();
    const valid = getFormDefinition('karta-czasu-pracy').examples.valid[0]!.data;
    const element = mount(drafts, valid);
    await type(element, 'Anna Nowak');
    window.dispatchEvent(new Event('pagehide'));
    await waitFor(async () => expect(await store.load(KEY)).toBeDefined());
    shadow(element).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitFor(async () => expect(await store.list()).toEqual([]));

    await type(element, 'Anna Kowalska');
    window.dispatchEvent(new Event('pagehide'));
    await waitFor(async () => expect(await store.load(KEY)).toBeDefined());
    await element.clearDraft();
    expect(await store.list()).toEqual([]);
  });

  it('a draft it cannot read: the form opens empty with a notice, the draft is kept aside', async () => {
    const { store } = await typedAndLeft();

    const second = mount(createDrafts({ store, key: await createDraftKey() }));
    await waitFor(() => expect(notice(second)?.textContent).toContain('Nie udało się odczytać wersji roboczej'));
    expect(assistantInput(second)?.value).toBe('');
    expect((await store.list()).map((s) => s.asideFrom)).toEqual([KEY]);
  });

  it('storage that fails: a visible "drafts are off" notice, and the form goes on working', async () => {
    const failing: DraftStore = { ...createMemoryDraftStore(), load: () => Promise.reject(new DOMException('blocked', 'InvalidStateError')) };
    const element = mount(createDrafts({ store: failing, key: await createDraftKey() }));
    await waitFor(() => expect(notice(element)?.textContent).toContain('Wersje robocze są wyłączone'));
    expect(notice(element)!.querySelector('button')).toBeNull();
    await type(element, 'Anna Nowak');
    await waitFor(() => expect(element.value?.['assistant']).toBe('Anna Nowak'));
  });

  it('a draft of an earlier version: carried over, with the box of what did not fit (copy, close)', async () => {
    const store = createMemoryDraftStore();
    const key = await createDraftKey();
    const migrated = { ...getFormDefinition('karta-czasu-pracy'), version: fixture.version, migrations: fixture.migrations } as FormDefinition;
    const meta = { key: KEY, formId: migrated.id, version: fixture.oldDraft.version, savedAt: '2026-03-12T13:05:00.000Z' };
    await store.save(await sealDraft(key, meta, { data: fixture.oldDraft.data, interaction: { touched: [], submitAttempts: 0 } }));
    const element = mount(createDrafts({ store, key }));
    element.form = migrated;
    await waitFor(() => expect(assistantInput(element)?.value).toBe('Anna Nowak'), { timeout: 3000 });
    const box = await waitFor(() => shadow(element).querySelector('section.asysta-not-carried-over')!);
    expect(box.querySelector('h3')!.textContent).toBe('Nie przeniesiono do formularza');
    expect(box.getAttribute('aria-labelledby')).toBe(box.querySelector('h3')!.id);
    expect([...box.querySelectorAll('li')].map((li) => [li.dataset['notCarriedOver'], li.textContent])).toEqual([
      ['/rows/1/hours', 'Godziny spotkania: rano (nie dało się podzielić na pola)'],
      ['/rows/0/notes', 'Uwagi do spotkania: Rozmowa o szkole (tego pola nie ma już w formularzu)'],
      ['/fax', '/fax: 22 756 00 00 (formularz nie ma takiego pola)'],
    ]);
    const [copy, close] = [...box.querySelectorAll('button')];
    expect(copy!.textContent).toBe('Kopiuj wartości');
    close!.click();
    await waitFor(() => expect(shadow(element).querySelector('.asysta-not-carried-over')).toBeNull());
    expect(notice(element)?.textContent).toContain('Przywrócono wersję roboczą');
  });

  it('two forms on one draft key: each is told the form is open elsewhere', async () => {
    const { drafts } = await setUp();
    const first = mount(drafts);
    const second = mount(drafts);
    const told = (element: AsystaFormElement) => shadow(element).querySelector('.asysta-draft-notice--other-tab')?.textContent;
    await waitFor(() => expect(told(first)).toContain('Ten formularz jest otwarty w innej karcie'));
    await waitFor(() => expect(told(second)).toContain('Ten formularz jest otwarty w innej karcie'));
    second.remove();
    await waitFor(() => expect(told(first)).toBeUndefined());
  });
});
