import { defineConfig } from 'vitest/config';
import { sourceAliases } from './source-aliases.js';

// Tests run against the sources, so `npm test` needs no build first; the built packages are
// checked separately by publint and the browser test.
export default defineConfig({
  resolve: { alias: sourceAliases },
  test: {
    // The fuzz suite (test/fuzz) runs with the unit tests, bounded in time per surface.
    include: ['packages/*/test/**/*.test.{ts,tsx}', 'storybook/test/**/*.test.ts', 'examples/*/test/**/*.test.ts', 'test/fuzz/**/*.test.ts'],
    environment: 'node',
    // Room for a busy machine (Storybook running alongside on 2 cores); slow suites set their own.
    testTimeout: 15_000,
    hookTimeout: 30_000,
    reporters: ['default', './test/support/slowest-reporter.ts'],
    setupFiles: ['./test/support/setup.ts'],
  },
});
