/**
 * The <asysta-form> custom element in Lit: no React, one form’s code per page, form-associated.
 *
 * @packageDocumentation
 * @module @asysta/web-components
 */
export {
  AsystaFormElement,
  defineAsystaForm,
  type AsystaFormChangeEventDetail,
  type AsystaFormErrorEventDetail,
  type AsystaFormSubmitEventDetail,
} from './asysta-form.js';
