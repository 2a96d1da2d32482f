/**
 * A CSP-safe `ValidatorType` for rjsf.
 *
 * rjsf needs a validator for two jobs: validating form data (errors shown to the user) and
 * `isValid`, which it asks while resolving schemas (which `oneOf`/`anyOf` branch matches, whether
 * an `if` holds, which `dependencies` apply) and computing defaults.
 *
 * - Validation is not rjsf's job here: the Asysta form model validates (with validators that are
 *   precompiled at build time) and runs the rules, so `validateFormData` reports nothing.
 * - `isValid` does a small structural check – `$ref`, `type`, `const`, `enum`, `required`,
 *   `properties`, `items`, `allOf` – which is enough to pick branches in the schemas Asysta
 *   uses (they avoid `oneOf`/`anyOf` on data; enum labels become `oneOf` of `const`s, which this
 *   check matches exactly).
 *
 * Why not `@rjsf/validator-ajv8`: it compiles schemas with ajv at run time, i.e. generates code
 * with `new Function`, which a strict Content-Security-Policy (no `unsafe-eval`) forbids, and it
 * would ship ajv's code generator in the browser bundle.
 */
import type { FormContextType, RJSFSchema, RJSFValidationError, ValidationData, ValidatorType } from '@rjsf/utils';

type Schema = Record<string, unknown>;

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}

/** Resolve a local `$ref` ("#/definitions/x", "#/$defs/x" or any "#/…" pointer) against the root. */
function resolveRef(schema: Schema, root: Schema, depth: number): Schema | undefined {
  const ref = schema['$ref'];
  if (typeof ref !== 'string') return schema;
  if (depth > 32 || !ref.startsWith('#')) return undefined;
  let node: unknown = root;
  for (const raw of ref.slice(1).split('/').filter(Boolean)) {
    const token = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isObject(node) || !Object.hasOwn(node, token)) return undefined;
    node = node[token];
  }
  if (!isObject(node)) return undefined;
  const { $ref: _ref, ...siblings } = schema;
  return resolveRef({ ...node, ...siblings }, root, depth + 1);
}

function typeMatches(type: string, value: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isObject(value);
    default:
      return true;
  }
}

/** Does `value` fit the structure of `schema`? (Not full JSON Schema: see the module comment.) */
export function matchesStructure(schemaNode: unknown, value: unknown, root: Schema, depth = 0): boolean {
  if (schemaNode === true || schemaNode === undefined) return true;
  if (schemaNode === false) return false;
  if (!isObject(schemaNode) || depth > 64) return true;
  const schema = resolveRef(schemaNode, root, 0);
  if (!schema) return false;

  if (Object.hasOwn(schema, 'const') && !deepEqual(schema['const'], value)) return false;
  const enumValues = schema['enum'];
  if (Array.isArray(enumValues) && !enumValues.some((option) => deepEqual(option, value))) return false;

  const type = schema['type'];
  if (typeof type === 'string' && !typeMatches(type, value)) return false;
  if (Array.isArray(type) && !type.some((t) => typeof t === 'string' && typeMatches(t, value))) return false;

  const allOf = schema['allOf'];
  if (Array.isArray(allOf) && !allOf.every((part) => matchesStructure(part, value, root, depth + 1))) return false;

  if (isObject(value)) {
    const required = schema['required'];
    if (Array.isArray(required) && required.some((key) => typeof key === 'string' && value[key] === undefined)) return false;
    const properties = schema['properties'];
    if (isObject(properties)) {
      for (const [key, sub] of Object.entries(properties)) {
        if (value[key] !== undefined && !matchesStructure(sub, value[key], root, depth + 1)) return false;
      }
    }
  } else if (Array.isArray(value)) {
    const items = schema['items'];
    if (isObject(items) && !value.every((item) => matchesStructure(items, item, root, depth + 1))) return false;
  }
  return true;
}

/**
 * The rjsf validator Asysta renderers use: no run-time code generation, no errors of its own
 * (the form model owns validation), a structural `isValid` for schema resolution.
 */
export function createStructuralValidator<T = unknown, F extends FormContextType = FormContextType>(): ValidatorType<T, RJSFSchema, F> {
  return {
    validateFormData(): ValidationData<T> {
      return { errors: [], errorSchema: {} };
    },
    isValid(schema: RJSFSchema, formData: T | undefined, rootSchema: RJSFSchema): boolean {
      return matchesStructure(schema, formData, rootSchema as Schema);
    },
    rawValidation<Result = RJSFValidationError>(schema: RJSFSchema, formData?: T): { errors?: Result[] } {
      return matchesStructure(schema, formData, schema as Schema)
        ? { errors: [] }
        : { errors: [{ name: 'structure', message: 'does not match the schema structure', stack: '' } as Result] };
    },
  };
}
