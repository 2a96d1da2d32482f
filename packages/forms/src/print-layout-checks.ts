/**
 * What the format's schema cannot say of a print layout: every list, column field, total and
 * signature it names is a field of the form, each problem at its pointer under `/print`.
 */
import { translate, type AsystaErrorDetail, type FormDefinition, type JsonSchema, type Locale } from '@asysta/core';
import { schemaAt } from './paths.js';

const isObjectSchema = (schema: JsonSchema | undefined) => schema !== undefined && (schema['type'] === 'object' || (schema['properties'] !== undefined && typeof schema['properties'] === 'object'));
const isArraySchema = (schema: JsonSchema | undefined) => schema !== undefined && (schema['type'] === 'array' || (schema['items'] !== undefined && typeof schema['items'] === 'object'));

export function checkPrintLayout(definition: FormDefinition, schema: JsonSchema, details: AsystaErrorDetail[], source: string, locale: Locale): void {
  const print = definition.print;
  if (!print) return;
  const problem = (path: string, key: Parameters<typeof translate>[0], params?: Record<string, string>) => details.push({ source, path, message: translate(key, locale, params) });
  /** A value printed in one place only: the pointer of the first that claimed it, by its path. */
  const claimed = new Map<string, string>();
  const claim = (path: string, at: string) => {
    const other = claimed.get(path);
    if (other) problem(at, 'problem.print.twice', { field: path, other });
    else claimed.set(path, at);
  };

  (print.signatures ?? []).forEach((signature, i) => {
    if (signature.path === undefined) return;
    const at = `/print/signatures/${i}/path`;
    if (!schemaAt(schema, signature.path)) problem(at, 'problem.notAField', { field: signature.path });
    else claim(signature.path, at);
  });

  (print.tables ?? []).forEach((table, i) => {
    const base = `/print/tables/${i}`;
    const lists = 'lanes' in table ? table.lanes.map((lane, j) => ({ path: lane.path, at: `${base}/lanes/${j}/path` })) : [{ path: table.path, at: `${base}/path` }];
    const known = lists.filter(({ path, at }) => {
      if (path.split('/').includes('*')) problem(at, 'problem.print.listInList');
      else if (!isArraySchema(schemaAt(schema, path))) problem(at, 'problem.print.notAList', { field: path });
      else return true;
      return false;
    });
    (table.columns ?? []).forEach((column, k) => {
      const at = `${base}/columns/${k}`;
      const fields = column.fields ?? [];
      if (!fields.length && !column.label && known.some(({ path }) => isObjectSchema(schemaAt(schema, `${path}/*`)))) problem(at, 'problem.print.columnWithoutLabel');
      for (const { path } of known) {
        if (!fields.length) continue;
        if (!isObjectSchema(schemaAt(schema, `${path}/*`))) {
          problem(`${at}/fields`, 'problem.print.plainItems', { list: path });
          continue;
        }
        fields.forEach((field, m) => {
          if (!schemaAt(schema, `${path}/*/${field}`)) problem(`${at}/fields/${m}`, 'problem.print.notAnItemField', { field, list: path });
        });
      }
    });
    if (!('totals' in table)) return;
    (table.totals ?? []).forEach((total, t) => {
      const at = `${base}/totals/${t}`;
      if (!schemaAt(schema, total.path)) problem(`${at}/path`, 'problem.notAField', { field: total.path });
      else claim(total.path, `${at}/path`);
      const columns = table.columns;
      const inColumns = columns ? columns.some((column) => column.fields?.includes(total.column)) : known.some(({ path }) => schemaAt(schema, `${path}/*/${total.column}`) && !total.column.includes('/'));
      if (!inColumns) problem(`${at}/column`, 'problem.print.totalColumn', { column: total.column });
    });
  });
}
