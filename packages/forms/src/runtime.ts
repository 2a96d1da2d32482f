/**
 * The form model for a page that loads one form's module (`@asysta/forms/forms/<id>`) and one
 * profile's (`@asysta/rules/profiles/<id>`): nothing of the other forms, packs or the definition
 * format's validators comes with it. The custom element's standalone runtime is built on this.
 *
 * @packageDocumentation
 * @module @asysta/forms/runtime
 */
import { createRulesEngineFrom, type RulesEngine } from '@asysta/rules';
import type { Profile, RulePack } from '@asysta/core';
import type { ReadSet } from '@asysta/rules';
import type { FormModule } from './form-module.js';
import { createModel, resolveOptions } from './model-core.js';
import type { FormModel, FormModelOptions } from './model-types.js';
import { prepareForm } from './prepare.js';

export interface ProfileModule {
  id: string;
  /** The profile and the profiles it extends. */
  profiles: readonly Profile[];
  packs: readonly RulePack[];
  /** What each rule reads, by rule id, found when the module was generated. */
  reads?: Readonly<Record<string, ReadSet>>;
}

/** A rules engine over one profile's module; throws AsystaError for a profile it cannot resolve. */
export function engineFromModule(profile: ProfileModule, locale: FormModelOptions['locale'] = 'pl'): RulesEngine {
  // The module's packs and profiles are built in (checked when they were generated).
  return createRulesEngineFrom({ profile: profile.id, locale: locale ?? 'pl' }, { packs: profile.packs, profiles: profile.profiles, reads: profile.reads });
}

/**
 * A form model from a form's module and a rules engine (`engineFromModule`). The module's
 * definition is trusted (it was checked when it was generated); its validators are checked against
 * the schema's hash all the same.
 */
export function createFormModelFrom(module: FormModule, options: FormModelOptions & { engine: RulesEngine }): FormModel {
  const resolved = resolveOptions(options);
  const form = prepareForm(module.definition, { locale: resolved.locale, engine: options.engine, builtIn: module });
  return createModel({ form, engine: options.engine, profile: options.engine.profile.id }, options, resolved, module.steps);
}

export type { FormModule } from './form-module.js';
export type { DataValidator } from './prepare.js';
export type { RulesEngine } from '@asysta/rules';
export type { OwnProfile } from './own-profile.js';
export type { FormModel, FormModelOptions, FormState, SaveConfirmation, SubmitResult } from './model-types.js';
export type { InteractionSnapshot } from './interaction.js';
export type * from './view-types.js';
export { stepPosition, type FormLayout } from './step-state.js';
// For a form module of one's own that declares steps (the generated modules import it from its file).
export { stepSupport, type StepSupport } from './step-support.js';
export { formatInput, inputPattern, parseInput, type InputWidget } from './inputs.js';
export { describeLoadError, type LoadError } from './load-error.js';
export { asystaCss, asystaPageCss } from './styles.js';
export type { PrintAnswer, PrintBlock, PrintLane, PrintRow, PrintSection, PrintSignature, PrintTable, PrintTotal, PrintView } from './print-view.js';
// Drafts: the session renderers drive and draw; the stores and keys load with `@asysta/forms/drafts-idb` (import() on demand) when a page keeps drafts.
export { draftRestoredNotice } from './draft-notice.js';
export type { DraftRestore, Drafts } from './drafts.js';
export {
  createDraftSession,
  type DraftChannel,
  type DraftNoticeView,
  type DraftSession,
  type DraftSessionOptions,
  type DraftView,
  type NotCarriedOverItemView,
  type NotCarriedOverView,
} from './draft-session.js';
export type { NotCarriedOver, NotCarriedOverReason } from './migrations.js';
export { AsystaError, translate, type FormDefinition, type Issue, type Locale } from '@asysta/core';
export type { RuleReport, RuleResult } from '@asysta/rules';
