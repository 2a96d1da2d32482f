export {
  AsystaForm,
  type AsystaChangeDetail,
  type AsystaErrorDetail,
  type AsystaFormProps,
  type AsystaSubmitDetail,
} from './AsystaForm.js';
export { asystaTheme, type AsystaFormContext } from './theme/index.js';
export { createStructuralValidator, matchesStructure } from './validator.js';
export { asystaCss } from './styles.js';
