/**
 * <AsystaForm> in React (on @rjsf/core), knowing every built-in form and profile by id.
 *
 * @packageDocumentation
 * @module @asysta/ui-react
 */
export { AsystaForm } from './entry-full.js';
export type { AsystaChangeDetail, AsystaErrorDetail, AsystaFormHandle, AsystaFormProps, AsystaSubmitDetail } from './AsystaForm.js';
export type { FormSource, ProfileSource } from './model-source.js';
export { AsystaPrint } from './entry-full.js';
export type { AsystaPrintProps } from './AsystaPrint.js';
// The theme's stylesheet; its one home is @asysta/forms (both renderers draw the same DOM).
export { asystaCss } from '@asysta/forms';
