import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (name: string) => fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url));

// Tests run against the sources, so `npm test` needs no build first; the built packages are
// checked separately by publint and the browser test.
export default defineConfig({
  resolve: {
    alias: {
      '@asysta/core': source('core'),
      '@asysta/rules': source('rules'),
      '@asysta/forms': source('forms'),
      '@asysta/cases': source('cases'),
      '@asysta/cli': source('cli'),
      '@asysta/ui-react': source('ui-react'),
      '@asysta/web-components': source('web-components'),
    },
  },
  test: {
    include: ['packages/*/test/**/*.test.{ts,tsx}', 'examples/*/test/**/*.test.ts'],
    environment: 'node',
  },
});
