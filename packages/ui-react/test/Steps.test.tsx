// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createDraftKey, createDrafts, createMemoryDraftStore, getFormDefinition } from '@asysta/forms';
import { AsystaForm, type AsystaSubmitDetail } from '@asysta/ui-react';

afterEach(cleanup);

const FORM = 'plan-pracy-z-rodzina';
const example = getFormDefinition(FORM).examples.valid[0]!.data;

function renderPlan(props: Partial<Parameters<typeof AsystaForm>[0]> = {}) {
  return render(<AsystaForm form={FORM} asOf="2026-03-31" locale="pl" {...props} />);
}

const heading = () => document.querySelector('.asysta-step__heading');

describe('<AsystaForm> in steps', () => {
  it('shows the work plan one step at a time: the indicator, the heading, "Dalej" instead of "Zapisz"', () => {
    renderPlan();
    const nav = screen.getByRole('navigation', { name: 'Kroki formularza' });
    const items = within(nav).getAllByRole('listitem');
    expect(items).toHaveLength(7);
    expect(items[0]!.getAttribute('aria-current')).toBe('step');
    expect(within(nav).getAllByRole('button').map((b) => b.textContent)).toContain('2Analiza SWOT');
    expect(screen.getByRole('heading', { name: 'Krok 1 z 7: Rodzina i asystent' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Dalej' }).getAttribute('type')).toBe('submit');
    expect(screen.queryByRole('button', { name: 'Zapisz' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Wstecz' })).toBeNull();
    expect(document.querySelector('[data-pointer="/swot"]')).toBeNull();
  });

  it('"Dalej" with errors stays and focuses the summary of the step’s errors; "Wstecz" keeps what was typed', () => {
    renderPlan();
    fireEvent.click(screen.getByRole('button', { name: 'Dalej' }));
    const summary = document.querySelector('.asysta-summary')!;
    expect(document.activeElement).toBe(summary);
    expect(summary.getAttribute('role')).toBe('alert');
    expect([...summary.querySelectorAll('a')].map((a) => a.textContent)).toEqual([
      'Rodzina – Imię i nazwisko: To pole jest wymagane.',
      'Asystent rodziny – Imię i nazwisko: To pole jest wymagane.',
      'Data sporządzenia: To pole jest wymagane.',
    ]);
    fireEvent.change(document.querySelector('[data-pointer="/family/name"] input')!, { target: { value: 'Kowalscy' } });
    fireEvent.change(document.querySelector('[data-pointer="/assistant/name"] input')!, { target: { value: 'Anna Nowak' } });
    fireEvent.change(document.querySelector('[data-pointer="/drawnUpOn"] input')!, { target: { value: '2.03.2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Dalej' }));
    expect(heading()?.textContent).toBe('Krok 2 z 7: Analiza SWOT');
    expect(document.activeElement).toBe(heading());
    fireEvent.click(screen.getByRole('button', { name: 'Wstecz' }));
    expect((document.querySelector('[data-pointer="/family/name"] input') as HTMLInputElement).value).toBe('Kowalscy');
    expect((document.querySelector('[data-pointer="/drawnUpOn"] input') as HTMLInputElement).value).toBe('02.03.2026');
  });

  it('checks the answers before the submit: a summary list with "Zmień" links back to each field', () => {
    const submitted: AsystaSubmitDetail[] = [];
    renderPlan({ data: example, onSubmit: (detail) => submitted.push(detail) });
    fireEvent.click(screen.getByRole('button', { name: /Ocena i podpisy/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Dalej' }));
    expect(heading()?.textContent).toBe('Sprawdź odpowiedzi przed zapisaniem');
    const first = document.querySelector('.asysta-review__row')!;
    expect(first.querySelector('dt')!.textContent).toBe('Rodzina – Imię i nazwisko');
    expect(first.querySelector('.asysta-review__value')!.textContent).toBe('Katarzyna Wiśniewska');
    const change = within(first as HTMLElement).getByRole('link', { name: 'Zmień Rodzina – Imię i nazwisko' });
    act(() => fireEvent.click(change));
    expect(heading()?.textContent).toBe('Krok 1 z 7: Rodzina i asystent');
    expect(document.activeElement).toBe(document.querySelector('[data-pointer="/family/name"] input'));
    fireEvent.click(screen.getByRole('button', { name: 'Wróć do sprawdzenia odpowiedzi' }));
    fireEvent.click(screen.getByRole('button', { name: 'Zapisz' }));
    expect(submitted).toHaveLength(1);
  });

  it('layout="single" shows the whole form on one page', () => {
    renderPlan({ layout: 'single' });
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(document.querySelector('[data-pointer="/schedule/socialWorker"]')).not.toBeNull();
    expect(screen.getByRole('button', { name: 'Zapisz' })).toBeTruthy();
  });

  it('keeps the open step in the draft: a move to another step is saved, and the next load opens it', async () => {
    const store = createMemoryDraftStore();
    const drafts = createDrafts({ store, key: await createDraftKey() });
    const first = renderPlan({ data: example, draftKey: 'rodzina-7/plan', drafts });
    fireEvent.click(screen.getByRole('button', { name: /Cele/ }));
    expect(heading()?.textContent).toBe('Krok 3 z 7: Cele');
    window.dispatchEvent(new Event('pagehide'));
    await waitFor(async () => expect(await store.load('rodzina-7/plan')).toBeDefined());
    first.unmount();
    renderPlan({ draftKey: 'rodzina-7/plan', drafts });
    await waitFor(() => expect(heading()?.textContent).toBe('Krok 3 z 7: Cele'));
  });
});
