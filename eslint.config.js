// ESLint flat config for the whole monorepo (`npm run lint` = `eslint .`).
// Fast on purpose: typescript-eslint's non-type-checked recommended set; `npm run typecheck` does the types.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Strict CSP is a product principle: nothing shipped may generate code at run time.
const noCodeGeneration = {
  'no-eval': 'error',
  'no-implied-eval': 'error',
  'no-new-func': 'error',
  'no-script-url': 'error',
};

export default defineConfig([
  globalIgnores([
    '**/dist/',
    '**/storybook-static/',
    '**/node_modules/',
    '**/generated/**',
    '**/coverage/',
  ]),
  {
    name: 'asysta/js',
    files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'],
    extends: [js.configs.recommended],
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      ...noCodeGeneration,
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    name: 'asysta/ts',
    files: ['**/*.{ts,mts,cts,tsx}'],
    extends: [tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    name: 'asysta/react-hooks',
    files: ['packages/ui-react/**/*.{ts,tsx,js,jsx}', 'storybook/**/*.{ts,tsx,js,jsx}'],
    extends: [reactHooks.configs.flat.recommended],
  },
]);
