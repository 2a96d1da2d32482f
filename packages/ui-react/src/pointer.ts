import { escapePointerToken, parsePointer } from '@asysta/core';

/** The JSON Pointer of an rjsf field path: ['rows', 2, 'date'] → "/rows/2/date"; [] → "". */
export function pointerOf(path: readonly (string | number)[]): string {
  return path.map((token) => `/${escapePointerToken(token)}`).join('');
}

/** The DOM id rjsf gives the field at `pointer` (idPrefix + tokens joined by the separator). */
export function idOf(idPrefix: string, pointer: string, separator = '_'): string {
  return [idPrefix, ...safeTokens(pointer)].join(separator);
}

/** The parent pointer ("/rows/2/date" → "/rows/2"); the root has none. */
export function parentOf(pointer: string): string | undefined {
  if (pointer === '') return undefined;
  return pointer.slice(0, pointer.lastIndexOf('/'));
}

export function safeTokens(pointer: string): string[] {
  try {
    return parsePointer(pointer);
  } catch {
    return [];
  }
}
