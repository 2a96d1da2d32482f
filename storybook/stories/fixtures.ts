/** Story data from the form definition's own examples, so Storybook shows what the tests check. */
import { getFormDefinition } from '@asysta/forms';

export { AS_OF } from './controls';
export const FORM_ID = 'karta-czasu-pracy';

/** A built-in form's example (valid or invalid) by name: its data, profile and as-of date. */
export function findExample(formId: string, name: string): { data: Record<string, unknown>; profile?: string; asOf?: string } {
  const definition = getFormDefinition(formId);
  const found = [...definition.examples.valid, ...definition.examples.invalid].find((e) => e.name === name);
  if (!found) throw new Error(`The form ${formId} has no example "${name}"`);
  return {
    data: structuredClone(found.data) as Record<string, unknown>,
    ...(found.profile ? { profile: found.profile } : {}),
    ...(found.asOf ? { asOf: found.asOf } : {}),
  };
}

export function example(name: string): Record<string, unknown> {
  return findExample(FORM_ID, name).data;
}
