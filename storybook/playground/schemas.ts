/**
 * The published format schemas as one document each, for the editor's completion and hover: the
 * references into common.schema.json become local ones, its definitions copied in.
 */
import { commonSchema, profileSchema, rulePackSchema, withDomainDefinitions, type JsonSchema } from '@asysta/core';
import type { EditorSchema } from './JsonEditor';

function localRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(localRefs);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [key, key === '$ref' && typeof value === 'string' ? value.replace(/^common\.schema\.json#/, '#') : localRefs(value)]),
  );
}

function selfContained(schema: JsonSchema): EditorSchema {
  const common = (commonSchema['definitions'] ?? {}) as Record<string, unknown>;
  const own = (schema['definitions'] ?? {}) as Record<string, unknown>;
  const { $id: _id, ...rest } = schema;
  return localRefs({ ...rest, definitions: { ...common, ...own } }) as EditorSchema;
}

export const profileEditorSchema = selfContained(profileSchema);
export const packEditorSchema = selfContained(rulePackSchema);

/** A form's data schema (its domain types copied in), for the own-data file. */
export const dataEditorSchema = (schema: JsonSchema): EditorSchema => withDomainDefinitions(schema) as EditorSchema;
