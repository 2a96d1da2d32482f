/**
 * The side-effect entry: `import '@asysta/web-components/define'` (or the standalone bundle)
 * registers `<asysta-form>`. The main entry only exports the class and `defineAsystaForm`.
 */
import { defineAsystaForm } from './asysta-form.js';

defineAsystaForm();

export * from './index.js';
