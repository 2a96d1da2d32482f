/**
 * The formats (JSON Schemas, their types and precompiled checks), issues and messages in Polish and English, dates in Europe/Warsaw, pointers, limits.
 *
 * @packageDocumentation
 * @module @asysta/core
 */
export type { Issue, Locale, LocalizedText, Reference, Severity } from './issue.js';
export { LOCALES } from './issue.js';
export type { CompiledLogic, JsonLogicExpression, JsonValue } from './logic-types.js';
export type {
  AssistantQualifications,
  Case,
  CaseDocument,
  Check,
  DerivedField,
  ExpectedIssue,
  FieldLabel,
  FormDefinition,
  FormStep,
  FormSteps,
  InvalidExample,
  Migration,
  MigrationChange,
  Parameter,
  PrintColumn,
  PrintLayout,
  PrintTable,
  PrintTotal,
  Profile,
  Rule,
  RulePack,
  RuleTestCase,
  ValidExample,
} from './generated/types.js';
export { AsystaError, type AsystaErrorDetail } from './errors.js';
export {
  schemaShapeIssues,
  validateCaseShape,
  validateFormDefinitionShape,
  validateProfileShape,
  validateRulePackShape,
  type ShapeIssue,
} from './meta.js';
export {
  caseSchema,
  commonSchema,
  type JsonSchema,
  domainSchema,
  formDefinitionSchema,
  profileSchema,
  rulePackSchema,
  withDomainDefinitions,
} from './schemas.js';
export { formats, type FormatName } from './formats.js';
export { deepEqual, ucs2length } from './validator-runtime.js';
export { isValidPesel, parsePesel, daysInMonth, type PeselInfo, type PeselResult } from './pesel.js';
export {
  addDays,
  addMonths,
  daysBetween,
  isDate,
  isDateInMonth,
  isMonth,
  isTime,
  minutesBetween,
  minutesOfDay,
  monthOf,
  monthsBetween,
  todayInWarsaw,
} from './time.js';
export {
  DEFAULT_LOCALE,
  describeKind,
  fillTemplate,
  formatCount,
  formatDate,
  formatDuration,
  formatDurationShort,
  formatHours,
  formatMessage,
  translatorOf,
  formatMoney,
  formatMonth,
  formatInMonth,
  formatNumber,
  isLocale,
  jsonSyntaxReason,
  localize,
  plural,
  pluralBlocks,
  textOf,
  translate,
  type CountedNoun,
  type MessageParams,
  type PluralForms,
} from './i18n.js';
export { catalog, type MessageKey } from './messages.js';
export { hashJson } from './hash.js';
export { describeSchemaError, type RawSchemaError, type SchemaErrorDescription } from './schema-errors.js';
export { escapePointerToken, getAtPointer, isSafeKey, isWithin, parsePointer, toPointer, unescapePointerToken } from './pointer.js';
export {
  checkJsonInput,
  checkPointerIndexes,
  DEFAULT_INPUT_LIMITS,
  DEFAULT_PACK_LIMITS,
  HARD_INPUT_LIMITS,
  resolveLimits,
  schemaLimitIssues,
  toJsonData,
  type InputLimits,
  type JsonInputOptions,
  type SchemaLimitIssue,
} from './limits.js';
