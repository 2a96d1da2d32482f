import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { AsystaForm } from '@asysta/ui-react';
import type { Locale } from '@asysta/forms';
import { AS_OF, example, FORM_ID, invalidData } from './fixtures';

/**
 * The family assistant's monthly time card (miesięczna karta czasu pracy) under the
 * Konstancin-Jeziorna profile. Language and profile come from the toolbar.
 */
const meta = {
  title: 'Formularze/Karta czasu pracy',
  component: AsystaForm,
  args: {
    form: FORM_ID,
    asOf: AS_OF,
    onChange: fn(),
    onSubmit: fn(),
    onError: fn(),
  },
  render: (args, { globals }) => (
    <AsystaForm
      {...args}
      locale={args.locale ?? (globals['locale'] as Locale | undefined)}
      profile={args.profile ?? (globals['profile'] as string | undefined)}
    />
  ),
} satisfies Meta<typeof AsystaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};

export const Filled: Story = {
  args: { data: example('three-meetings') },
};

/** More than 6 h with the family in the month: the Konstancin-Jeziorna rule warns at the rows concerned. */
export const OverQuota: Story = {
  name: 'Over quota',
  args: { data: example('over-monthly-quota') },
  globals: { profile: 'konstancin-jeziorna' },
};

/** Errors inline and in the summary, as after a submit attempt. */
export const Invalid: Story = {
  args: { data: invalidData },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: /Zapisz|Save/ }));
  },
};

export const English: Story = {
  args: { data: example('over-monthly-quota') },
  globals: { locale: 'en' },
};

/** An unknown form id: a visible error box, never a blank page. */
export const UnknownForm: Story = {
  name: 'Unknown form',
  args: { form: 'no-such-form' },
};
