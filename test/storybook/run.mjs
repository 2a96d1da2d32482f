#!/usr/bin/env node
// Storybook in Chromium: builds the static Storybook into a temporary folder, serves it on
// loopback, and opens every entry of its index.json – each story (play functions included) and each
// docs page – checking that it renders without an error and that axe-core finds no WCAG 2.1 A/AA
// violation in it. Then the rules playground's own checks (playground.mjs).
//
//   node test/storybook/run.mjs                 CHROMIUM_PATH=/path/to/chromium to use another browser
//   STORYBOOK_DIR=storybook-static node test/storybook/run.mjs   to test a build made already
//
// Ends with the line `N passed, M failed`; exit 1 when anything failed.
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createChecks } from '../support/checks.mjs';
import { playgroundChecks } from './playground.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const storybookDir = join(root, 'storybook');
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** Only a hung build reaches this: it takes about a minute, four on a machine under load. */
const BUILD_TIMEOUT = 900_000;
const RENDER_TIMEOUT = 20_000;
/** Pages checked at once (the machine has 2 cores). */
const WORKERS = 2;

const checks = createChecks({ suite: 'storybook test' });
const { check } = checks;

function build(outDir) {
  const bin = join(dirname(require.resolve('storybook/package.json', { paths: [storybookDir] })), 'dist/bin/dispatcher.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'build', '-o', outDir, '--quiet', '--disable-telemetry'], {
      cwd: storybookDir,
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`storybook build did not finish in ${BUILD_TIMEOUT / 1000} s\n${output.slice(-3000)}`));
    }, BUILD_TIMEOUT);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`storybook build exited with ${code}\n${output.slice(-3000)}`));
    });
  });
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.wasm': 'application/wasm' };

/** A static server for the build, on loopback only. */
function serve(dir) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * Before any script of the page runs: note Storybook's render events as they pass on its channel
 * (the preview sets `__STORYBOOK_ADDONS_CHANNEL__` once; the setter hooks it then).
 */
function watchRenders() {
  window.__renderEvents = [];
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      for (const name of ['storyRendered', 'docsRendered', 'storyErrored', 'storyThrewException', 'playFunctionThrewException', 'storyMissing']) {
        value.on(name, (detail) => window.__renderEvents.push({ name, detail: detail && typeof detail === 'object' ? JSON.stringify(detail).slice(0, 500) : String(detail) }));
      }
    },
  });
}

// The a11y addon's own axe pass is left to people in the Storybook UI: this script runs axe itself.
const GLOBALS = 'globals=a11y.manual:!true';

/**
 * Shows one entry and waits for Storybook to say it rendered (or failed). The first entry loads the
 * preview; the others are switched to inside it, as the Storybook UI does (much faster than a reload).
 */
async function open(page, base, entry) {
  const viewMode = entry.type === 'docs' ? 'docs' : 'story';
  const loaded = await page.evaluate(() => Boolean(window.__STORYBOOK_ADDONS_CHANNEL__ && window.__renderEvents)).catch(() => false);
  if (loaded) {
    await page.evaluate(({ storyId, viewMode }) => {
      window.__renderEvents = [];
      window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode });
    }, { storyId: entry.id, viewMode });
  } else {
    await page.goto(`${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}&${GLOBALS}`, { waitUntil: 'load' });
  }
  // This entry's render event, or any failure (a late event of the one before does not count).
  const done = (id) => window.__renderEvents.find((e) => !['storyRendered', 'docsRendered'].includes(e.name) || e.detail.includes(id));
  await page.waitForFunction(done, entry.id, { timeout: RENDER_TIMEOUT });
  const event = await page.evaluate(done, entry.id);
  if (event.name !== 'storyRendered' && event.name !== 'docsRendered') throw new Error(`${event.name}: ${event.detail}`);
  const selector = entry.type === 'docs' ? '#storybook-docs' : '#storybook-root';
  await page.waitForFunction(drewSomething, selector, { timeout: RENDER_TIMEOUT }).catch(() => {
    throw new Error('it drew nothing (or kept loading)');
  });
}

/** Text in the entry's root, shadow roots included, and no custom element still loading its form. */
function drewSomething(selector) {
  const text = (node) => [...node.childNodes].map((n) => (n.nodeType === 3 ? n.textContent : text(n))).join('') + (node.shadowRoot ? text(node.shadowRoot) : '');
  const loading = (node) => [...node.querySelectorAll('*')].some((n) => (n.classList.contains('asysta-loading') ? true : n.shadowRoot ? loading(n.shadowRoot) : false));
  const root = document.querySelector(selector);
  return Boolean(root && text(root).trim().length > 0 && !loading(root));
}

/** axe-core on what the entry drew (not Storybook's own frame around it). */
export async function axe(page, selector) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(
    async ({ tags, selector }) => {
      // The a11y addon may still be running its own pass: axe allows one run at a time.
      for (let attempt = 0; ; attempt++) {
        try {
          const results = await window.axe.run({ include: [selector] }, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
          return results.violations.map((v) => `${v.id}: ${v.help} – ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`);
        } catch (error) {
          if (attempt > 20 || !String(error).includes('already running')) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    },
    { tags: AXE_TAGS, selector },
  );
  if (violations.length) throw new Error(`axe: ${violations.join('\n')}`);
}

async function main() {
  const started = Date.now();
  const given = process.env.STORYBOOK_DIR;
  const outDir = given ? normalize(join(process.cwd(), given)) : mkdtempSync(join(tmpdir(), 'asysta-storybook-'));
  try {
    if (!given) {
      await build(outDir);
      console.log(`storybook built in ${Math.round((Date.now() - started) / 1000)} s`);
    }
    const index = JSON.parse(readFileSync(join(outDir, 'index.json'), 'utf8'));
    const entries = Object.values(index.entries);
    const server = await serve(outDir);
    const base = `http://127.0.0.1:${server.address().port}`;
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu'],
    });
    try {
      const context = await browser.newContext({ locale: 'pl-PL', timezoneId: 'Europe/Warsaw' });
      // Nothing leaves the page: any request off loopback fails the entry that made it.
      const offsite = [];
      await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => {
        offsite.push(route.request().url());
        return route.abort();
      });
      await context.addInitScript(watchRenders);
      const queue = [...entries];
      await Promise.all(
        Array.from({ length: WORKERS }, async () => {
          const page = await context.newPage();
          const errors = [];
          page.on('pageerror', (error) => errors.push(error.message));
          page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
          for (let entry = queue.shift(); entry; entry = queue.shift()) {
            const current = entry;
            await check(`${current.title} / ${current.name}: renders, axe-clean`, async () => {
              errors.length = 0;
              offsite.length = 0;
              await open(page, base, current);
              await axe(page, current.type === 'docs' ? '#storybook-docs' : '#storybook-root');
              if (errors.length) throw new Error(`errors on the page:\n${errors.join('\n')}`);
              if (offsite.length) throw new Error(`requests off the page: ${offsite.join(', ')}`);
            });
          }
          await page.close();
        }),
      );
      console.log(`${entries.length} entries checked in ${Math.round((Date.now() - started) / 1000)} s`);
      await playgroundChecks({ context, base, check, axe });
    } finally {
      await browser.close();
      server.close();
    }
  } finally {
    if (!given) rmSync(outDir, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (error) {
  checks.stopped(error);
}
checks.finish();
process.exit(process.exitCode);
