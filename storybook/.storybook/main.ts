import type { StorybookConfig } from '@storybook/react-vite';
import { sourceAliases } from '../../source-aliases.js';
import { DEFINITION_GLOBS, definitionIndexer, definitionStoriesPlugin } from './definition-stories.js';

const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  // The welcome and guide pages, the hand-written stories, and every definition file: each
  // `*.form.json` becomes its stories through definitionIndexer (no story file per form).
  stories: ['../docs/**/*.mdx', '../stories/**/*.stories.tsx', ...DEFINITION_GLOBS],
  experimental_indexers: async (existing) => [definitionIndexer, ...(existing ?? [])],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // react-docgen (the default) parses the components without the TypeScript compiler API.
  typescript: { reactDocgen: 'react-docgen' },
  // Works offline and says nothing to anyone: no telemetry, no "what's new" feed (the version
  // check is off by --no-version-updates in package.json), no onboarding checklist.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  docs: { defaultName: 'Opis formularza' },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    // Designers get live sources: '@asysta/<pkg>' is the package's src/index.ts, as in vitest.config.ts.
    return mergeConfig(viteConfig, {
      plugins: [definitionStoriesPlugin()],
      resolve: {
        alias: sourceAliases,
      },
    });
  },
};

export default config;
