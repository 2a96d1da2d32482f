/**
 * Precompiling validators with ajv's standalone code (Node only): the build of the built-in forms
 * (scripts/generate.ts) and `asysta forms compile` for an OPS's own definitions share this code.
 * The output is an ES module whose helpers come from @asysta/core, so no ajv – and no code
 * generation – reaches the browser.
 */
import { Ajv, type AnySchema } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { _ } from 'ajv/dist/compile/codegen/index.js';
import { formats, hashJson, withDomainDefinitions, type FormDefinition } from '@asysta/core';

export function newPrecompilingAjv(): Ajv {
  const ajv = new Ajv({
    code: { source: true, esm: true, formats: _`asystaFormats`, lines: false },
    allErrors: true,
    strict: true,
    messages: false,
    keywords: ['tsType'],
    // Shared definitions become shared functions instead of copies: a much smaller bundle.
    inlineRefs: false,
  });
  for (const [name, format] of Object.entries(formats)) ajv.addFormat(name, format);
  return ajv;
}

/** ajv's standalone output as an ES module importing its run-time helpers from @asysta/core. */
export function toEsModule(code: string, coreImport: string, header: string): string {
  const runtime: Record<string, string> = { 'ajv/dist/runtime/equal': 'deepEqual', 'ajv/dist/runtime/ucs2length': 'ucs2length' };
  const body = code
    .replace(/^"use strict";/, '')
    .replace(/require\("([^"]+)"\)\.default/g, (_whole, module: string) => {
      const name = runtime[module];
      if (!name) throw new Error(`the precompiled validator needs ${module}, which has no ES module here`);
      return name;
    });
  if (body.includes('require(')) throw new Error('the precompiled validator still calls require()');
  return `${header}/* eslint-disable */\n// @ts-nocheck\nimport { formats as asystaFormats, deepEqual, ucs2length } from '${coreImport}';\n${body}\n`;
}

export function formExportName(id: string): string {
  return id.replace(/-(\w)/g, (_w, c: string) => c.toUpperCase()).replace(/[^A-Za-z0-9_$]/g, '_');
}

/** Top-level properties that are arrays of objects: their items get validators of their own. */
export function itemArrays(schema: Record<string, unknown>): string[] {
  const definitions = (schema['definitions'] ?? {}) as Record<string, Record<string, unknown>>;
  const deref = (node: Record<string, unknown>) => {
    const name = typeof node['$ref'] === 'string' ? /^#\/definitions\/(.+)$/.exec(node['$ref'])?.[1] : undefined;
    return name && definitions[name] ? definitions[name]! : node;
  };
  const properties = (schema['properties'] ?? {}) as Record<string, Record<string, unknown>>;
  return Object.keys(properties).filter((name) => {
    const property = deref(properties[name]!);
    const items = property['items'] as Record<string, unknown> | undefined;
    return property['type'] === 'array' && items !== undefined && deref(items)['type'] === 'object';
  });
}

/**
 * An ES module exporting `formValidators`: for each definition its data validator, the hash of the
 * schema it was compiled from, and a validator per item of each top-level array.
 */
export function compileFormValidators(definitions: readonly FormDefinition[], coreImport: string, header = ''): string {
  const ajv = newPrecompilingAjv();
  const exports: Record<string, string> = {};
  const rows: string[] = [];
  for (const definition of definitions) {
    const schema = withDomainDefinitions(definition.schema);
    ajv.addSchema({ ...schema, $id: `asysta:form:${definition.id}` } as AnySchema);
    const name = formExportName(definition.id);
    exports[name] = `asysta:form:${definition.id}`;
    // One validator per item of each top-level array, so that a change to one row validates one row.
    const items = itemArrays(schema).map((property) => {
      exports[`${name}__${property}`] = `asysta:form:${definition.id}#/properties/${property}/items`;
      return `${JSON.stringify(`/${property}/*`)}: ${name}__${property}`;
    });
    rows.push(`  ${JSON.stringify(definition.id)}: { validate: ${name}, schemaHash: ${JSON.stringify(hashJson(schema))}, items: { ${items.join(', ')} } },`);
  }
  const code = standaloneCode(ajv, exports);
  return `${toEsModule(code, coreImport, header)}\nexport const formValidators = {\n${rows.join('\n')}\n};\n`;
}

/** Precompiled validators of the three formats (for @asysta/core itself). */
export function compileMetaValidators(schemas: readonly Record<string, unknown>[], exports: Record<string, string>, coreImport: string, header = ''): string {
  const ajv = newPrecompilingAjv();
  for (const schema of schemas) ajv.addSchema(schema as AnySchema);
  return toEsModule(standaloneCode(ajv, exports), coreImport, header);
}
