// After the build: every standalone file must be strict-CSP safe (no eval, no new Function) – fail
// the build otherwise – and the size report is printed: the runtime, each form's and profile's
// module, and what a page that shows one form downloads (gzip).
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dir = new URL('../dist/standalone/', import.meta.url);
const files = ['asysta-form.js', ...readdirSync(new URL('modules/', dir)).filter((f) => f.endsWith('.js')).map((f) => `modules/${f}`)];
const forbidden = [
  [/\beval\s*\(/, 'eval('],
  [/\bnew\s+Function\s*\(/, 'new Function('],
];
const gzip = new Map();
let bad = false;
for (const file of files) {
  const code = readFileSync(new URL(file, dir), 'utf8');
  for (const [pattern, name] of forbidden) {
    const at = code.search(pattern);
    if (at >= 0) {
      bad = true;
      console.error(`✗ ${name} in dist/standalone/${file} near: …${code.slice(Math.max(0, at - 80), at + 40)}…`);
    }
  }
  gzip.set(file, gzipSync(code, { level: 9 }).length);
}
if (bad) process.exit(1);

const manifest = JSON.parse(readFileSync(new URL('modules.json', dir), 'utf8'));
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const size = (list) => list.reduce((sum, file) => sum + (gzip.get(file) ?? 0), 0);
const runtime = new Set(manifest.runtime);
const beyond = (list) => list.filter((file) => !runtime.has(file));
console.log(`✓ dist/standalone: ${files.length} files, no eval( / new Function(`);
console.log(`  runtime (asysta-form.js and what it imports): ${kb(size(manifest.runtime))} gzip`);
for (const [id, list] of Object.entries(manifest.profiles)) console.log(`  profile ${id.padEnd(22)} +${kb(size(beyond(list)))}`);
const profile = beyond(manifest.profiles['default'] ?? []);
for (const [id, list] of Object.entries(manifest.forms)) {
  const page = new Set([...manifest.runtime, ...beyond(list), ...profile]);
  console.log(`  form ${id.padEnd(25)} +${kb(size(beyond(list))).padStart(9)}   a page with it (default profile): ${kb(size([...page]))}`);
}
