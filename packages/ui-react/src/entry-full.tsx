import { AsystaError, createFormModel } from '@asysta/forms';
import { AsystaFormWith, type AsystaFormProps } from './AsystaForm.js';
import { AsystaPrintWith, type AsystaPrintProps } from './AsystaPrint.js';
import { isFormModule, modelFromModules, type MakeModel } from './model-source.js';

/** Built-in forms and profiles by id, own definitions, and modules. */
const anyForm: MakeModel = (form, profile, options) => {
  if (isFormModule(form)) return modelFromModules(form, profile, options);
  if (profile !== undefined && typeof profile !== 'string') throw new AsystaError('error.form.notModule', options.locale);
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
