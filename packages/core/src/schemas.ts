import caseSchemaJson from '../schemas/case.schema.json';
import commonSchemaJson from '../schemas/common.schema.json';
import domainSchemaJson from '../schemas/domain.schema.json';
import formDefinitionSchemaJson from '../schemas/form-definition.schema.json';
import profileSchemaJson from '../schemas/profile.schema.json';
import rulePackSchemaJson from '../schemas/rule-pack.schema.json';

/** JSON Schema draft-07 as the definitions hold it (loose on purpose: definitions are data). */
export type JsonSchema = Record<string, unknown>;
type Schema = JsonSchema;

// The published JSON Schemas: the single source of truth for data and for the four formats.
// (Typed as plain objects so that the declarations do not depend on JSON modules.)
export const commonSchema: Schema = commonSchemaJson;
export const domainSchema: Schema = domainSchemaJson;
export const formDefinitionSchema: Schema = formDefinitionSchemaJson;
export const profileSchema: Schema = profileSchemaJson;
export const rulePackSchema: Schema = rulePackSchemaJson;
export const caseSchema: Schema = caseSchemaJson;

const domainDefinitions = domainSchemaJson.definitions as Record<string, Schema>;
const LOCAL_REF = /^#\/definitions\/([A-Za-z0-9]+)$/;

function collectRefs(node: unknown, into: Set<string>): void {
  if (Array.isArray(node)) {
    for (const item of node) collectRefs(item, into);
  } else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') {
        const name = LOCAL_REF.exec(value)?.[1];
        if (name) into.add(name);
      } else {
        collectRefs(value, into);
      }
    }
  }
}

/**
 * A form schema made self-contained: every "#/definitions/<name>" it uses that it does not define
 * itself is copied from the domain types (with what those refer to). Returns a new object.
 * Unknown names are left for the validator to report as unresolved references.
 */
export function withDomainDefinitions(schema: Schema): Schema {
  const own = (schema['definitions'] ?? {}) as Record<string, Schema>;
  const definitions: Record<string, Schema> = { ...own };
  const pending = new Set<string>();
  collectRefs(schema, pending);
  for (const name of pending) {
    if (name in definitions) continue;
    const domain = domainDefinitions[name];
    if (!domain) continue;
    definitions[name] = domain;
    collectRefs(domain, pending);
  }
  return Object.keys(definitions).length ? { ...schema, definitions } : { ...schema };
}
