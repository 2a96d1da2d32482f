export {
  AsystaForm,
  type AsystaChangeDetail,
  type AsystaErrorDetail,
  type AsystaFormHandle,
  type AsystaFormProps,
  type AsystaSubmitDetail,
} from './AsystaForm.js';
// The theme's stylesheet; its one home is @asysta/forms (both renderers draw the same DOM).
export { asystaCss } from '@asysta/forms';
