/** The built-in form definitions, shipped as JSON. */
import { AsystaError, type FormDefinition, type Locale } from '@asysta/core';
import { builtInDefinitions as BUILT_IN } from './generated/definitions.js';

export function listForms(): { id: string; version: string; title: FormDefinition['title'] }[] {
  return BUILT_IN.map(({ id, version, title }) => ({ id, version, title }));
}

export function getFormDefinition(id: string, locale: Locale = 'pl'): FormDefinition {
  const found = BUILT_IN.find((d) => d.id === id);
  if (!found) {
    throw new AsystaError('error.form.unknown', locale, { id, available: BUILT_IN.map((d) => d.id).join(', ') });
  }
  return found;
}
