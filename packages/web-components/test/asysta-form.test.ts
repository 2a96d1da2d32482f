// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/dom';
import type { AsystaFormChangeEventDetail, AsystaFormElement, AsystaFormErrorEventDetail } from '@asysta/web-components';

beforeAll(async () => {
  await import('../src/define.js');
});

afterEach(() => {
  document.body.replaceChildren();
});

function mount(attributes: Record<string, string>): AsystaFormElement {
  const element = document.createElement('asysta-form');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  return element;
}

const shadow = (element: AsystaFormElement) => element.shadowRoot!;
const text = (element: AsystaFormElement) => shadow(element).textContent ?? '';

describe('<asysta-form>', () => {
  it('is defined and typed', () => {
    expect(customElements.get('asysta-form')).toBeDefined();
    const element = document.createElement('asysta-form');
    expect(element.constructor.name).toMatch(/AsystaFormElement/);
  });

  it('renders the form in its shadow root and re-renders when attributes change', async () => {
    const element = mount({ form: 'karta-czasu-pracy', profile: 'konstancin-jeziorna', locale: 'pl', 'as-of': '2026-03-31' });
    await waitFor(() => expect(text(element)).toMatch('Miesięczna karta czasu pracy asystenta rodziny'));
    expect(shadow(element).querySelector('button[type="submit"]')?.textContent).toBe('Zapisz');
    element.setAttribute('locale', 'en');
    await waitFor(() => expect(text(element)).toMatch("Family assistant's monthly time card"));
    expect(shadow(element).querySelector('button[type="submit"]')?.textContent).toBe('Save');
  });

  it('takes data through the property and reports changes with asysta-change (bubbling, composed)', async () => {
    const element = mount({ form: 'karta-czasu-pracy', profile: 'konstancin-jeziorna', 'as-of': '2026-03-31' });
    element.data = { assistant: 'Anna Kowalska', familyRepresentative: 'Maria Nowak', month: '2026-03', rows: [] };
    const input = await waitFor(() => {
      const found = shadow(element).querySelector<HTMLInputElement>('input[id$="_assistant"]');
      expect(found?.value).toBe('Anna Kowalska');
      return found!;
    });
    const changes: CustomEvent<AsystaFormChangeEventDetail>[] = [];
    document.addEventListener('asysta-change', (event) => changes.push(event));
    // Set the value the way a user would: the input event carries it.
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setter.call(input, 'Anna Nowak');
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await waitFor(() => expect(changes.length).toBeGreaterThan(0));
    expect(changes.at(-1)!.detail).toMatchObject({ data: { assistant: 'Anna Nowak' }, valid: true });
    expect(changes.at(-1)!.composed).toBe(true);
    expect(element.value?.['assistant']).toBe('Anna Nowak');
  });

  it('shows a visible message and fires asysta-error for an unknown form, without throwing', async () => {
    const errors: CustomEvent<AsystaFormErrorEventDetail>[] = [];
    document.addEventListener('asysta-error', (event) => errors.push(event));
    const element = mount({ form: 'no-such-form', locale: 'en' });
    await waitFor(() => expect(errors).toHaveLength(1));
    expect(errors[0]!.detail.message).toMatch(/No form “no-such-form”/);
    expect(errors[0]!.bubbles && errors[0]!.composed).toBe(true);
    const alert = shadow(element).querySelector('[role="alert"]');
    expect(alert?.textContent).toMatch(/The form cannot be shown/);
    expect(alert?.textContent).toMatch(/no-such-form/);
  });

  it('keeps what was typed when it is moved in the page', async () => {
    const element = mount({ form: 'karta-czasu-pracy', 'as-of': '2026-03-31' });
    element.data = { assistant: 'Anna Kowalska' };
    await waitFor(() => expect(shadow(element).querySelector<HTMLInputElement>('input[id$="_assistant"]')?.value).toBe('Anna Kowalska'));
    element.remove();
    document.body.append(element);
    await waitFor(() => expect(shadow(element).querySelector<HTMLInputElement>('input[id$="_assistant"]')?.value).toBe('Anna Kowalska'));
  });
});

describe('<asysta-form> with an own profile', () => {
  it('takes { profile, packs } as a property and shows the own rule', async () => {
    const { ownPack, ownProfile, timeCardWithPlace } = await import('../../forms/test/support/own-profile.js');
    const element = document.createElement('asysta-form');
    element.setAttribute('form', 'karta-czasu-pracy');
    element.setAttribute('as-of', '2026-03-31');
    element.profile = { profile: ownProfile, packs: [ownPack] };
    element.data = timeCardWithPlace('inne');
    document.body.append(element);
    await waitFor(() => expect(element.shadowRoot!.textContent).toContain('Podaj, gdzie było spotkanie.'));
  });

  it('fetches a profile file named in the attribute, and says so in its locale when it cannot', async () => {
    const { ownPack, ownProfile } = await import('../../forms/test/support/own-profile.js');
    const files: Record<string, unknown> = { 'moj-ops.profile.json': ownProfile, 'moj-ops.rules.json': ownPack };
    const asked: string[] = [];
    const original = globalThis.fetch;
    globalThis.fetch = (async (url: string) => {
      const name = String(url).split('/').pop()!;
      asked.push(name);
      return name in files ? new Response(JSON.stringify(files[name])) : new Response('', { status: 404 });
    }) as typeof fetch;
    try {
      const element = mount({ form: 'karta-czasu-pracy', profile: 'moj-ops.profile.json', 'as-of': '2026-03-31' });
      await waitFor(() => expect(element.shadowRoot!.querySelector('input')).toBeTruthy());
      expect(asked).toEqual(['moj-ops.profile.json', 'moj-ops.rules.json']);
      const errors: AsystaFormErrorEventDetail[] = [];
      const missing = document.createElement('asysta-form');
      missing.addEventListener('asysta-error', (event) => errors.push((event as CustomEvent<AsystaFormErrorEventDetail>).detail));
      missing.setAttribute('form', 'karta-czasu-pracy');
      missing.setAttribute('profile', 'brak.profile.json');
      document.body.append(missing);
      await waitFor(() => expect(missing.shadowRoot!.textContent).toContain('Nie udało się wczytać pliku profilu'));
      expect(errors[0]?.issues[0]?.message).toContain('HTTP 404');
    } finally {
      globalThis.fetch = original;
    }
  });
});
