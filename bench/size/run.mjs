// `npm run bench:size` (after `npm run build`): what a page showing one form downloads, gzip, for
// Asysta's custom element and React component and for the peers – plain rjsf with ajv, JSON Forms
// with its vanilla renderers – each built the same way in this run: rollup, the production build,
// terser, code-split so that each form's schema (or module) is a chunk of its own, gzip -9 per file.
// Prints every part and the total for each built-in form, and the ratios Asysta ÷ each peer.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import { withDomainDefinitions } from '@asysta/core';
import { getFormDefinition, listForms } from '@asysta/forms';

const root = fileURLToPath(new URL('../../', import.meta.url));
// Inside the checkout, so that the entries resolve the workspace's node_modules.
mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
const work = mkdtempSync(join(root, 'node_modules/.cache/asysta-size-'));
const forms = listForms().map((f) => f.id);
const builtInDefinitions = forms.map((id) => getFormDefinition(id));
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const gz = (code) => gzipSync(code, { level: 9 }).length;

/** Builds `entry` code-split; returns the gzip size of the entry's closure and of each form's chunk beyond it. */
async function build(name, entry) {
  const input = join(work, `${name}.mjs`);
  writeFileSync(input, entry);
  const bundle = await rollup({
    input,
    plugins: [
      replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      commonjs(),
      json({ preferConst: true }),
      terser({ format: { comments: false } }),
    ],
    onwarn(warning, warn) {
      if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(warning.message);
      if (['MODULE_LEVEL_DIRECTIVE', 'CIRCULAR_DEPENDENCY', 'THIS_IS_UNDEFINED', 'EVAL'].includes(warning.code)) return;
      warn(warning);
    },
  });
  const { output } = await bundle.generate({ format: 'es', chunkFileNames: '[name]-[hash].js' });
  await bundle.close();
  const chunks = new Map(output.filter((c) => c.type === 'chunk').map((c) => [c.fileName, c]));
  const closure = (fileName, seen = new Set()) => {
    if (seen.has(fileName)) return seen;
    seen.add(fileName);
    for (const next of chunks.get(fileName).imports) closure(next, seen);
    return seen;
  };
  const size = (files) => [...files].reduce((sum, f) => sum + gz(chunks.get(f).code), 0);
  const main = closure([...chunks.values()].find((c) => c.isEntry).fileName);
  const perForm = {};
  for (const chunk of chunks.values()) {
    if (!chunk.isDynamicEntry) continue;
    const form = forms.find((id) => chunk.moduleIds.some((m) => m.includes(`${id}.`) || m.includes(`/${id}/`) || m.endsWith(`/${id}.js`)));
    if (form) perForm[form] = (perForm[form] ?? 0) + size([...closure(chunk.fileName)].filter((f) => !main.has(f)));
  }
  return { runtime: size(main), perForm };
}

function schemaFiles() {
  mkdirSync(join(work, 'schemas'), { recursive: true });
  for (const d of builtInDefinitions) writeFileSync(join(work, 'schemas', `${d.id}.json`), JSON.stringify(withDomainDefinitions(d.schema)));
  return `const schemas = {\n${forms.map((id) => `  ${JSON.stringify(id)}: () => import('./schemas/${id}.json'),`).join('\n')}\n};\n`;
}

const schemas = schemaFiles();
const resolveFrom = (specifier) => JSON.stringify(specifier);
const peers = {
  'rjsf + ajv': await build(
    'rjsf',
    `import { createElement } from 'react';\nimport { createRoot } from 'react-dom/client';\nimport Form from '@rjsf/core';\nimport validator from '@rjsf/validator-ajv8';\n${schemas}` +
      `export async function mount(el, id) { const { default: schema } = await schemas[id](); createRoot(el).render(createElement(Form, { schema, validator })); }\n`,
  ),
  'JSON Forms': await build(
    'jsonforms',
    `import { createElement } from 'react';\nimport { createRoot } from 'react-dom/client';\nimport { JsonForms } from '@jsonforms/react';\nimport { vanillaCells, vanillaRenderers } from '@jsonforms/vanilla-renderers';\n${schemas}` +
      `export async function mount(el, id) { const { default: schema } = await schemas[id](); createRoot(el).render(createElement(JsonForms, { schema, data: {}, renderers: vanillaRenderers, cells: vanillaCells })); }\n`,
  ),
};
const react = await build(
  'asysta-react',
  `import { createElement } from 'react';\nimport { createRoot } from 'react-dom/client';\nimport { AsystaForm } from ${resolveFrom('@asysta/ui-react/runtime')};\n` +
    `const modules = {\n${forms.map((id) => `  ${JSON.stringify(id)}: () => Promise.all([import('@asysta/forms/forms/${id}'), import('@asysta/rules/profile-modules/default/${id}')]),`).join('\n')}\n};\n` +
    `export async function mount(el, id) { const [form, profile] = await modules[id](); createRoot(el).render(createElement(AsystaForm, { form: form.default, profile: profile.default })); }\n`,
);

// The element as a portal copies it: the package's standalone build (the same plugins), per its manifest.
const standalone = join(root, 'packages/web-components/dist/standalone/');
const manifest = JSON.parse(readFileSync(join(standalone, 'modules.json'), 'utf8'));
const fileSize = new Map();
const sizeOf = (files) => files.reduce((sum, f) => sum + (fileSize.get(f) ?? fileSize.set(f, gz(readFileSync(join(standalone, f)))).get(f)), 0);
const runtimeFiles = new Set(manifest.runtime);
const beyond = (files) => (files ?? []).filter((f) => !runtimeFiles.has(f));
const element = {
  runtime: sizeOf(manifest.runtime),
  perForm: Object.fromEntries(forms.map((id) => [id, sizeOf([...new Set([...beyond(manifest.forms[id]), ...beyond(manifest.profiles[`default/${id}`])])])])),
};
rmSync(work, { recursive: true, force: true });

const rows = { '<asysta-form>': element, '<AsystaForm> (runtime)': react, ...peers };
console.log('Runtime (loaded once) and each form beyond it, gzip -9; the default profile for Asysta.\n');
console.log(['form'.padEnd(26), ...Object.keys(rows).map((k) => k.padStart(24))].join(''));
console.log(['runtime'.padEnd(26), ...Object.values(rows).map((r) => kib(r.runtime).padStart(24))].join(''));
const pageOf = (row, id) => row.runtime + (row.perForm[id] ?? 0);
for (const id of forms) {
  console.log([`${id}`.padEnd(26), ...Object.values(rows).map((r) => `+${kib(r.perForm[id] ?? 0)} = ${kib(pageOf(r, id))}`.padStart(24))].join(''));
}
console.log('\nRatios, a page with one form (Asysta ÷ peer; below 1 is smaller):');
for (const [name, ours] of [['<asysta-form>', element], ['<AsystaForm> (runtime)', react]]) {
  for (const [peer, theirs] of Object.entries(peers)) {
    const ratios = forms.map((id) => pageOf(ours, id) / pageOf(theirs, id));
    const card = pageOf(ours, 'karta-czasu-pracy') / pageOf(theirs, 'karta-czasu-pracy');
    console.log(`  ${name.padEnd(24)} ÷ ${peer.padEnd(12)} time card ${card.toFixed(2)}×, all forms ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}×`);
  }
}
const card = pageOf(element, 'karta-czasu-pracy');
console.log(`\nGoal (issue 9): <asysta-form> runtime + the time card ≤ 60 KB gzip: ${(card / 1000).toFixed(1)} KB – ${card <= 60_000 ? 'met' : 'not met'}.`);
