/** JSON files with positions: syntax errors and JSON Pointers turned into line:column. */
import { readFile } from 'node:fs/promises';
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { parsePointer } from '@asysta/core';

export interface JsonSource {
  file: string;
  text: string;
  value: unknown;
  tree: Node | undefined;
}

export class JsonSyntaxError extends Error {
  override readonly name = 'JsonSyntaxError';
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    message: string,
  ) {
    super(message);
  }
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

export function parseJsonSource(file: string, text: string): JsonSource {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (first) {
    const { line, column } = lineAndColumn(text, first.offset);
    throw new JsonSyntaxError(file, line, column, printParseErrorCode(first.error));
  }
  // JSON.parse gives the same value as the tree and keeps "__proto__" as a plain own key.
  return { file, text, value: JSON.parse(text) as unknown, tree };
}

export async function readJsonSource(file: string): Promise<JsonSource> {
  return parseJsonSource(file, await readFile(file, 'utf8'));
}

/**
 * The line of the value at a JSON Pointer – or of its nearest existing ancestor, since problems are
 * often about what is missing.
 */
export function lineOf(source: JsonSource, pointer: string): number | undefined {
  if (!source.tree) return undefined;
  let segments: (string | number)[];
  try {
    segments = parsePointer(pointer).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  } catch {
    return undefined;
  }
  for (let n = segments.length; n >= 0; n--) {
    const node = findNodeAtLocation(source.tree, segments.slice(0, n));
    if (node) {
      // Point at the property's key when there is one: that is where an editor shows it.
      const at = node.parent?.type === 'property' ? node.parent.offset : node.offset;
      return lineAndColumn(source.text, at).line;
    }
  }
  return undefined;
}
