import { createFormModel, engineForProfile } from '@asysta/forms';
import { createFormModelFrom } from '@asysta/forms/runtime';
import { AsystaFormWith, type AsystaFormProps } from './AsystaForm.js';
import { AsystaPrintWith, type AsystaPrintProps } from './AsystaPrint.js';
import { isFormModule, isProfileModule, modelFromModules, type MakeModel } from './model-source.js';

/** Built-in forms and profiles by id, own definitions and profiles, and modules. */
const anyForm: MakeModel = (form, profile, options) => {
  if (isProfileModule(profile)) return modelFromModules(form, profile, options);
  // A profile's module holds one form's rules, so it goes with that form's module only (above).
  if (isFormModule(form)) return createFormModelFrom(form, { ...options, engine: options.engine ?? engineForProfile(profile, options.locale) });
  return createFormModel(form, { ...options, ...(profile ? { profile } : {}) });
};

/**
 * An Asysta form in React (see the guide, docs/embedding.md). Knows every built-in form and profile
 * by id; `@asysta/ui-react/runtime` has the same component for pages that import one form's module.
 */
export function AsystaForm(props: AsystaFormProps) {
  return <AsystaFormWith {...props} makeModel={anyForm} />;
}

/** A form as its paper template, on screen (see `AsystaPrintWith`); every built-in form and profile by id. */
export function AsystaPrint(props: AsystaPrintProps) {
  return <AsystaPrintWith {...props} makeModel={anyForm} />;
}
