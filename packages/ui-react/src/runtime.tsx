/**
 * `@asysta/ui-react/runtime`: <AsystaForm> for a page that imports the one form it shows – its module
 * (`@asysta/forms/forms/<id>`) and its profile's module (`@asysta/rules/profile-modules/<profile>/<id>`) –
 * so that the other forms, packs and the formats' validators stay out of the page's bundle.
 *
 * @packageDocumentation
 * @module @asysta/ui-react/runtime
 */
import { AsystaFormWith, type AsystaFormProps } from './AsystaForm.js';
import { AsystaPrintWith, type AsystaPrintProps } from './AsystaPrint.js';
import { modelFromModules } from './model-source.js';

export function AsystaForm(props: AsystaFormProps) {
  return <AsystaFormWith {...props} makeModel={modelFromModules} />;
}

/** A form's module as its paper template, on screen (a print preview, a saved record, the blank template). */
export function AsystaPrint(props: AsystaPrintProps) {
  return <AsystaPrintWith {...props} makeModel={modelFromModules} />;
}

export type { AsystaPrintProps } from './AsystaPrint.js';
export type { AsystaChangeDetail, AsystaErrorDetail, AsystaFormProps, AsystaSubmitDetail } from './AsystaForm.js';
export type { FormSource, ProfileSource } from './model-source.js';
export { asystaCss } from '@asysta/forms/runtime';
