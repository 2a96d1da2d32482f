import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { AsystaForm, AsystaPrint } from '@asysta/ui-react';
import { getFormDefinition, type Locale } from '@asysta/forms';

/**
 * Forms as they print (A4, as their paper templates): answers as text, lists as tables in the
 * paper's columns with blank rows, totals and signature lines. `<AsystaPrint>` shows the print view on
 * screen; `<AsystaForm>` prints the same page whenever the page is printed. Language and profile
 * (whose centre's name heads the page) come from the toolbar.
 */
const meta = {
  title: 'Druk/Wydruk formularzy',
  component: AsystaPrint,
  args: { form: 'karta-czasu-pracy', asOf: '2026-03-31', onError: fn() },
  render: (args, { globals }) => (
    <AsystaPrint
      {...args}
      locale={args.locale ?? (globals['locale'] as Locale | undefined)}
      profile={args.profile ?? (globals['profile'] as string | undefined)}
    />
  ),
} satisfies Meta<typeof AsystaPrint>;

export default meta;
type Story = StoryObj<typeof meta>;

const firstExample = (id: string) => structuredClone(getFormDefinition(id).examples.valid[0]!.data);
const asOfExample = (id: string) => getFormDefinition(id).examples.valid[0]!.asOf ?? '2026-03-31';

/** The time card of three meetings: 12 numbered rows, the total hours, the signature lines. */
export const TimeCardFilled: Story = {
  name: 'Karta czasu pracy – wypełniona',
  args: { data: firstExample('karta-czasu-pracy') },
};

/** No data: the blank paper template an assistant fills in by hand. */
export const TimeCardBlank: Story = {
  name: 'Karta czasu pracy – pusty wzór',
};

/** The work plan in landscape: SWOT, goals, and the three lanes of the schedule side by side. */
export const WorkPlan: Story = {
  name: 'Plan pracy z rodziną',
  args: { form: 'plan-pracy-z-rodzina', asOf: asOfExample('plan-pracy-z-rodzina'), data: firstExample('plan-pracy-z-rodzina') },
  globals: { profile: 'milanowek' },
};

/** The service card's four columns, several fields to a cell, in landscape. */
export const ServiceCard: Story = {
  name: 'Karta realizacji usługi',
  args: { form: 'karta-realizacji-uslugi', asOf: asOfExample('karta-realizacji-uslugi'), data: firstExample('karta-realizacji-uslugi') },
};

/** The editable form with its print button: "Drukuj" prints the page above as the paper template. */
export const FormWithPrintButton: Story = {
  name: 'Formularz z przyciskiem „Drukuj”',
  render: (args, { globals }) => (
    <AsystaForm
      form="karta-czasu-pracy"
      asOf={args.asOf}
      data={firstExample('karta-czasu-pracy')}
      printButton
      locale={(globals['locale'] as Locale | undefined) ?? 'pl'}
      profile={(globals['profile'] as string | undefined) ?? 'konstancin-jeziorna'}
    />
  ),
};
