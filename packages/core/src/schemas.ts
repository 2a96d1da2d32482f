import commonSchema from '../schemas/common.schema.json';
import domainSchema from '../schemas/domain.schema.json';
import formDefinitionSchema from '../schemas/form-definition.schema.json';
import profileSchema from '../schemas/profile.schema.json';
import rulePackSchema from '../schemas/rule-pack.schema.json';

/** The published JSON Schemas: the single source of truth for data and for the three formats. */
export { commonSchema, domainSchema, formDefinitionSchema, profileSchema, rulePackSchema };

type Schema = Record<string, unknown>;
const domainDefinitions = domainSchema.definitions as Record<string, Schema>;
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
