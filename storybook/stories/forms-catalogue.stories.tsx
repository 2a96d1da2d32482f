import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { AsystaForm } from '@asysta/ui-react';
import { getFormDefinition, listForms, type Locale } from '@asysta/forms';

type Shown = 'empty' | 'valid' | 'invalid';

interface CatalogueArgs {
  form: string;
  shown: Shown;
}

/** The data a story shows: nothing, or the first valid or invalid example of the definition itself. */
function dataFor(form: string, shown: Shown): Record<string, unknown> | undefined {
  if (shown === 'empty') return undefined;
  const examples = getFormDefinition(form).examples[shown];
  return examples[0] ? (structuredClone(examples[0].data) as Record<string, unknown>) : undefined;
}

/**
 * Every built-in form, with its own example data: choose the form and what it shows in the
 * controls; language and profile in the toolbar. New definitions appear here without a new story.
 */
const meta = {
  title: 'Formularze/Katalog',
  args: { form: listForms()[0]!.id, shown: 'valid' },
  argTypes: {
    form: { control: 'select', options: listForms().map((f) => f.id) },
    shown: { control: 'inline-radio', options: ['empty', 'valid', 'invalid'] },
  },
  render: ({ form, shown }, { globals }) => (
    <AsystaForm
      key={`${form}-${shown}`}
      form={form}
      data={dataFor(form, shown)}
      asOf="2026-03-31"
      locale={globals['locale'] as Locale | undefined}
      profile={globals['profile'] as string | undefined}
      onChange={fn()}
      onSubmit={fn()}
      onError={fn()}
    />
  ),
} satisfies Meta<CatalogueArgs>;

export default meta;

export const Catalogue: StoryObj<CatalogueArgs> = { name: 'Katalog formularzy' };
