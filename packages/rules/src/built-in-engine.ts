import { createRulesEngineFrom, type RulesEngine, type RulesEngineOptions } from './engine.js';
import { builtInPacks, builtInProfiles } from './registry.js';

/** A rules engine that knows every built-in pack and profile, besides the options' own. */
export function createRulesEngine(options: RulesEngineOptions = {}): RulesEngine {
  return createRulesEngineFrom(options, { packs: builtInPacks, profiles: builtInProfiles });
}
