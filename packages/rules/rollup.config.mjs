import { readdirSync } from 'node:fs';
import { packageConfig } from '../../rollup.config.factory.mjs';

// Entries: the package and each built-in profile's module with its packs (`@asysta/rules/profile-modules/<id>`).
const profiles = Object.fromEntries(
  readdirSync(new URL('./src/generated/profiles/', import.meta.url))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [`generated/profiles/${file.slice(0, -3)}`, `src/generated/profiles/${file}`]),
);
export default packageConfig(import.meta.url, { input: { index: 'src/index.ts', ...profiles } });
