export {
  AsystaFormElement,
  defineAsystaForm,
  type AsystaFormChangeEventDetail,
  type AsystaFormErrorEventDetail,
  type AsystaFormSubmitEventDetail,
} from './asysta-form.js';
