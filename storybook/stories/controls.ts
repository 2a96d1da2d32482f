/** The controls every form story shares: selects of the real profile ids and locales, never "Set object". */
import type { ArgTypes } from '@storybook/react-vite';
import { builtInProfiles } from '@asysta/rules';
import { listForms } from '@asysta/forms';

/** The date the stories evaluate rules as of, unless an example names its own. */
export const AS_OF = '2026-03-31';

export const profileArgType = {
  name: 'profile',
  description: 'Profil OPS: pakiety reguł i ustawienia lokalne (OPS profile: rule packs and local settings)',
  options: builtInProfiles.map((p) => p.id),
  control: { type: 'select', labels: Object.fromEntries(builtInProfiles.map((p) => [p.id, `${p.id} – ${p.title.pl}`])) },
} as const;

export const localeArgType = {
  name: 'locale',
  description: 'Język formularza (language of the form)',
  options: ['pl', 'en'],
  control: { type: 'inline-radio', labels: { pl: 'Polski', en: 'English' } },
} as const;

export const formArgType = {
  name: 'form',
  description: 'Formularz (a built-in form, by its Polish title)',
  options: listForms().map((f) => f.id),
  control: { type: 'select', labels: Object.fromEntries(listForms().map((f) => [f.id, f.title.pl])) },
} as const;

export const commonArgTypes = {
  profile: profileArgType,
  locale: localeArgType,
  asOf: { name: 'asOf', description: 'Data oceny reguł, RRRR-MM-DD (the as-of date)', control: 'text' },
  disabled: { control: 'boolean' },
  data: { description: 'Dane formularza (JSON)', control: 'object' },
} satisfies Partial<ArgTypes>;
