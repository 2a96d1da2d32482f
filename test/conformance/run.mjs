#!/usr/bin/env node
// The conformance suite: behaviour a person sees, written once (suite.mjs) against a small driver
// interface (pages/driver-common.mjs) and run in Chromium against every renderer – <AsystaForm> and
// <asysta-form> – under the strict CSP. Fed by each definition's own examples, so a new form is
// covered without a new test. Assumes `npm run build` has run. Ends with `N passed, M failed`.
//
//   node test/conformance/run.mjs [--renderer react|element]     CHROMIUM_PATH=… for another browser
import { mkdtemp, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { bundlePage } from '../support/bundle-page.mjs';
import { createChecks } from '../support/checks.mjs';
import { servePages } from '../support/serve-pages.mjs';
import { runSuite } from './suite.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const RENDERERS = ['react', 'element'];
const only = process.argv.includes('--renderer') ? process.argv[process.argv.indexOf('--renderer') + 1] : undefined;

const checks = createChecks({ suite: 'conformance' });

/** Each renderer's driver page script, bundled (React and the package come from their built dist). */
async function buildDrivers(dir) {
  for (const renderer of RENDERERS) {
    await bundlePage(join(here, 'pages', `${renderer}-driver.mjs`), join(dir, renderer, 'driver.js'), { external: (id) => id.startsWith('/asysta/') });
    await copyFile(join(here, 'pages', 'driver.html'), join(dir, renderer, 'driver.html'));
  }
}

async function main() {
  const dir = await mkdtemp(join(tmpdir(), 'asysta-conformance-'));
  let browser;
  let server;
  try {
    const started = Date.now();
    await buildDrivers(dir);
    await writeFile(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    console.log(`driver pages built (${Date.now() - started} ms)`);
    server = await servePages(dir);
    const url = `http://127.0.0.1:${server.address().port}`;
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const snapshots = {};
    for (const renderer of RENDERERS.filter((r) => !only || r === only)) {
      const rendererStarted = Date.now();
      console.log(`\n# ${renderer}`);
      const context = await browser.newContext({ viewport: { width: 1024, height: 900 }, locale: 'en-US' });
      try {
        snapshots[renderer] = {};
        await runSuite({ context, url: `${url}/${renderer}/driver.html`, renderer, checks, snapshots: snapshots[renderer] });
      } catch (error) {
        // A stalled check: this renderer's page may be stuck; the other renderer still runs.
        checks.stopped(error);
      } finally {
        await context.close().catch(() => {});
      }
      console.log(`# ${renderer}: ${Math.round((Date.now() - rendererStarted) / 1000)} s`);
    }
    if (Object.keys(snapshots).length === 2) {
      // The same fields, labels, values and issues at the same pointers in every state, in both renderers.
      console.log('\n# both renderers');
      for (const key of Object.keys(snapshots.react).filter((k) => k in snapshots.element)) {
        const a = JSON.stringify(snapshots.react[key]);
        const b = JSON.stringify(snapshots.element[key]);
        checks.record(`same view: ${key}`, a === b, `react:   ${a.slice(0, 400)}\nelement: ${b.slice(0, 400)}`);
      }
    }
  } catch (error) {
    checks.stopped(error);
  } finally {
    await browser?.close();
    server?.close();
    await rm(dir, { recursive: true, force: true });
  }
  checks.finish();
}

await main();
