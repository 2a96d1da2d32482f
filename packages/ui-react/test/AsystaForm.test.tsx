// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { getFormDefinition, type FormDefinition } from '@asysta/forms';
import { AsystaForm, type AsystaChangeDetail, type AsystaSubmitDetail } from '@asysta/ui-react';
import { builtInPacks, createRulesEngine } from '@asysta/rules';

afterEach(cleanup);

const FORM = 'karta-czasu-pracy';
const PROFILE = 'konstancin-jeziorna';
const AS_OF = '2026-03-31';
const definition = getFormDefinition(FORM);
const example = (name: string) => {
  const found = [...definition.examples.valid, ...definition.examples.invalid].find((e) => e.name === name);
  if (!found) throw new Error(`no example ${name}`);
  return found.data as Record<string, unknown>;
};

function renderForm(props: Partial<Parameters<typeof AsystaForm>[0]> = {}) {
  return render(<AsystaForm form={FORM} profile={PROFILE} asOf={AS_OF} locale="pl" {...props} />);
}

describe('<AsystaForm>', () => {
  it('renders the time card with its title, fields and a submit button', () => {
    renderForm();
    expect(screen.getByRole('heading', { name: 'Miesięczna karta czasu pracy asystenta rodziny' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Zapisz' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Dodaj wiersz' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Spotkania' })).toBeTruthy();
  });

  it('ties every label to its control and help texts through aria-describedby', () => {
    renderForm();
    const assistant = screen.getByLabelText(/Asystent rodziny/) as HTMLInputElement;
    expect(assistant.tagName).toBe('INPUT');
    expect(assistant.getAttribute('aria-required')).toBe('true');
    const describedBy = assistant.getAttribute('aria-describedby') ?? '';
    expect(describedBy).not.toBe('');
    const help = describedBy.split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(help).toContain('Imię i nazwisko asystenta.');
    // Dates and months are typed as in Polish whatever the browser's language: a text input with the pattern as its hint.
    const month = screen.getByLabelText(/Miesiąc/) as HTMLInputElement;
    expect(month.type).toBe('text');
    expect(month.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent)).toContain('MM.RRRR');
  });

  it('updates the model as the user types: derived minutes and total, onChange with the data', () => {
    const changes: AsystaChangeDetail[] = [];
    renderForm({ onChange: (d) => changes.push(d) });
    fireEvent.click(screen.getByRole('button', { name: 'Dodaj wiersz' }));
    const row = screen.getByRole('group', { name: 'Spotkanie 1' });
    const time = within(row).getByRole('group', { name: /Godzina od/ });
    fireEvent.change(within(time).getByLabelText(/^Od/), { target: { value: '10:00' } });
    fireEvent.change(within(time).getByLabelText(/^Do/), { target: { value: '11:30' } });
    expect(within(row).getByLabelText('Liczba godzin').textContent).toBe('1 godzina 30 minut');
    expect(screen.getByLabelText('Razem liczba godzin').textContent).toBe('1 godzina 30 minut');
    const last = changes.at(-1)!;
    expect(last.data).toMatchObject({ rows: [{ time: { from: '10:00', to: '11:30' }, minutes: 90 }], totalMinutes: 90 });
    fireEvent.change(screen.getByLabelText(/Asystent rodziny/), { target: { value: 'Anna Kowalska' } });
    expect(changes.at(-1)!.data['assistant']).toBe('Anna Kowalska');
  });

  it('names the remove buttons by row and removes the row', () => {
    renderForm({ data: example('three-meetings') });
    expect(screen.getAllByRole('group', { name: /^Spotkanie \d$/ })).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: 'Usuń wiersz 2' }));
    expect(screen.getAllByRole('group', { name: /^Spotkanie \d$/ })).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Usuń wiersz 3' })).toBeNull();
  });

  it('shows a rule warning at the rows concerned, citing its source', () => {
    renderForm({ data: example('over-monthly-quota') });
    const row3 = screen.getByRole('group', { name: 'Spotkanie 3' });
    const row2 = screen.getByRole('group', { name: 'Spotkanie 2' });
    const warning = row3.querySelector(':scope > .asysta-issues .asysta-issue--warning');
    expect(warning?.textContent).toMatch(/6 godzin 30 minut/);
    expect(warning?.textContent).toMatch(/Konstancin-Jeziorna/);
    expect(warning?.querySelector('.asysta-issue__reference')?.textContent).toMatch(/^Źródło: OPS Konstancin-Jeziorna/);
    expect(row2.querySelector(':scope > .asysta-issues')).toBeNull();
    // …and in the summary, as a warning (not an error).
    const summary = screen.getByRole('region', { name: 'Uwagi do sprawdzenia' });
    expect(within(summary).getAllByRole('link')).toHaveLength(2);
  });

  it('shows errors inline and in a summary whose links move focus to the field', () => {
    renderForm({ data: example('end-before-start') });
    const to = screen.getByLabelText(/^Do/) as HTMLInputElement;
    expect(to.getAttribute('aria-invalid')).toBe('true');
    const [messageId, hintId] = to.getAttribute('aria-describedby')!.split(' ');
    expect(document.getElementById(messageId!)?.textContent).toMatch(/Godzina zakończenia \(10:00\) musi być późniejsza/);
    expect(document.getElementById(hintId!)?.textContent).toBe('GG:MM');
    const summary = screen.getByRole('region', { name: 'Popraw błędy w formularzu' });
    const link = within(summary).getByRole('link', { name: /Godzina zakończenia/ });
    expect(link.getAttribute('href')).toBe(`#${to.id}`);
    fireEvent.click(link);
    expect(document.activeElement).toBe(to);
  });

  it('hides errors of untouched empty fields until the first submit, then focuses the summary', () => {
    const onSubmit = vi.fn();
    renderForm({ onSubmit });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByLabelText(/Asystent rodziny/).getAttribute('aria-invalid')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Zapisz' }));
    expect(onSubmit).not.toHaveBeenCalled();
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading').textContent).toBe('Popraw błędy w formularzu');
    expect(document.activeElement).toBe(summary);
    const assistant = screen.getByLabelText(/Asystent rodziny/) as HTMLInputElement;
    expect(assistant.getAttribute('aria-invalid')).toBe('true');
    const link = within(summary).getByRole('link', { name: /Asystent rodziny/ });
    expect(link.getAttribute('href')).toBe(`#${assistant.id}`);
  });

  it('shows an error once the user leaves a field with a bad value', () => {
    renderForm();
    const assistant = screen.getByLabelText(/Asystent rodziny/);
    fireEvent.change(assistant, { target: { value: 'A' } });
    fireEvent.blur(assistant);
    expect(assistant.getAttribute('aria-invalid')).toBe('true');
    expect(assistant.closest('.asysta-field')!.textContent).toMatch(/co najmniej 2 znaki/);
  });

  it('submits only valid data, with the rule report; says saved once the promise onSubmit returns resolves', async () => {
    const submits: AsystaSubmitDetail[] = [];
    renderForm({ data: example('over-monthly-quota'), onSubmit: (d) => submits.push(d) });
    fireEvent.click(screen.getByRole('button', { name: 'Zapisz' }));
    expect(submits).toHaveLength(1);
    expect(submits[0]!.data).toMatchObject({ totalMinutes: 450 });
    expect(submits[0]!.report.results.some((r) => r.status === 'fail')).toBe(true);
    // Nothing confirmed: handed over, not saved.
    expect(screen.getByText('Dane przekazano do zapisania.').getAttribute('role')).toBe('status');

    cleanup();
    let resolveSave!: () => void;
    renderForm({ data: example('over-monthly-quota'), onSubmit: () => new Promise<void>((done) => (resolveSave = done)) });
    fireEvent.click(screen.getByRole('button', { name: 'Zapisz' }));
    expect(screen.getByText('Zapisywanie…').getAttribute('role')).toBe('status');
    await act(async () => resolveSave());
    expect(screen.getByText('Formularz został zapisany.').getAttribute('role')).toBe('status');

    cleanup();
    const onSubmit = vi.fn();
    renderForm({ data: example('overlapping-meetings'), onSubmit });
    fireEvent.click(screen.getByRole('button', { name: 'Zapisz' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toMatch(/nakłada się/);
  });

  it('switches language without losing what was typed', () => {
    const { rerender } = renderForm();
    fireEvent.change(screen.getByLabelText(/Asystent rodziny/), { target: { value: 'Anna Kowalska' } });
    rerender(<AsystaForm form={FORM} profile={PROFILE} asOf={AS_OF} locale="en" />);
    const input = screen.getByLabelText(/Family assistant/) as HTMLInputElement;
    expect(input.value).toBe('Anna Kowalska');
    expect(screen.getByRole('button', { name: 'Save' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add row' })).toBeTruthy();
  });

  it('replaces the data when the host passes new data', () => {
    const { rerender } = renderForm({ data: example('three-meetings') });
    expect(screen.getAllByRole('group', { name: /^Spotkanie \d$/ })).toHaveLength(3);
    rerender(<AsystaForm form={FORM} profile={PROFILE} asOf={AS_OF} locale="pl" data={example('over-monthly-quota')} />);
    expect(screen.getAllByRole('group', { name: /^Spotkanie \d$/ })).toHaveLength(4);
  });

  it('a new profile or engine reaches the view, keeping what was typed (rjsf holds any two models equal)', () => {
    const data = example('over-monthly-quota');
    const { rerender } = renderForm({ data, profile: 'default' });
    expect(screen.queryAllByText(/więcej niż 6 godzin/)).toHaveLength(0);
    rerender(<AsystaForm form={FORM} profile={PROFILE} asOf={AS_OF} locale="pl" data={data} />);
    expect(screen.queryAllByText(/więcej niż 6 godzin/).length).toBeGreaterThan(0);
    const pack = structuredClone(builtInPacks.find((p) => p.id === PROFILE)!);
    pack.parameters['maxHoursPerFamilyPerMonth']!.values = [{ from: '2012-01-01', value: 7 }];
    const engine = createRulesEngine({ profile: PROFILE, packs: [pack] });
    rerender(<AsystaForm form={FORM} engine={engine} asOf={AS_OF} locale="pl" data={data} />);
    expect(screen.queryAllByText(/więcej niż 6 godzin/)).toHaveLength(0);
    expect(screen.queryAllByText(/więcej niż 7 godzin/).length).toBeGreaterThan(0);
  });

  it('shows an error box and calls onError for an unknown form, never throwing', () => {
    const onError = vi.fn();
    renderForm({ form: 'no-such-form', onError });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/Nie można wyświetlić formularza/);
    expect(alert.textContent).toMatch(/Nie znaleziono formularza „no-such-form”/);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]![0].message).toMatch(/no-such-form/);
  });

  it('shows the problems of a broken definition at their paths', () => {
    const onError = vi.fn();
    const broken = structuredClone(definition) as FormDefinition;
    (broken.uiSchema as Record<string, unknown>)['month'] = { 'ui:widget': 'calendar-of-doom' };
    act(() => {
      renderForm({ form: broken, onError });
    });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/calendar-of-doom/);
    expect(onError.mock.calls[0]![0].issues.length).toBeGreaterThan(0);
  });

  it('shows an error box for an unknown profile', () => {
    const onError = vi.fn();
    renderForm({ profile: 'atlantis', onError });
    expect(screen.getByRole('alert').textContent).toMatch(/atlantis/);
    expect(onError).toHaveBeenCalled();
  });
});

describe('print', () => {
  it('adds the signature lines of the print layout, for paper only', () => {
    const { container } = renderForm();
    const lines = container.querySelectorAll('.asysta-print-signatures__line');
    expect([...lines].map((line) => line.textContent)).toEqual(['Podpis asystenta rodziny', 'Akceptacja koordynatora']);
    expect(container.querySelector('.asysta-print-signatures')?.getAttribute('aria-hidden')).toBe('true');
  });
});
