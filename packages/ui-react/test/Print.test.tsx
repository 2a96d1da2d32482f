// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { getFormDefinition } from '@asysta/forms';
import { AsystaForm, AsystaPrint } from '@asysta/ui-react';
import { AsystaPrint as AsystaPrintOfModules } from '@asysta/ui-react/runtime';
import timeCard from '@asysta/forms/forms/karta-czasu-pracy';
import milanowekForTimeCard from '@asysta/rules/profile-modules/milanowek/karta-czasu-pracy';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const FORM = 'karta-czasu-pracy';
const example = getFormDefinition(FORM).examples.valid[0]!;
const props = { form: FORM, profile: 'konstancin-jeziorna', asOf: '2026-03-31', locale: 'pl' as const };

describe('<AsystaForm> in print', () => {
  it('draws the print view while the page prints only, text without a single input', () => {
    const { container } = render(<AsystaForm {...props} data={example.data} />);
    expect(container.querySelector('.asysta-print')).toBeNull();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    const sheet = container.querySelector('.asysta-print')!;
    expect(sheet).not.toBeNull();
    // The print view comes before the screen form: the stylesheet hides what follows it in print.
    expect(sheet.nextElementSibling?.classList.contains('asysta-form__shell')).toBe(true);
    expect(sheet.querySelectorAll('input, select, textarea, button')).toHaveLength(0);
    expect(sheet.querySelector('.asysta-print__organisation')?.textContent).toBe('Ośrodek Pomocy Społecznej w Konstancinie-Jeziornie');
    const headings = [...sheet.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(headings).toEqual(['Lp.', 'Data', 'Godzina od… do…', 'Ilość godzin', 'Miejsce spotkania', 'Podpis przedstawiciela rodziny']);
    expect([...sheet.querySelectorAll('tbody .asysta-print__number')].map((td) => td.textContent)).toEqual(Array.from({ length: 12 }, (_, i) => String(i + 1)));
    expect(sheet.querySelector('tfoot')?.textContent).toBe('razem ilość godzin:4 godz. 30 min');
    expect([...sheet.querySelectorAll('.asysta-print__signature-label')].map((p) => p.textContent)).toEqual(['Podpis asystenta rodziny', 'Akceptacja koordynatora']);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(container.querySelector('.asysta-print')).toBeNull();
  });

  it('has a print button only when asked for, and it calls window.print()', () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { rerender } = render(<AsystaForm {...props} />);
    expect(screen.queryByRole('button', { name: 'Drukuj' })).toBeNull();
    rerender(<AsystaForm {...props} printButton />);
    fireEvent.click(screen.getByRole('button', { name: 'Drukuj' }));
    expect(print).toHaveBeenCalledTimes(1);
    rerender(<AsystaForm {...props} locale="en" printButton />);
    expect(screen.getByRole('button', { name: 'Print' })).toBeTruthy();
  });
});

describe('<AsystaPrint>', () => {
  it('shows the paper template on screen: the blank one without data', () => {
    const { container } = render(<AsystaPrint {...props} />);
    const sheet = container.querySelector('.asysta-print.asysta-print--preview.asysta-print--blank')!;
    expect(sheet.getAttribute('aria-label')).toBe('Wersja do druku: Miesięczna karta czasu pracy asystenta rodziny');
    expect(sheet.querySelectorAll('tbody tr')).toHaveLength(12);
    expect(sheet.querySelectorAll('.asysta-print__answer--blank')).toHaveLength(3);
  });

  it('prints a form\'s module under a profile\'s module (@asysta/ui-react/runtime), the centre\'s name included', () => {
    const { container } = render(<AsystaPrintOfModules form={timeCard} profile={milanowekForTimeCard} data={example.data} />);
    expect(container.querySelector('.asysta-print__organisation')?.textContent).toBe('Ośrodek Pomocy Społecznej w Milanówku');
    expect(container.querySelector('tbody td:nth-child(2)')?.textContent).toBe('03.03.2026');
  });

  it('shows an error box and calls onError for a form it cannot print', () => {
    const onError = vi.fn();
    render(<AsystaPrint form="no-such-form" onError={onError} />);
    expect(screen.getByRole('alert')).toBeTruthy();
    expect(onError).toHaveBeenCalledTimes(1);
  });
});
