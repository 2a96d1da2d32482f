// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { waitFor } from '@testing-library/dom';
import type { AsystaFormElement } from '@asysta/web-components';
import { getFormDefinition } from '@asysta/forms';

beforeAll(async () => {
  await import('../src/define.js');
});

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

const example = getFormDefinition('karta-czasu-pracy').examples.valid[0]!;

async function mount(attributes: Record<string, string>, data?: unknown): Promise<AsystaFormElement> {
  const element = document.createElement('asysta-form');
  for (const [name, value] of Object.entries({ form: 'karta-czasu-pracy', profile: 'konstancin-jeziorna', 'as-of': '2026-03-31', ...attributes })) element.setAttribute(name, value);
  if (data !== undefined) element.data = data;
  document.body.append(element);
  await waitFor(() => expect(element.shadowRoot?.querySelector('.asysta-form__shell')).not.toBeNull());
  return element;
}

describe('<asysta-form> in print', () => {
  it('draws the print view at once when the page starts printing, and drops it afterwards', async () => {
    const element = await mount({}, example.data);
    const root = element.shadowRoot!;
    expect(root.querySelector('.asysta-print')).toBeNull();
    window.dispatchEvent(new Event('beforeprint'));
    // Synchronously: the browser lays out the pages right after the event.
    const sheet = root.querySelector('.asysta-print')!;
    expect(sheet).not.toBeNull();
    expect(sheet.nextElementSibling?.classList.contains('asysta-form')).toBe(true);
    expect(sheet.querySelectorAll('input, select, textarea, button')).toHaveLength(0);
    expect([...sheet.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Lp.', 'Data', 'Godzina od… do…', 'Ilość godzin', 'Miejsce spotkania', 'Podpis przedstawiciela rodziny']);
    expect(sheet.querySelectorAll('tbody tr')).toHaveLength(12);
    expect(sheet.querySelector('tfoot')?.textContent?.replace(/\s+/g, '')).toBe('razemilośćgodzin:4godz.30min');
    expect(sheet.querySelector('.asysta-print__signature-note')?.textContent).toBe('Data podpisu: 31 marca 2026');
    window.dispatchEvent(new Event('afterprint'));
    await waitFor(() => expect(root.querySelector('.asysta-print')).toBeNull());
  });

  it('has print() and, with print-button, a button that prints', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const plain = await mount({});
    expect(plain.shadowRoot!.querySelector('.asysta-button--print')).toBeNull();
    plain.print();
    expect(print).toHaveBeenCalledTimes(1);
    const element = await mount({ 'print-button': '' });
    const button = element.shadowRoot!.querySelector<HTMLButtonElement>('.asysta-button--print')!;
    expect(button.textContent).toBe('Drukuj');
    expect(button.type).toBe('button');
    button.click();
    expect(print).toHaveBeenCalledTimes(2);
  });

  it('prints the blank template of an empty form', async () => {
    const element = await mount({});
    window.dispatchEvent(new Event('beforeprint'));
    const sheet = element.shadowRoot!.querySelector('.asysta-print--blank')!;
    expect(sheet.querySelectorAll('tbody tr')).toHaveLength(12);
    expect(sheet.querySelectorAll('tbody td:not(.asysta-print__number)')).toHaveLength(60);
    expect([...sheet.querySelectorAll('tbody td:not(.asysta-print__number)')].every((td) => td.textContent === '')).toBe(true);
    window.dispatchEvent(new Event('afterprint'));
  });
});
