import { useEffect, useRef } from 'react';
import type * as React from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { defineAsystaForm, type AsystaFormElement } from '@asysta/web-components';
import { AS_OF, example, FORM_ID } from './fixtures';
import { formArgType, localeArgType, profileArgType } from './controls';

defineAsystaForm();

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'asysta-form': React.DetailedHTMLProps<React.HTMLAttributes<AsystaFormElement>, AsystaFormElement> & {
        form?: string | undefined;
        profile?: string | undefined;
        locale?: string | undefined;
        'as-of'?: string | undefined;
      };
    }
  }
}

interface ElementArgs {
  form: string;
  profile?: string | undefined;
  locale?: string | undefined;
  asOf?: string | undefined;
  data?: Record<string, unknown> | undefined;
  onAsystaChange: (detail: unknown) => void;
  onAsystaSubmit: (detail: unknown) => void;
  onAsystaError: (detail: unknown) => void;
}

/** `<asysta-form>` exactly as a plain HTML page uses it: attributes, the `data` property, DOM events. */
function AsystaFormHost({ form, profile, locale, asOf, data, onAsystaChange, onAsystaSubmit, onAsystaError }: ElementArgs) {
  const ref = useRef<AsystaFormElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (data) element.data = data;
  }, [data]);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const change = (event: Event) => onAsystaChange((event as CustomEvent).detail);
    const submit = (event: Event) => onAsystaSubmit((event as CustomEvent).detail);
    const error = (event: Event) => onAsystaError((event as CustomEvent).detail);
    element.addEventListener('asysta-change', change);
    element.addEventListener('asysta-submit', submit);
    element.addEventListener('asysta-error', error);
    return () => {
      element.removeEventListener('asysta-change', change);
      element.removeEventListener('asysta-submit', submit);
      element.removeEventListener('asysta-error', error);
    };
  }, [onAsystaChange, onAsystaSubmit, onAsystaError]);
  return <asysta-form ref={ref} form={form} profile={profile} locale={locale} as-of={asOf} />;
}

const meta = {
  title: 'Web Components/asysta-form',
  component: AsystaFormHost,
  args: {
    form: FORM_ID,
    profile: 'konstancin-jeziorna',
    locale: 'pl',
    asOf: AS_OF,
    onAsystaChange: fn(),
    onAsystaSubmit: fn(),
    onAsystaError: fn(),
  },
  argTypes: { form: formArgType, profile: profileArgType, locale: localeArgType },
} satisfies Meta<typeof AsystaFormHost>;

export default meta;
type Story = StoryObj<typeof meta>;

export const CustomElement: Story = {
  name: 'Custom element',
  args: { data: example('over-monthly-quota') },
};

export const CustomElementBadForm: Story = {
  name: 'Custom element – unknown form',
  args: { form: 'no-such-form' },
};
