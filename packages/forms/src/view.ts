/** The form as a renderer draws it in one locale: references inlined, titles and help texts filled in. */
import { localize, type Locale } from '@asysta/core';
import type { FormView } from './model-types.js';
import { deref, uiNodeAt } from './paths.js';
import type { PreparedForm } from './prepare.js';

type Schema = Record<string, unknown>;

export function buildView(form: PreparedForm, locale: Locale): FormView {
  const { definition, schema: root } = form;
  const uiSchema = structuredClone(definition.uiSchema) as Schema;

  const localizeNode = (node: Schema, pattern: string, depth: number): Schema => {
    const resolved = deref(node, root);
    const out: Schema = { ...resolved };
    delete out['definitions'];
    // Schema descriptions are notes for developers (in English); what users read comes from `labels`.
    delete out['description'];
    const label = definition.labels[pattern];
    if (label) {
      out['title'] = localize(label.title, locale);
      if (label.help) {
        // Help goes to the UI schema so that it shows under the field, not as a heading description.
        const ui = uiNodeAt(uiSchema, pattern, true)!;
        ui['ui:help'] = localize(label.help, locale);
      }
      if (label.enum && Array.isArray(resolved['enum'])) {
        out['oneOf'] = (resolved['enum'] as unknown[]).map((value) => {
          const text = label.enum?.[String(value)];
          return { const: value, title: text ? localize(text, locale) : String(value) };
        });
        delete out['enum'];
      }
    }
    if (depth > 16) return out;
    const props = resolved['properties'] as Record<string, Schema> | undefined;
    if (props) {
      out['properties'] = Object.fromEntries(
        Object.entries(props).map(([name, child]) => [name, localizeNode(child, `${pattern}/${name}`, depth + 1)]),
      );
    }
    const items = resolved['items'];
    if (items && typeof items === 'object' && !Array.isArray(items)) {
      out['items'] = localizeNode(items as Schema, `${pattern}/*`, depth + 1);
    }
    return out;
  };

  const schema = localizeNode(root, '', 0);
  const title = localize(definition.title, locale);
  schema['title'] = title;
  return {
    title,
    ...(definition.description ? { description: localize(definition.description, locale) } : {}),
    schema,
    uiSchema,
  };
}
