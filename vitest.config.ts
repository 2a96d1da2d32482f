import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (name: string) => fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url));

// Tests run against the sources, so `npm test` needs no build first; the built packages are
// checked separately by publint and the browser test.
export default defineConfig({
  resolve: {
    // Subpath entries first: a bare name would otherwise swallow them.
    alias: [
      { find: /^@asysta\/forms\/runtime$/, replacement: fileURLToPath(new URL('./packages/forms/src/runtime.ts', import.meta.url)) },
      { find: /^@asysta\/forms\/forms\/(.+)$/, replacement: fileURLToPath(new URL('./packages/forms/src/generated/forms/', import.meta.url)) + '$1.ts' },
      { find: /^@asysta\/rules\/profile-modules\/(.+)$/, replacement: fileURLToPath(new URL('./packages/rules/src/generated/profiles/', import.meta.url)) + '$1.ts' },
      ...['core', 'rules', 'forms', 'cases', 'cli', 'ui-react', 'web-components'].map((name) => ({ find: new RegExp(`^@asysta/${name}$`), replacement: source(name) })),
    ],
  },
  test: {
    // The fuzz suite (test/fuzz) runs with the unit tests, bounded in time per surface.
    include: ['packages/*/test/**/*.test.{ts,tsx}', 'examples/*/test/**/*.test.ts', 'test/fuzz/**/*.test.ts'],
    environment: 'node',
    // Room for a busy machine (Storybook running alongside on 2 cores); slow suites set their own.
    testTimeout: 15_000,
    hookTimeout: 30_000,
    reporters: ['default', './test/support/slowest-reporter.ts'],
    setupFiles: ['./test/support/setup.ts'],
  },
});
