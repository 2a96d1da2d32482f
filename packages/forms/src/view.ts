/** The form as a renderer draws it in one locale: references inlined, titles and help texts filled in. */
import { localize, type Locale } from '@asysta/core';
import type { FormView } from './model-types.js';
import { deref, uiNodeAt } from './paths.js';
import type { PreparedForm } from './prepare.js';

type Schema = Record<string, unknown>;

/** The view in one locale, without the conditional parts that are hidden now. */
export function buildView(form: PreparedForm, locale: Locale, hidden: readonly string[] = []): FormView {
  const hiddenSet = new Set(hidden);
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
        Object.entries(props)
          .filter(([name]) => !hiddenSet.has(`${pattern}/${name}`))
          .map(([name, child]) => [name, localizeNode(child, `${pattern}/${name}`, depth + 1)]),
      );
      if (Array.isArray(resolved['required'])) {
        out['required'] = (resolved['required'] as string[]).filter((name) => !hiddenSet.has(`${pattern}/${name}`));
      }
    }
    const items = resolved['items'];
    if (items && typeof items === 'object' && !Array.isArray(items)) {
      out['items'] = localizeNode(items as Schema, `${pattern}/*`, depth + 1);
    }
    return out;
  };

  const schema = localizeNode(root, '', 0);
  // rjsf rejects a `ui:order` that names a field the schema no longer has.
  for (const path of hidden) {
    const cut = path.lastIndexOf('/');
    const parent = uiNodeAt(uiSchema, path.slice(0, cut), false);
    const order = parent?.['ui:order'];
    if (Array.isArray(order)) parent!['ui:order'] = order.filter((name) => name !== path.slice(cut + 1));
  }
  const title = localize(definition.title, locale);
  schema['title'] = title;
  return {
    title,
    ...(definition.description ? { description: localize(definition.description, locale) } : {}),
    schema,
    uiSchema,
    ...(definition.print
      ? {
          print: {
            orientation: definition.print.orientation,
            signatures: (definition.print.signatures ?? []).map((signature) => localize(signature.label, locale)),
          },
        }
      : {}),
  };
}
