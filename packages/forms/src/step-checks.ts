/**
 * The checks of a definition's steps at load (every part the form draws in exactly one step), each
 * problem at its pointer. Apart from steps.ts so that a page whose form has no steps does not load that.
 */
import { escapePointerToken, translate, type AsystaErrorDetail, type FormDefinition, type JsonSchema, type Locale } from '@asysta/core';
import { deref, isWithin, schemaAt, uiNodeAt, type Schema } from './paths.js';

/**
 * What a definition's steps cannot be, reported at their pointers: a step naming a part the schema
 * does not have, a part in two steps (or inside another step's part), a part the form draws in none,
 * a step id used twice.
 */
export function checkSteps(definition: FormDefinition, schema: JsonSchema, details: AsystaErrorDetail[], source: string, locale: Locale): void {
  const list = definition.steps?.list;
  if (!list) return;
  const ids = new Map<string, number>();
  const claimed: { field: string; step: string }[] = [];
  list.forEach((step, i) => {
    if (ids.has(step.id)) details.push({ source, path: `/steps/list/${i}/id`, message: translate('problem.step.duplicateId', locale, { id: step.id }) });
    else ids.set(step.id, i);
    step.fields.forEach((field, j) => {
      const path = `/steps/list/${i}/fields/${j}`;
      if (!schemaAt(schema, field)) {
        details.push({ source, path, message: translate('problem.notAField', locale, { field }) });
        return;
      }
      const other = claimed.find((c) => isWithin(field, c.field) || isWithin(c.field, field));
      if (other) details.push({ source, path, message: translate('problem.step.twice', locale, { field, step: other.step, other: other.field }) });
      else claimed.push({ field, step: step.id });
    });
  });
  // Every part drawn: claimed by a step, or a group whose parts are claimed one by one.
  const fields = claimed.map((c) => c.field);
  const ui = (definition.uiSchema ?? {}) as Schema;
  const walk = (node: Schema, pointer: string, depth: number) => {
    const properties = (node['properties'] ?? {}) as Record<string, Schema>;
    for (const name of Object.keys(properties)) {
      const at = `${pointer}/${escapePointerToken(name)}`;
      if (fields.includes(at) || uiNodeAt(ui, at, false)?.['ui:widget'] === 'hidden') continue;
      if (depth < 16 && fields.some((field) => isWithin(field, at))) walk(deref(properties[name]!, schema), at, depth + 1);
      else details.push({ source, path: '/steps/list', message: translate('problem.step.missing', locale, { field: at }) });
    }
  };
  walk(deref(schema, schema), '', 0);
}
