import type { Meta, StoryObj } from '@storybook/react-vite';
import { Playground, type PlaygroundProps } from '../playground/Playground';
import { AS_OF, formArgType, localeArgType, profileArgType } from './controls';

/**
 * The administrators' rules playground: a page of its own beside the stories. The controls choose
 * what it opens with; inside, everything is chosen and edited on the page itself.
 */
const meta = {
  title: 'Administratorzy/Plac zabaw reguł',
  component: Playground,
  args: { form: 'karta-czasu-pracy', profile: 'konstancin-jeziorna', locale: 'pl', asOf: AS_OF },
  argTypes: { form: formArgType, profile: profileArgType, locale: localeArgType, asOf: { control: 'text' } },
  parameters: { layout: 'fullscreen' },
  // A new start for each choice in the controls (the page keeps its own state otherwise).
  render: (args) => <Playground key={`${args.form}|${args.profile}|${args.locale}|${args.asOf}`} {...args} />,
} satisfies Meta<PlaygroundProps>;

export default meta;

export const PlacZabaw: StoryObj<PlaygroundProps> = { name: 'Plac zabaw reguł' };

export const English: StoryObj<PlaygroundProps> = { args: { locale: 'en' } };
