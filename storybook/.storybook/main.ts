import type { StorybookConfig } from '@storybook/react-vite';
import { sourceAliases } from '../../source-aliases.js';


const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../stories/**/*.stories.tsx'],
  addons: ['@storybook/addon-a11y'],
  // react-docgen (the default) parses the components without the TypeScript compiler API.
  typescript: { reactDocgen: 'react-docgen' },
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    // Designers get live sources: '@asysta/<pkg>' is the package's src/index.ts, as in vitest.config.ts.
    return mergeConfig(viteConfig, {
      resolve: {
        alias: sourceAliases,
      },
    });
  },
};

export default config;
