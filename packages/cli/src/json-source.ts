/**
 * JSON files with positions: syntax errors and JSON Pointers turned into line:column. Before the
 * (recursive) parser sees a file, it is checked in one linear pass: its size, its encoding (UTF-8,
 * an optional BOM) and its nesting depth; duplicate keys are reported as warnings with both lines.
 */
import { readFile } from 'node:fs/promises';
import { cliText, type CliMessageKey } from './messages.js';
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { DEFAULT_PACK_LIMITS, escapePointerToken, formatCount, parsePointer, type Locale, type MessageParams } from '@asysta/core';

/** A key that appears twice in one object: JSON.parse keeps the last one. */
export interface DuplicateKey {
  key: string;
  /** JSON Pointer of the object. */
  path: string;
  firstLine: number;
  secondLine: number;
}

export interface JsonSource {
  file: string;
  text: string;
  value: unknown;
  tree: Node | undefined;
  duplicates: DuplicateKey[];
}

/** A file that cannot be parsed as JSON for a reason other than syntax, with a message key. */
export class JsonSourceError extends Error {
  override readonly name = 'JsonSourceError';
  constructor(
    readonly file: string,
    readonly code: CliMessageKey,
    readonly params: MessageParams,
    readonly line?: number,
    readonly pointer = '',
  ) {
    super(code);
  }
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

// Where each line starts, for the last text asked about: a file with thousands of problems is
// located in O(log n) per problem, not by scanning from its start each time.
let indexedText: string | undefined;
let lineStarts: number[] = [];

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  if (text !== indexedText) {
    indexedText = text;
    lineStarts = [0];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  }
  const at = Math.max(0, Math.min(offset, text.length));
  // The last line start at or before `at`: the lines whose newline comes before the offset.
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid]! <= at) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - lineStarts[low]! + 1 };
}

/** The message of a file that could not be read as JSON, with its counts in words. */
export function describeJsonSourceError(error: JsonSourceError, locale: Locale): string {
  const { params } = error;
  if (error.code === 'cli.tooLarge') {
    return cliText(error.code, locale, { size: formatCount(Number(params['size']), 'byte', locale), limit: formatCount(Number(params['limit']), 'byte', locale) });
  }
  if (error.code === 'cli.tooDeep') return cliText(error.code, locale, { limit: formatCount(Number(params['limit']), 'level', locale) });
  return cliText(error.code, locale, params);
}

/** The byte offset of the first byte that is not well-formed UTF-8, or -1. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let code = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * The first place nested deeper than `maxDepth`, found by scanning the text once (strings skipped),
 * with the JSON Pointer of the value that opens the level too many.
 */
export function tooDeep(text: string, maxDepth: number): { offset: number; pointer: string } | undefined {
  // Per open container: its kind, the next array index or the last key read.
  const stack: { array: boolean; index: number; key: string }[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // a string: find its end, keep it (only keys are needed, and only until the next one)
      let j = i + 1;
      while (j < text.length && text.charCodeAt(j) !== 0x22) j += text.charCodeAt(j) === 0x5c ? 2 : 1;
      const top = stack[stack.length - 1];
      if (top && !top.array && expectKey) {
        const lastString = text.slice(i + 1, Math.min(j, i + 1 + 1024));
        try {
          top.key = JSON.parse(`"${lastString}"`) as string;
        } catch {
          top.key = lastString;
        }
        expectKey = false;
      }
      i = j;
    } else if (c === 0x7b || c === 0x5b) {
      if (stack.length >= maxDepth) {
        const pointer = stack.map((f) => `/${escapePointerToken(f.array ? f.index : f.key)}`).join('');
        return { offset: i, pointer };
      }
      stack.push({ array: c === 0x5b, index: 0, key: '' });
      expectKey = c === 0x7b;
    } else if (c === 0x7d || c === 0x5d) {
      stack.pop();
      expectKey = false;
    } else if (c === 0x2c) {
      const top = stack[stack.length - 1];
      if (top?.array) top.index++;
      else if (top) expectKey = true;
    }
  }
  return undefined;
}

/** Keys that appear twice in one object, walked without recursion. */
function duplicateKeys(text: string, tree: Node | undefined): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  if (!tree) return found;
  const stack: { node: Node; path: string }[] = [{ node: tree, path: '' }];
  while (stack.length) {
    const { node, path } = stack.pop()!;
    const seen = new Map<string, number>();
    (node.children ?? []).forEach((child, i) => {
      if (node.type === 'object' && child.type === 'property') {
        const keyNode = child.children?.[0];
        const valueNode = child.children?.[1];
        const key = String(keyNode?.value ?? '');
        const first = seen.get(key);
        if (first !== undefined) {
          found.push({ key, path, firstLine: lineAndColumn(text, first).line, secondLine: lineAndColumn(text, child.offset).line });
        } else {
          seen.set(key, child.offset);
        }
        if (valueNode) stack.push({ node: valueNode, path: `${path}/${escapePointerToken(key)}` });
      } else if (node.type === 'array') {
        stack.push({ node: child, path: `${path}/${i}` });
      }
    });
  }
  return found.sort((a, b) => a.secondLine - b.secondLine);
}

export function parseJsonSource(file: string, input: string): JsonSource {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const deep = tooDeep(text, DEFAULT_PACK_LIMITS.maxDepth);
  if (deep) {
    const { line } = lineAndColumn(text, deep.offset);
    throw new JsonSourceError(file, 'cli.tooDeep', { limit: DEFAULT_PACK_LIMITS.maxDepth }, line, deep.pointer);
  }
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (first) {
    const { line, column } = lineAndColumn(text, first.offset);
    throw new JsonSyntaxError(file, line, column, printParseErrorCode(first.error));
  }
  // JSON.parse gives the same value as the tree and keeps "__proto__" as a plain own key.
  return { file, text, value: JSON.parse(text) as unknown, tree, duplicates: duplicateKeys(text, tree) };
}

/** Read a JSON file: at most `maxBytes`, UTF-8 (a BOM is accepted), then parsed. */
export async function readJsonSource(file: string, maxBytes: number = DEFAULT_PACK_LIMITS.maxBytes): Promise<JsonSource> {
  const bytes = await readFile(file);
  if (bytes.length > maxBytes) throw new JsonSourceError(file, 'cli.tooLarge', { size: bytes.length, limit: maxBytes });
  const bad = invalidUtf8Offset(bytes);
  if (bad !== -1) {
    let line = 1;
    for (let i = 0; i < bad; i++) if (bytes[i] === 10) line++;
    throw new JsonSourceError(file, 'cli.invalidUtf8', { offset: bad }, line);
  }
  return parseJsonSource(file, bytes.toString('utf8'));
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
