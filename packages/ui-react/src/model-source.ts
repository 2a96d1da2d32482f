/**
 * Where <AsystaForm> gets its model. The component is one; its two entries differ only here:
 * `@asysta/ui-react` knows every built-in form and profile by id (and own definitions), while
 * `@asysta/ui-react/runtime` takes a form's module and a profile's module that the page imports
 * itself, so that a bundler leaves the other forms, packs and the formats' validators out.
 */
import {
  AsystaError,
  createFormModelFrom,
  engineFromModule,
  type FormDefinition,
  type FormModel,
  type FormModelOptions,
  type DataValidator,
  type FormModule,
  type Locale,
  type ProfileModule,
} from '@asysta/forms/runtime';
import type { Profile, RulePack } from '@asysta/core';

/** A form: a built-in id, an own definition, or a form's module (`@asysta/forms/forms/<id>`). */
export type FormSource = string | FormDefinition | FormModule;
/**
 * A profile: a built-in id, a profile's module (`@asysta/rules/profile-modules/<id>/<form>`), or (with
 * `@asysta/ui-react`) an own profile with its packs, `{ profile, packs }`.
 */
export type ProfileSource = string | ProfileModule | OwnProfile;

/** An own profile and the packs it uses that are not built in (checked when the form is made). */
export interface OwnProfile {
  profile: Profile;
  packs?: readonly RulePack[];
}

export type ModelOptions = Omit<FormModelOptions, 'profile'> & {
  locale: Locale;
  /** For a definition that is not built in: its precompiled validator. */
  validator?: DataValidator;
};
export type MakeModel = (form: FormSource, profile: ProfileSource | undefined, options: ModelOptions) => FormModel;

export function isFormModule(form: unknown): form is FormModule {
  return form !== null && typeof form === 'object' && 'definition' in form && typeof (form as { validate?: unknown }).validate === 'function';
}

export function isProfileModule(profile: unknown): profile is ProfileModule {
  return profile !== null && typeof profile === 'object' && typeof (profile as { id?: unknown }).id === 'string' && Array.isArray((profile as { packs?: unknown }).packs);
}

type RulesEngine = ReturnType<typeof engineFromModule>;

// A module's engine is immutable once made: forms on a page share it (per load-error locale).
const engines = new WeakMap<ProfileModule, Map<Locale, RulesEngine>>();

function engineOf(profile: ProfileModule, locale: Locale): RulesEngine {
  let byLocale = engines.get(profile);
  if (!byLocale) engines.set(profile, (byLocale = new Map()));
  let engine = byLocale.get(locale);
  if (!engine) byLocale.set(locale, (engine = engineFromModule(profile, locale)));
  return engine;
}

/** The model of a form's module under a profile's module; throws AsystaError for anything else. */
export const modelFromModules: MakeModel = (form, profile, options) => {
  if (!isFormModule(form) || (!options.engine && !isProfileModule(profile))) throw new AsystaError('error.form.notModule', options.locale);
  return createFormModelFrom(form, { ...options, engine: options.engine ?? engineOf(profile as ProfileModule, options.locale) });
};
