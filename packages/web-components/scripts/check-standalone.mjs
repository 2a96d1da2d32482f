// After the build: the standalone bundle must be strict-CSP safe (no eval, no new Function) –
// fail the build otherwise – and its size is printed (raw and gzip).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const file = new URL('../dist/standalone/asysta-form.js', import.meta.url);
const code = readFileSync(file, 'utf8');
const forbidden = [
  [/\beval\s*\(/, 'eval('],
  [/\bnew\s+Function\s*\(/, 'new Function('],
];
const found = forbidden.filter(([pattern]) => pattern.test(code)).map(([, name]) => name);
if (found.length) {
  for (const name of found) {
    const at = code.search(forbidden.find(([, n]) => n === name)[0]);
    console.error(`✗ ${name} in dist/standalone/asysta-form.js near: …${code.slice(Math.max(0, at - 80), at + 40)}…`);
  }
  process.exit(1);
}
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const gz = gzipSync(code, { level: 9 }).length;
console.log(`✓ dist/standalone/asysta-form.js: no eval( / new Function( – ${kb(code.length)} raw, ${kb(gz)} gzip`);
