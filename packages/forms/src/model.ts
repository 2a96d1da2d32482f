/**
 * The form model for a built-in form id or any definition, with the built-in profiles: what servers,
 * the CLI and the React renderer use. (A page that loads one form's module uses runtime.ts.)
 */
import { AsystaError, validateFormDefinitionShape, type FormDefinition, type Locale } from '@asysta/core';
import { Evaluation, formTables, type Data, type Setup } from './evaluation.js';
import { migrationProblems } from './migrations.js';
import { formValidators } from './generated/form-validators.js';
import { createModel, resolveOptions, type ModelCoreOptions } from './model-core.js';
import type { FormModel, FormState } from './model-types.js';
import { prepareForm, type DataValidator } from './prepare.js';
import { engineForProfile } from './own-profile.js';
import { readsOfDefinition } from './form-reads.js';
import { getFormDefinition } from './registry.js';
import { cachedSetup } from './setup-cache.js';
import { stepSupport } from './step-support.js';

export interface CreateFormModelOptions extends ModelCoreOptions {
  /** For a definition that is not built in: its precompiled validator. */
  validator?: DataValidator;
}

function setUp(definition: FormDefinition | string, options: CreateFormModelOptions, locale: Locale): Setup {
  const engine = options.engine ?? engineForProfile(options.profile, locale);
  const resolved = typeof definition === 'string' ? getFormDefinition(definition, locale) : definition;
  const { form, tables } = cachedSetup(definition, resolved, engine, locale, options.validator, (input) => {
    const id = input !== null && typeof input === 'object' ? (input as { id?: unknown }).id : undefined;
    const builtIn = typeof id === 'string' && Object.hasOwn(formValidators, id) ? formValidators[id as keyof typeof formValidators] : undefined;
    const prepared = prepareForm(input, {
      locale,
      engine,
      checkShape: validateFormDefinitionShape,
      checkMigrations: migrationProblems,
      readsOf: readsOfDefinition,
      ...(options.validator ? { validator: options.validator } : { builtIn }),
    });
    return { form: prepared, tables: formTables(prepared) };
  });
  return { form, engine, profile: engine.profile.id, tables };
}

/**
 * Evaluate data once (validateSubmission): the same code as the model, nothing to reuse, no view.
 * `data` is already a plain copy within the limits (`toJsonData`), owned by this evaluation.
 */
export function evaluateOnce(definition: FormDefinition | string, data: unknown, options: CreateFormModelOptions): FormState {
  const { locale, asOf } = resolveOptions(options);
  if (data !== undefined && data !== null && (typeof data !== 'object' || Array.isArray(data))) throw new AsystaError('error.data.notObject', locale);
  const setup = setUp(definition, options, locale);
  return new Evaluation(setup, asOf).run((data ?? {}) as Data, locale);
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
