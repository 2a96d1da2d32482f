import { readdirSync } from 'node:fs';
import { packageConfig } from '../../rollup.config.factory.mjs';

// Entries: the package, the one-form runtime, the IndexedDB draft store, and each form's module (`@asysta/forms/forms/<id>`).
const forms = Object.fromEntries(
  readdirSync(new URL('./src/generated/forms/', import.meta.url))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [`generated/forms/${file.slice(0, -3)}`, `src/generated/forms/${file}`]),
);
export default packageConfig(import.meta.url, { input: { index: 'src/index.ts', runtime: 'src/runtime.ts', 'drafts-idb': 'src/drafts-idb.ts', ...forms } });
