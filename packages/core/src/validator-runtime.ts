/**
 * The two helpers that ajv's standalone code needs at run time, as ES modules, so that the
 * precompiled validators ship without ajv itself (ajv/dist/runtime is CommonJS).
 */

/** Structural equality of JSON values (ajv's `equal` runtime, for const/enum/uniqueItems). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a !== a && b !== b;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => deepEqual(item, b[i]));
  }
  if (Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every(
    (key) =>
      Object.prototype.hasOwnProperty.call(b, key) &&
      deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/** Length in Unicode code points, as JSON Schema's minLength/maxLength count it (ajv's `ucs2length`). */
export function ucs2length(value: string): number {
  let length = 0;
  for (const _ of value) length++;
  return length;
}
