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

/**
 * Every array of objects in a schema, at any depth ("/rows/*", "/schedule/family/*",
 * "/members/*\/incomes/*"), with the schema location of its items after following `$ref`s
 * ("#/definitions/actions/items"): each gets a validator of its own, so that a change to one item
 * validates one item. Arrays sharing a definition share the location.
 */
export function itemArrays(schema: Record<string, unknown>): { pattern: string; location: string }[] {
  type Node = Record<string, unknown>;
  const definitions = (schema['definitions'] ?? {}) as Record<string, Node>;
  const found: { pattern: string; location: string }[] = [];
  const resolve = (node: Node, location: string): [Node, string] => {
    const name = typeof node['$ref'] === 'string' ? /^#\/definitions\/(.+)$/.exec(node['$ref'])?.[1] : undefined;
    return name && definitions[name] ? [definitions[name]!, `#/definitions/${name}`] : [node, location];
  };
  const walk = (input: Node, inputLocation: string, pattern: string, depth: number) => {
    if (depth > 16) return;
    const [node, location] = resolve(input, inputLocation);
    const properties = (node['properties'] ?? {}) as Record<string, Node>;
    for (const [name, child] of Object.entries(properties)) walk(child, `${location}/properties/${name}`, `${pattern}/${name}`, depth + 1);
    const items = node['items'];
    if (node['type'] === 'array' && items && typeof items === 'object' && !Array.isArray(items)) {
      const [item, itemLocation] = resolve(items as Node, `${location}/items`);
      if (item['type'] === 'object') found.push({ pattern: `${pattern}/*`, location: itemLocation });
      walk(items as Node, `${location}/items`, `${pattern}/*`, depth + 1);
    }
  };
  walk(schema, '#', '', 0);
  return found;
}

/**
 * An ES module exporting `formValidators`: for each definition its data validator, the hash of the
 * schema it was compiled from, and a validator per item of each array of objects (by pattern).
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
    // One validator per item of each array of objects, so that a change to one item validates one item.
    const byLocation = new Map<string, string>();
    const items = itemArrays(schema).map(({ pattern, location }) => {
      let exportName = byLocation.get(location);
      if (!exportName) {
        exportName = `${name}__${byLocation.size}`;
        byLocation.set(location, exportName);
        exports[exportName] = `asysta:form:${definition.id}${location}`;
      }
      return `${JSON.stringify(pattern)}: ${exportName}`;
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
