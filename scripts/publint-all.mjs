#!/usr/bin/env node
// Lints the packaging of every published workspace package with publint (after `npm run build`).
// Exits 1 on any error or warning (suggestions are printed but do not fail).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = fileURLToPath(new URL('..', import.meta.url));
const packages = ['core', 'rules', 'forms', 'cases', 'cli', 'ui-react', 'web-components'];

let passed = 0;
let failed = 0;
for (const name of packages) {
  const pkgDir = `${root}packages/${name}`;
  if (!existsSync(`${pkgDir}/dist`)) {
    console.error(`✗ packages/${name}: no dist/ – run \`npm run build\` first`);
    failed++;
    continue;
  }
  const { messages, pkg } = await publint({ pkgDir, level: 'suggestion', pack: 'npm' });
  const bad = messages.filter((m) => m.type === 'error' || m.type === 'warning');
  console.log(`${bad.length ? '✗' : '✓'} ${pkg.name ?? name} (packages/${name})`);
  for (const message of messages) {
    console.log(`  ${message.type}: ${formatMessage(message, pkg, { color: false }) ?? message.code}`);
  }
  if (bad.length) failed++;
  else passed++;
}

console.log(`publint: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
