import { packageConfig } from '../../rollup.config.factory.mjs';

// Two entries of one component: by id (every built-in form) and by module (one form's page).
export default packageConfig(import.meta.url, { input: { index: 'src/index.ts', runtime: 'src/runtime.tsx' } });
