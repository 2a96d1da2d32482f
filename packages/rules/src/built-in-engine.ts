import { validateProfileShape, validateRulePackShape } from '@asysta/core';
import { createRulesEngineFrom, type FormatChecks, type RulesEngine, type RulesEngineOptions } from './engine.js';
import { DOMAIN_OPERATORS } from './operators.js';
import { readsOfRule } from './reads.js';
import { builtInPacks, builtInProfiles } from './registry.js';

/** The published formats' checks, for own packs and profiles. */
export const formatChecks: FormatChecks = { pack: validateRulePackShape, profile: validateProfileShape };

/** A rules engine that knows every built-in pack and profile, besides the options' own (their format checked). */
export function createRulesEngine(options: RulesEngineOptions = {}): RulesEngine {
  return createRulesEngineFrom(options, { packs: builtInPacks, profiles: builtInProfiles }, { formats: formatChecks, readsOfRule: (rule) => readsOfRule(rule, DOMAIN_OPERATORS) });
}

// Engines of built-in profiles are immutable once made: everything in one process shares them.
const shared = new Map<string, RulesEngine>();

/** The engine of a built-in profile in a locale, made once (forms on a page, cases on a server). */
export function sharedRulesEngine(profile: string, locale: RulesEngineOptions['locale'] = 'pl'): RulesEngine {
  const key = `${profile}|${locale}`;
  let engine = shared.get(key);
  if (!engine) {
    engine = createRulesEngine({ profile, locale });
    shared.set(key, engine);
  }
  return engine;
}
