// After the build: every standalone file must be strict-CSP safe (no eval, no new Function) – fail
// the build otherwise – and the size report is printed: the runtime, each form's module, its
// default profile's module and what a page that shows the form downloads (gzip). bench/size sets
// these against the peers.
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
// A page downloads the runtime, the form's module and the profile's module for that form.
const page = (form, profile) => size([...new Set([...manifest.runtime, ...beyond(manifest.forms[form] ?? []), ...beyond(manifest.profiles[`${profile}/${form}`] ?? [])])]);
const profiles = [...new Set(Object.keys(manifest.profiles).map((key) => key.split('/')[0]))];
console.log(`  ${'form'.padEnd(25)} ${'module'.padStart(9)} ${'default'.padStart(9)} ${'page'.padStart(9)}   largest page (profile)`);
for (const [id, list] of Object.entries(manifest.forms)) {
  const largest = profiles.map((profile) => [profile, page(id, profile)]).sort((a, b) => b[1] - a[1])[0];
  const rules = size(beyond(manifest.profiles[`default/${id}`] ?? []));
  console.log(`  ${id.padEnd(25)} ${kb(size(beyond(list))).padStart(9)} ${kb(rules).padStart(9)} ${kb(page(id, 'default')).padStart(9)}   ${kb(largest[1])} (${largest[0]})`);
}
