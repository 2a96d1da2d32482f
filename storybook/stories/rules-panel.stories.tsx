/**
 * The rules panel on its own, in each state a verdict can be in – from real evaluations of the time
 * card's own examples (and an engine whose work budget is spent, for a rule error).
 */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { builtInPacks, builtInProfiles, createRulesEngine, sharedRulesEngine, type RulesEngine } from '@asysta/rules';
import { getFormDefinition, validateSubmission, type Locale } from '@asysta/forms';
import { RulesPanel, type RulesPanelProps } from '../playground/RulesPanel';
import { AS_OF, findExample, FORM_ID } from './fixtures';

const konstancin = builtInProfiles.find((p) => p.id === 'konstancin-jeziorna');

function panel(example: string, engine: RulesEngine = sharedRulesEngine('konstancin-jeziorna'), asOf = AS_OF, locale: Locale = 'pl'): RulesPanelProps {
  const { data } = findExample(FORM_ID, example);
  const facts = validateSubmission(FORM_ID, data, { engine, asOf }).data;
  return {
    results: engine.explain(facts, { recordKind: FORM_ID, asOf, locale }).results,
    shownRules: getFormDefinition(FORM_ID).rules ?? [],
    packs: builtInPacks,
    profile: konstancin,
    parameters: engine.parametersAsOf(asOf),
    asOf,
    locale,
  };
}

const meta = {
  title: 'Widżety i szablony/Panel reguł',
  component: RulesPanel,
} satisfies Meta<typeof RulesPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Spelnione: Story = { name: 'Spełnione', args: panel('three-meetings') };

export const NieSpelnione: Story = { name: 'Nie spełnia (ostrzeżenie)', args: panel('over-monthly-quota') };

export const Wyjasnienie: Story = {
  name: 'Wyjaśnienie otwarte',
  args: { ...panel('over-monthly-quota'), initiallyExplained: ['konstancin-jeziorna.hours-per-family-month#2'] },
};

export const NieDotyczy: Story = { name: 'Nie dotyczy (przed wejściem w życie)', args: panel('three-meetings', sharedRulesEngine('konstancin-jeziorna'), '2011-06-30') };

export const BladReguly: Story = {
  name: 'Błąd reguły (wyczerpany budżet)',
  args: panel('over-monthly-quota', createRulesEngine({ profile: 'konstancin-jeziorna', budget: 1 })),
};

export const Brak: Story = { name: 'Brak reguł', args: panel('three-meetings', sharedRulesEngine('default')) };

export const English: Story = { args: { ...panel('over-monthly-quota', sharedRulesEngine('konstancin-jeziorna'), AS_OF, 'en'), initiallyExplained: ['konstancin-jeziorna.hours-per-family-month#2'] } };
