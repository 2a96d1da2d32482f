// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/dom';
import { createDraftKey, createDrafts, createMemoryDraftStore, getFormDefinition, type Drafts } from '@asysta/forms';
import type { AsystaFormElement, AsystaFormSubmitEventDetail } from '@asysta/web-components';

beforeAll(async () => {
  await import('../src/define.js');
});

afterEach(() => {
  document.body.replaceChildren();
});

const example = getFormDefinition('plan-pracy-z-rodzina').examples.valid[0]!.data;

async function mountPlan(attributes: Record<string, string> = {}, data?: unknown, setUp?: (element: AsystaFormElement) => void): Promise<AsystaFormElement> {
  const element = document.createElement('asysta-form');
  element.setAttribute('form', 'plan-pracy-z-rodzina');
  element.setAttribute('as-of', '2026-03-31');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (data !== undefined) element.data = data;
  setUp?.(element);
  document.body.append(element);
  await waitFor(() => expect(element.shadowRoot!.querySelector('[data-pointer]')).not.toBeNull());
  return element;
}

const $ = (element: AsystaFormElement, selector: string) => element.shadowRoot!.querySelector<HTMLElement>(selector);
const heading = (element: AsystaFormElement) => $(element, '.asysta-step__heading')?.textContent;
const deepActive = () => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

async function press(element: AsystaFormElement, selector: string): Promise<void> {
  $(element, selector)!.click();
  await element.updateComplete;
}

describe('<asysta-form> in steps', () => {
  it('shows the work plan one step at a time; Dalej with errors stays and focuses the summary', async () => {
    const element = await mountPlan();
    expect(heading(element)).toBe('Krok 1 z 7: Rodzina i asystent');
    expect($(element, 'nav.asysta-steps__nav')!.getAttribute('aria-label')).toBe('Kroki formularza');
    expect($(element, '.asysta-steps__item[aria-current="step"]')!.dataset['step']).toBe('rodzina');
    expect($(element, 'button[type="submit"]')!.textContent).toBe('Dalej');
    expect($(element, '[data-pointer="/swot"]')).toBeNull();
    await press(element, 'button[type="submit"]');
    const summary = $(element, '.asysta-summary')!;
    expect(summary.getAttribute('role')).toBe('alert');
    expect(deepActive()).toBe(summary);
    expect(summary.querySelectorAll('a')).toHaveLength(3);
  });

  it('the layout attribute shows the whole form on one page, and back in steps', async () => {
    const element = await mountPlan({ layout: 'single' });
    expect($(element, '.asysta-steps')).toBeNull();
    expect($(element, '[data-pointer="/schedule/socialWorker"]')).not.toBeNull();
    element.setAttribute('layout', 'steps');
    await element.updateComplete;
    expect(heading(element)).toBe('Krok 1 z 7: Rodzina i asystent');
  });

  it('checks the answers before the submit; "Zmień" opens the step at the field; asysta-submit from the answers', async () => {
    const submits: CustomEvent<AsystaFormSubmitEventDetail>[] = [];
    document.addEventListener('asysta-submit', (event) => submits.push(event));
    const element = await mountPlan({}, example);
    await press(element, '[data-step="podpisy"] button');
    expect(heading(element)).toBe('Krok 7 z 7: Ocena i podpisy');
    await press(element, 'button[type="submit"]');
    expect(heading(element)).toBe('Sprawdź odpowiedzi przed zapisaniem');
    const row = $(element, '.asysta-review__row')!;
    expect(row.querySelector('dt')!.textContent).toBe('Rodzina – Imię i nazwisko');
    expect(row.querySelector('.asysta-review__change')!.textContent).toBe('Zmień Rodzina – Imię i nazwisko');
    (row.querySelector('.asysta-review__change') as HTMLElement).click();
    await element.updateComplete;
    expect(heading(element)).toBe('Krok 1 z 7: Rodzina i asystent');
    expect(deepActive()).toBe($(element, '[data-pointer="/family/name"] input'));
    await press(element, 'button[type="submit"]');
    expect(heading(element)).toBe('Sprawdź odpowiedzi przed zapisaniem');
    await press(element, 'button[type="submit"]');
    expect(submits).toHaveLength(1);
  });

  it('keeps the step in the draft: a move to another step is saved, and a reload opens it again', async () => {
    const store = createMemoryDraftStore();
    const drafts = createDrafts({ store, key: await createDraftKey() });
    let attached!: () => void;
    const restoredOnce = new Promise<void>((done) => (attached = done));
    const watched: Drafts = { ...drafts, restore: (key, model) => drafts.restore(key, model).finally(attached) };
    const element = await mountPlan({ 'draft-key': 'rodzina-7' }, example, (e) => (e.drafts = watched));
    await restoredOnce;
    // The element takes the draft over once its restore has settled (the next task).
    await new Promise((done) => setTimeout(done, 0));
    await press(element, '[data-step="cele"] button');
    expect(heading(element)).toBe('Krok 3 z 7: Cele');
    window.dispatchEvent(new Event('pagehide'));
    await waitFor(async () => expect(await store.load('rodzina-7')).toBeDefined());
    element.remove();
    const again = await mountPlan({ 'draft-key': 'rodzina-7' }, undefined, (e) => (e.drafts = drafts));
    await waitFor(() => expect(heading(again)).toBe('Krok 3 z 7: Cele'));
  });
});
