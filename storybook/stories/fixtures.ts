/** Story data from the form definition's own examples, so Storybook shows what the tests check. */
import { getFormDefinition } from '@asysta/forms';

export const FORM_ID = 'karta-czasu-pracy';
export const AS_OF = '2026-03-31';

const definition = getFormDefinition(FORM_ID);

export function example(name: string): Record<string, unknown> {
  const found = [...definition.examples.valid, ...definition.examples.invalid].find((e) => e.name === name);
  if (!found) throw new Error(`The time card has no example "${name}"`);
  return structuredClone(found.data) as Record<string, unknown>;
}

/** Several kinds of mistakes at once: a missing and a too-short name, end before start, a date outside the month. */
export const invalidData: Record<string, unknown> = {
  familyRepresentative: 'M',
  month: '2026-03',
  rows: [
    { date: '2026-03-03', time: { from: '12:00', to: '10:00' }, place: 'Dom rodziny' },
    { date: '2026-04-01', time: { from: '10:00', to: '11:00' }, place: 'Szkoła' },
  ],
};
