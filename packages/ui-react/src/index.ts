export {
  AsystaForm,
  type AsystaChangeDetail,
  type AsystaErrorDetail,
  type AsystaFormProps,
  type AsystaSubmitDetail,
} from './AsystaForm.js';
export { asystaCss } from './styles.js';
