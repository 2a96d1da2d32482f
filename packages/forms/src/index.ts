/**
 * The built-in form definitions and the form model: data, derived values, validation, rule verdicts, interaction state, the view tree, print view and drafts; validateSubmission for servers.
 *
 * @packageDocumentation
 * @module @asysta/forms
 */
export { createFormModel, type CreateFormModelOptions } from './model.js';
export type { FormListener, FormModel, FormModelOptions, FormState, SaveConfirmation, SubmitResult } from './model-types.js';
export type { InteractionSnapshot, SaveState } from './interaction.js';
export type {
  ArrayNode,
  DerivedNode,
  DerivedWidget,
  ErrorSummary,
  FieldNode,
  FieldWidget,
  FocusRequest,
  FormViewTree,
  GroupNode,
  ItemNode,
  ReviewChange,
  ReviewRow,
  ReviewSection,
  ReviewView,
  StepEntry,
  StepsView,
  SummaryEntry,
  ViewNode,
} from './view-types.js';
export { stepPosition, type FormLayout } from './step-state.js';
export { formatInput, inputPattern, parseInput, type InputWidget } from './inputs.js';
export { describeLoadError, type LoadError } from './load-error.js';
export { shownIssues, type ShownIssues } from './shown.js';
export { validateSubmission, type SubmissionIssue, type SubmissionResult } from './submission.js';
export { getFormDefinition, listForms } from './registry.js';
export { engineForProfile, fetchOwnProfile, isOwnProfile, type OwnProfile } from './own-profile.js';
export { KNOWN_FIELDS, KNOWN_WIDGETS, type DataValidator } from './prepare.js';
// Re-exported so renderers need only this package for what they show (not the whole core).
export { AsystaError, formatDuration, translate, type FormDefinition, type Issue, type Locale } from '@asysta/core';
export type { RuleReport, RuleResult, RulesEngine } from '@asysta/rules';
export { asystaCss, asystaPageCss } from './styles.js';
export type { PrintAnswer, PrintBlock, PrintLane, PrintRow, PrintSection, PrintSignature, PrintTable, PrintTotal, PrintView } from './print-view.js';
export {
  asideKey,
  createDraftKey,
  createDrafts,
  createMemoryDraftStore,
  openDraft,
  sealDraft,
  type DraftContent,
  type DraftRecord,
  type DraftRestore,
  type Drafts,
  type DraftsOptions,
  type DraftStore,
  type DraftSummary,
} from './drafts.js';
export { draftRestoredNotice } from './draft-notice.js';
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
export {
  compareVersions,
  migrateDraft,
  migrationChain,
  migrationProblems,
  type MigratedDraft,
  type NotCarriedOver,
  type NotCarriedOverReason,
} from './migrations.js';
