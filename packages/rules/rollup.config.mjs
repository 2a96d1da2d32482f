import { readdirSync } from 'node:fs';
import { packageConfig } from '../../rollup.config.factory.mjs';

// Entries: the package, each built-in profile's module with its packs (`@asysta/rules/profile-modules/<id>`)
// and its module for one form's page (`@asysta/rules/profile-modules/<id>/<form>`).
const profiles = Object.fromEntries(
  readdirSync(new URL('./src/generated/profiles/', import.meta.url), { recursive: true })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => file.replaceAll('\\', '/'))
    .map((file) => [`generated/profiles/${file.slice(0, -3)}`, `src/generated/profiles/${file}`]),
);
export default packageConfig(import.meta.url, { input: { index: 'src/index.ts', ...profiles } });
