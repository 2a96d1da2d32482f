#!/usr/bin/env node
// bench/browser/heights – how tall each form is at tablet width (800 × 1280, the custom element with
// its stylesheet, the first valid example of each definition): on one page, and for a form that
// declares steps each step's page and the check-your-answers page. Nothing is asserted: it shows where
// steps help (a long form in short pages) and where they cannot (a page that is one long list).
// Needs `npm run build`.
//
//   node bench/browser/heights.mjs
import { copyFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { DEFAULT_BUNDLE_DIR } from '../../examples/portal-html/server.mjs';
import { bundlePage } from '../../test/support/bundle-page.mjs';

const pages = fileURLToPath(new URL('../../test/conformance/pages/', import.meta.url));
const definitionsDir = fileURLToPath(new URL('../../packages/forms/definitions/', import.meta.url));
// The element adopts the stylesheet itself (the React driver page links none).
const renderer = 'element';

const dir = await mkdtemp(join(tmpdir(), 'asysta-heights-'));
// The conformance suite's driver pages: the same mount for both renderers.
await bundlePage(join(pages, `${renderer}-driver.mjs`), join(dir, 'driver.js'), { external: (id) => id.startsWith('/asysta/') });
await copyFile(join(pages, 'driver.html'), join(dir, 'driver.html'));
const server = createServer(async (req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  const bundled = pathname.startsWith('/asysta/');
  const base = bundled ? DEFAULT_BUNDLE_DIR : dir;
  const file = resolve(base, `.${bundled ? pathname.slice('/asysta'.length) : pathname}`);
  try {
    if (!file.startsWith(base + sep)) throw new Error('outside');
    const body = await readFile(file);
    res.writeHead(200, { 'Content-Type': extname(file) === '.js' ? 'text/javascript' : 'text/html' });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 800, height: 1280 } });
  await page.goto(`http://127.0.0.1:${server.address().port}/driver.html`);
  await page.waitForFunction(() => typeof window.asystaDriver === 'object');
  const height = () => page.evaluate(() => Math.round(document.getElementById('host').getBoundingClientRect().height));
  const settled = (selector) => page.waitForFunction((s) => window.asystaDriver.root()?.querySelector(s), selector).then(() => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))));
  console.log('bench/browser/heights: <asysta-form>, 800 px wide, the first valid example of each form\n');
  for (const file of (await readdir(definitionsDir)).filter((f) => f.endsWith('.form.json')).sort()) {
    const definition = JSON.parse(readFileSync(join(definitionsDir, file), 'utf8'));
    const example = definition.examples.valid[0];
    const options = { form: definition.id, profile: example.profile ?? 'default', asOf: example.asOf ?? '2026-03-31', locale: 'pl', data: example.data };
    await page.evaluate((o) => window.asystaDriver.mount(o), { ...options, layout: 'single' });
    await settled('[data-pointer]');
    let line = `${definition.id.padEnd(26)} one page ${String(await height()).padStart(6)} px`;
    if (definition.steps) {
      await page.evaluate((o) => window.asystaDriver.mount(o), { ...options, layout: 'steps' });
      await settled('.asysta-step__heading');
      const steps = [];
      for (const step of definition.steps.list) {
        await page.evaluate((id) => window.asystaDriver.root().querySelector(`.asysta-steps__item[data-step="${id}"] button`)?.click(), step.id);
        await settled(`.asysta-steps__item--current[data-step="${step.id}"]`);
        steps.push(await height());
      }
      await page.evaluate(() => window.asystaDriver.root().querySelector('button[type=submit]').click());
      await settled('.asysta-review');
      line += `   steps ${steps.join(' / ')} px (tallest ${Math.max(...steps)})   answers ${await height()} px`;
    }
    console.log(line);
  }
} finally {
  await browser.close();
  server.close();
  await rm(dir, { recursive: true, force: true });
}
