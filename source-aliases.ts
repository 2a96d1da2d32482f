/**
 * '@asysta/<package>' and its subpath entries resolved to the sources, for tools that run without a
 * build (vitest, Storybook): one list, so that a new entry is added once.
 */
import { fileURLToPath } from 'node:url';

const at = (path: string) => fileURLToPath(new URL(`./packages/${path}`, import.meta.url));
const PACKAGES = ['core', 'rules', 'forms', 'cases', 'cli', 'ui-react', 'web-components'];

export const sourceAliases: { find: RegExp; replacement: string }[] = [
  // Subpath entries first: a bare name would otherwise swallow them.
  { find: /^@asysta\/forms\/runtime$/, replacement: at('forms/src/runtime.ts') },
  { find: /^@asysta\/cli\/messages$/, replacement: at('cli/src/messages.ts') },
  { find: /^@asysta\/ui-react\/runtime$/, replacement: at('ui-react/src/runtime.tsx') },
  { find: /^@asysta\/forms\/drafts-idb$/, replacement: at('forms/src/drafts-idb.ts') },
  { find: /^@asysta\/forms\/forms\/(.+)$/, replacement: `${at('forms/src/generated/forms/')}$1.ts` },
  { find: /^@asysta\/rules\/profile-modules\/(.+)$/, replacement: `${at('rules/src/generated/profiles/')}$1.ts` },
  ...PACKAGES.map((name) => ({ find: new RegExp(`^@asysta/${name}$`), replacement: at(`${name}/src/index.ts`) })),
];
