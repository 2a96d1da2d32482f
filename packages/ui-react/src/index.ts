export {
  AsystaForm,
  type AsystaChangeDetail,
  type AsystaErrorDetail,
  type AsystaFormProps,
  type AsystaSubmitDetail,
} from './AsystaForm.js';
export { AsystaPrint, type AsystaPrintProps } from './AsystaPrint.js';
// The theme's stylesheet; its one home is @asysta/forms (both renderers draw the same DOM).
export { asystaCss } from '@asysta/forms';
