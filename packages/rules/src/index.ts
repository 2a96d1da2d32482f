/**
 * Rule packs with dated parameters and legal references, OPS profiles, and the CSP-safe JSON Logic engine that evaluates them.
 *
 * @packageDocumentation
 * @module @asysta/rules
 */
export { createRulesEngineFrom, type BuiltIns, type EngineSupport, type FormatChecks, type ResolvedProfile, type RulesEngine, type RulesEngineOptions } from './engine.js';
export { createRulesEngine, formatChecks, sharedRulesEngine } from './built-in-engine.js';
export type { EvaluateOptions, RuleReport, RuleResult, RuleStatus } from './types.js';
export {
  createLogicCompiler,
  DEFAULT_LIMITS,
  LogicCompileError,
  LogicRuntimeError,
  MAX_ARRAY_LENGTH,
  truthy,
  type CompileLimits,
  type Evaluate,
  type EvaluationContext,
  type LogicCompiler,
  type OperatorDefinition,
} from './logic.js';
export { DOMAIN_OPERATORS } from './operators.js';
export { readsOf, readsOfRule, type OperatorReads, type ReadsOptions } from './reads.js';
export { readsChanged, type Read, type ReadSet } from './read-set.js';
export { builtInPacks, builtInProfiles, listProfiles } from './registry.js';
export { runPackTests, type PackTestResult } from './pack-tests.js';
export { diffProfile, type ProfileDiffOptions, type ProfileDifference } from './profile-diff.js';
