/**
 * The form model for a built-in form id or any definition, with the built-in profiles: what servers,
 * the CLI and the React renderer use. (A page that loads one form's module uses runtime.ts.)
 */
import { resolveLimits, validateFormDefinitionShape, type FormDefinition, type Locale } from '@asysta/core';
import { Evaluation, type Setup } from './evaluation.js';
import { migrationProblems } from './migrations.js';
import { formValidators } from './generated/form-validators.js';
import { createModel, resolveOptions, toPlainData, type ModelCoreOptions } from './model-core.js';
import type { FormModel, FormState } from './model-types.js';
import { prepareForm, type DataValidator } from './prepare.js';
import { engineForProfile } from './own-profile.js';
import { readsOfDefinition } from './form-reads.js';
import { getFormDefinition } from './registry.js';
import { stepSupport } from './step-support.js';

export interface CreateFormModelOptions extends ModelCoreOptions {
  /** For a definition that is not built in: its precompiled validator. */
  validator?: DataValidator;
}

function setUp(definition: FormDefinition | string, options: CreateFormModelOptions, locale: Locale): Setup {
  const engine = options.engine ?? engineForProfile(options.profile, locale);
  const input = typeof definition === 'string' ? getFormDefinition(definition, locale) : definition;
  const id = input !== null && typeof input === 'object' ? (input as { id?: unknown }).id : undefined;
  const builtIn = typeof id === 'string' && Object.hasOwn(formValidators, id) ? formValidators[id as keyof typeof formValidators] : undefined;
  const form = prepareForm(input, {
    locale,
    engine,
    checkShape: validateFormDefinitionShape,
    checkMigrations: migrationProblems,
    readsOf: readsOfDefinition,
    ...(options.validator ? { validator: options.validator } : { builtIn }),
  });
  return { form, engine, profile: engine.profile.id };
}

/** Evaluate data once (validateSubmission): the same code as the model, nothing to reuse, no view. */
export function evaluateOnce(definition: FormDefinition | string, data: unknown, options: CreateFormModelOptions): FormState {
  const { locale, asOf } = resolveOptions(options);
  const setup = setUp(definition, options, locale);
  return new Evaluation(setup, asOf).run(toPlainData(data, locale, resolveLimits(options.limits, locale)), locale);
}

/**
 * A form model for a built-in form id or a definition. Throws AsystaError (with a path for each
 * problem) for an unknown form or profile or a broken definition; afterwards a write that does not
 * fit the form throws an AsystaError naming its pointer and changes nothing.
 */
export function createFormModel(definition: FormDefinition | string, options: CreateFormModelOptions = {}): FormModel {
  const resolved = resolveOptions(options);
  return createModel(setUp(definition, options, resolved.locale), options, resolved, stepSupport);
}
