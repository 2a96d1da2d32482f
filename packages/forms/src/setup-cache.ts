/**
 * Prepared forms made once per (definition, profile's engine, locale, validator) and reused: checking a
 * definition against the format's schema and compiling its logic costs far more than evaluating data
 * with it, and a server or a case evaluates the same few forms thousands of times.
 *
 * - A built-in form named by id is keyed by its id and version.
 * - A definition object is keyed by its content (its JSON text), never by identity: a caller may
 *   change an object in place and pass it again. (The same content with keys in another order is
 *   only a second entry.) The entry is prepared from a copy taken when it
 *   was made, so such a change cannot reach what is cached either.
 * - Entries live per engine (a WeakMap: an own profile's engine takes its entries with it when it
 *   goes) and at most MAX_ENTRIES_PER_ENGINE of them, the least recently used going first.
 * - A definition that does not prepare is not cached: each call throws its located errors again.
 */
import { DEFAULT_PACK_LIMITS, toJsonData, type FormDefinition, type Locale } from '@asysta/core';
import type { RulesEngine } from '@asysta/rules';
import type { DataValidator } from './prepare.js';

export const MAX_ENTRIES_PER_ENGINE = 64;

const entriesByEngine = new WeakMap<RulesEngine, Map<string, unknown>>();
const validatorIds = new WeakMap<DataValidator, number>();
let nextValidatorId = 1;

function validatorKey(validator: DataValidator | undefined): string {
  if (!validator) return '';
  let id = validatorIds.get(validator);
  if (id === undefined) {
    id = nextValidatorId++;
    validatorIds.set(validator, id);
  }
  return `v${id}`;
}

/**
 * The cache key of a definition and the input to prepare from (a private copy for an object), or
 * undefined when the input is not plain JSON within the limits: then it is prepared uncached, which
 * says what is wrong with it.
 */
function keyOf(definition: FormDefinition | string, resolved: FormDefinition, locale: Locale): { key: string; input: FormDefinition } | undefined {
  if (typeof definition === 'string') return { key: `id|${locale}|${resolved.id}|${resolved.version}`, input: resolved };
  let copy: unknown;
  try {
    copy = toJsonData(definition, { locale, limits: DEFAULT_PACK_LIMITS, source: 'definition' });
  } catch {
    return undefined;
  }
  return { key: `json|${locale}|${JSON.stringify(copy)}`, input: copy as FormDefinition };
}

/**
 * The value `make` prepares for this definition, engine, locale and validator: from the cache when
 * one was made before, else made now (and kept when `make` returns).
 */
export function cachedSetup<T>(
  definition: FormDefinition | string,
  resolved: FormDefinition,
  engine: RulesEngine,
  locale: Locale,
  validator: DataValidator | undefined,
  make: (input: FormDefinition) => T,
): T {
  const keyed = keyOf(definition, resolved, locale);
  if (!keyed) return make(resolved);
  const key = `${validatorKey(validator)}|${keyed.key}`;
  let entries = entriesByEngine.get(engine);
  if (!entries) {
    entries = new Map();
    entriesByEngine.set(engine, entries);
  }
  if (entries.has(key)) {
    const found = entries.get(key) as T;
    // Most recently used last: a Map keeps insertion order, so the first key is the one to drop.
    entries.delete(key);
    entries.set(key, found);
    return found;
  }
  const made = make(keyed.input);
  entries.set(key, made);
  if (entries.size > MAX_ENTRIES_PER_ENGINE) entries.delete(entries.keys().next().value!);
  return made;
}
