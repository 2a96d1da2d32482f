import { packageConfig } from '../../rollup.config.factory.mjs';

// `@asysta/cli/messages`: the command line's messages without Node, for the playground in the browser.
export default packageConfig(import.meta.url, { input: { index: 'src/index.ts', messages: 'src/messages.ts' } });
