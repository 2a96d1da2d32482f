#!/usr/bin/env node
// Browser test of the plain-HTML portal example (examples/portal-html) under its strict CSP.
// Assumes `npm run build` has run (it serves packages/web-components/dist/standalone/).
//
//   node test/browser/run.mjs            CHROMIUM_PATH=/path/to/chromium to use another browser
//
// Checks: no CSP violation, page error or console error; <asysta-form> renders a form; keyboard-only
// fill (over the Konstancin-Jeziorna 6 h limit) and submit fires `asysta-submit` with the typed data and
// a rule report holding the warning; axe-core finds no WCAG 2.1 A/AA violation (empty, submitted with a
// warning, error state); an unknown form id shows a visible error, fires `asysta-error`, and the host
// page keeps working. Ends with the line `N passed, M failed`.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { createChecks, indent } from '../support/checks.mjs';
import { CONTENT_SECURITY_POLICY, DEFAULT_BUNDLE_DIR, startServer } from '../../examples/portal-html/server.mjs';

// ---------------------------------------------------------------------------------------------
// What the keyboard types into the time card, in tab order. Adapt the labels here when the form
// changes. `label` is the field's accessible name (a trailing "*" or ":" is tolerated); `value` is
// what must arrive in `detail.data` (as a leaf value somewhere in it); `keys` overrides what is typed
// (by default the value itself; for native date/month/time inputs the keys are found by probing;
// Asysta's own date, month and time inputs are text, typed as in Polish).
// `{ button: 'Dodaj wiersz' }` presses a button (with the keyboard) before the next fields.
const FILL = [
  { label: 'Asystent rodziny', value: 'Anna Kowalska' },
  { label: 'Przedstawiciel rodziny', value: 'Jan Nowak' },
  // Dates and months are typed as in Polish (DD.MM.RRRR), whatever the browser's language.
  { label: 'Miesiąc', value: '2025-11', keys: '11.2025' },
  { button: 'Dodaj wiersz' }, // a row of the "Spotkania" list
  { label: 'Data', value: '2025-11-05', keys: '5.11.2025' },
  { label: 'Od', value: '09:00', keys: '9:00' },
  { label: 'Do', value: '16:00' }, // 7 h: over Konstancin-Jeziorna's 6 h per family a month
  { label: 'Miejsce spotkania', value: 'Dom rodziny' },
];
/** Rule results the submitted report must contain (a subset of each result's fields). */
const EXPECT_RESULTS = [
  { ruleId: 'konstancin-jeziorna.hours-per-family-month', status: 'fail', severity: 'warning', path: '/rows/0' },
];
/** The submit button's accessible name. */
const SUBMIT = /^\s*(Zapisz|Wyślij|Zatwierdź)/i;
/** The form id of the page variant that must fail gracefully. */
const BAD_PAGE = 'bad.html';
// ---------------------------------------------------------------------------------------------

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const MAX_TABS = 80;
const RENDER_TIMEOUT = 15_000;
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const bundleDir = process.env.ASYSTA_BUNDLE_DIR || DEFAULT_BUNDLE_DIR;

const checks = createChecks({ suite: 'browser test' });
const { check, finish } = checks;
function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** Runs in the page before any of its scripts: records CSP violations and the element's events. */
function recorder() {
  const log = { violations: [], submits: [], errors: [], changes: 0 };
  Object.defineProperty(window, '__asystaTest', { value: log });
  // Capture phase on window: sees the events even if they do not bubble.
  window.addEventListener(
    'securitypolicyviolation',
    (event) => {
      log.violations.push({
        directive: event.effectiveDirective || event.violatedDirective,
        blockedURI: event.blockedURI,
        source: `${event.sourceFile || ''}:${event.lineNumber || 0}`,
        sample: event.sample,
      });
    },
    true,
  );
  window.addEventListener('asysta-submit', (event) => log.submits.push(event.detail), true);
  window.addEventListener('asysta-error', (event) => log.errors.push(event.detail ?? null), true);
  window.addEventListener('asysta-change', () => (log.changes += 1), true);
}

/** Collects page errors, console errors and failed requests of one page. */
function watch(page) {
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

async function expectCleanPage(page, problems) {
  const { violations } = await page.evaluate(() => window.__asystaTest);
  const lines = [
    ...violations.map((v) => `CSP violation: ${v.directive} blocked ${v.blockedURI || '(inline)'} at ${v.source}`),
    ...problems,
  ];
  assert(lines.length === 0, lines.join('\n'));
}

function labelPattern(label) {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^\\s*${escaped}(\\s*[*:])*\\s*$`);
}

/** Is `locator` the deepest focused element (through shadow roots)? */
function isFocused(locator) {
  return locator.evaluate((element) => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active === element;
  });
}

async function describeFocus(page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return '(nothing)';
    const name = active.getAttribute('aria-label') || active.labels?.[0]?.textContent || active.textContent || '';
    return `<${active.localName}${active.id ? `#${active.id}` : ''}> ${name.trim().slice(0, 40)}`;
  });
}

/** Presses Tab until `locator` has the focus. */
async function tabTo(page, locator, what) {
  await locator.waitFor({ state: 'visible', timeout: RENDER_TIMEOUT });
  for (let presses = 0; presses <= MAX_TABS; presses++) {
    if (await isFocused(locator)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${MAX_TABS} Tab presses never reached ${what}; focus is on ${await describeFocus(page)}`);
}

const NEXT = { press: 'ArrowRight' }; // to the next part of a date/month/time input

/**
 * Key sequences (text to type, or `{ press }`) that may turn an input of `type` into `value`;
 * which one works depends on the browser's language.
 */
function candidateKeys(type, value) {
  if (type === 'date') {
    const [y, m, d] = value.split('-');
    return [[`${d}${m}${y}`], [`${m}${d}${y}`], [`${y}${m}${d}`], [d, NEXT, m, NEXT, y], [m, NEXT, d, NEXT, y]];
  }
  if (type === 'month') {
    const [y, m] = value.split('-');
    return [[m, NEXT, y], [y, NEXT, m], [`${m}${y}`]];
  }
  if (type === 'time') {
    const [h, min] = value.split(':').map(Number);
    const pad = (n) => String(n).padStart(2, '0');
    return [[`${pad(h)}${pad(min)}`], [`${pad(h % 12 || 12)}${pad(min)}${h < 12 ? 'A' : 'P'}`]];
  }
  return [[value]];
}

async function typeKeys(page, keys) {
  for (const key of Array.isArray(keys) ? keys : [keys]) {
    if (typeof key === 'string') await page.keyboard.type(key, { delay: 5 });
    else await page.keyboard.press(key.press);
  }
}

/**
 * What to type into an input of `type` so that its value becomes `value`. Date, month and time inputs
 * order their parts by the browser's language, so each candidate is tried on a scratch input first
 * (in a blank page of its own, away from the page under test).
 */
async function keysFor(context, type, value) {
  const candidates = candidateKeys(type, value);
  if (candidates.length === 1) return candidates[0];
  const probe = await context.newPage();
  try {
    for (const keys of candidates) {
      await probe.setContent(`<input id="probe" type="${type}">`);
      await probe.locator('#probe').focus();
      await typeKeys(probe, keys);
      if ((await probe.locator('#probe').inputValue()) === value) return keys;
    }
  } finally {
    await probe.close();
  }
  throw new Error(`found no way to type "${value}" into an <input type="${type}">`);
}

function leaves(value, out = []) {
  if (value && typeof value === 'object') for (const child of Object.values(value)) leaves(child, out);
  else out.push(value);
  return out;
}

/** axe-core without a script tag: the source goes in over CDP, so the page's CSP stays as it is. */
async function expectNoAxeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((node) => ({ target: node.target.join(' '), summary: node.failureSummary })),
    }));
  }, AXE_TAGS);
  const report = violations.map(
    (v) =>
      `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
      v.nodes
        .slice(0, 8)
        .map((node) => indent(`${node.target}\n${indent(node.summary ?? '')}`))
        .concat(v.nodes.length > 8 ? [indent(`… and ${v.nodes.length - 8} more`)] : [])
        .join('\n'),
  );
  assert(violations.length === 0, `${violations.length} axe violation(s):\n${report.join('\n')}`);
}

async function main() {
  const bundle = `${bundleDir}/asysta-form.js`;
  if (!existsSync(bundle)) {
    checks.record('the standalone bundle exists', false, `${bundle} is missing – run \`npm run build\` first`);
    return;
  }

  const server = await startServer({ port: 0, bundleDir });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-quic',
      '--disable-sync',
    ],
  });
  try {
    const context = await browser.newContext({ locale: 'pl-PL', timezoneId: 'Europe/Warsaw' });
    context.setDefaultTimeout(RENDER_TIMEOUT);
    await context.addInitScript(recorder);

    // --- the time card page -------------------------------------------------------------------
    const page = await context.newPage();
    const problems = watch(page);
    const response = await page.goto(server.url, { waitUntil: 'load' });

    await check('the page is served with the strict Content-Security-Policy', async () => {
      const csp = response?.headers()['content-security-policy'];
      assert(csp === CONTENT_SECURITY_POLICY, `got ${csp}`);
      assert(!/unsafe-eval/.test(csp) && !/script-src[^;]*unsafe-inline/.test(csp), `too weak: ${csp}`);
    });

    const element = page.locator('asysta-form');
    const rendered = await check('<asysta-form> renders a form', async () => {
      await element.locator('form').first().waitFor({ state: 'visible', timeout: RENDER_TIMEOUT });
      const errors = await page.evaluate(() => window.__asystaTest.errors);
      assert(errors.length === 0, `asysta-error fired: ${JSON.stringify(errors)}`);
    });

    if (rendered) {
      await check('axe-core: no WCAG 2.1 A/AA violations (empty form)', () => expectNoAxeViolations(page));

      await check('keyboard-only fill and submit fires asysta-submit with the data and the report', async () => {
        await page.locator('body').focus();
        for (const step of FILL) {
          if (step.button) {
            const button = element.getByRole('button', { name: step.button }).first();
            await tabTo(page, button, `the button "${step.button}"`);
            await page.keyboard.press('Enter');
            continue;
          }
          const field = element.getByLabel(labelPattern(step.label)).first();
          await tabTo(page, field, `the field "${step.label}"`);
          const type = await field.evaluate((input) => (input.localName === 'input' ? input.type : input.localName));
          const keys = step.keys ?? (await keysFor(context, type, step.value));
          await tabTo(page, field, `the field "${step.label}"`); // the probe page may have taken the focus
          await typeKeys(page, keys);
          const shown = await field.inputValue().catch(() => undefined);
          // While focused an input shows what was typed; `value` is what must reach the data.
          const typed = typeof keys === 'string' ? keys : step.value;
          if (shown !== undefined && type !== 'select')
            assert(shown === typed, `typed into "${step.label}" (${type}) but it shows "${shown}", not "${typed}"`);
        }
        const submit = element.getByRole('button', { name: SUBMIT }).first();
        await tabTo(page, submit, 'the submit button');
        await page.keyboard.press('Enter');
        await page
          .waitForFunction(() => window.__asystaTest.submits.length > 0, null, { timeout: 10_000 })
          .catch(() => {
            throw new Error('no asysta-submit event within 10 s of pressing Enter on the submit button');
          });
        const detail = await page.evaluate(() => window.__asystaTest.submits.at(-1));
        assert(detail && typeof detail === 'object', `detail is ${JSON.stringify(detail)}`);
        assert(detail.data && typeof detail.data === 'object', 'detail.data is not an object');
        const values = leaves(detail.data).map(String);
        const missing = FILL.filter((step) => !step.button && !values.includes(step.value));
        assert(
          missing.length === 0,
          `detail.data lacks ${missing.map((s) => `"${s.value}" (${s.label})`).join(', ')}: ${JSON.stringify(detail.data)}`,
        );
        assert(detail.report && typeof detail.report === 'object', 'detail.report is not an object');
        assert(Array.isArray(detail.report.results), 'detail.report.results is not an array');
        for (const expected of EXPECT_RESULTS) {
          const found = detail.report.results.some((result) =>
            Object.entries(expected).every(([key, value]) => result?.[key] === value),
          );
          assert(
            found,
            `detail.report.results has no ${JSON.stringify(expected)}; it has ` +
              JSON.stringify(detail.report.results.map(({ ruleId, status, severity, path }) => ({ ruleId, status, severity, path }))),
          );
        }
      });

      await check('the host page shows a text summary of the submission', async () => {
        await page.waitForFunction(() => /^Karta przyjęta przez stronę/.test(document.getElementById('result')?.textContent ?? ''), null, {
          timeout: 5_000,
        });
      });

      await check('axe-core: no WCAG 2.1 A/AA violations (after submitting)', () => expectNoAxeViolations(page));
    }

    await check('no CSP violation, page error or console error on the time card page', () =>
      expectCleanPage(page, problems),
    );
    await page.close();

    // --- an unknown form id -------------------------------------------------------------------
    const bad = await context.newPage();
    const badProblems = watch(bad);
    await bad.goto(new URL(BAD_PAGE, server.url).href, { waitUntil: 'load' });
    const badElement = bad.locator('asysta-form');

    await check('an unknown form id shows a visible error message in the element', async () => {
      const alert = badElement.getByRole('alert').first();
      await alert.waitFor({ state: 'visible', timeout: RENDER_TIMEOUT });
      const text = (await alert.innerText()).trim();
      assert(text.length > 0, 'the alert is empty');
    });

    await check('an unknown form id fires asysta-error', async () => {
      await bad.waitForFunction(() => window.__asystaTest.errors.length > 0, null, { timeout: 5_000 });
    });

    await check('the host page keeps working after the error', async () => {
      await bad.waitForFunction(() => /^Nie udało się/.test(document.getElementById('result')?.textContent ?? ''), null, {
        timeout: 5_000,
      });
      assert(await bad.getByRole('heading', { level: 1 }).isVisible(), 'the heading is gone');
      // Still usable with the keyboard: Tab to the portal's own link and follow it.
      await bad.locator('body').focus();
      const link = bad.getByRole('link', { name: 'Karta czasu pracy' });
      await tabTo(bad, link, 'the portal link "Karta czasu pracy"');
      await Promise.all([bad.waitForURL(server.url), bad.keyboard.press('Enter')]);
      await bad.locator('asysta-form form').first().waitFor({ state: 'visible', timeout: RENDER_TIMEOUT });
      await bad.goBack();
    });

    await check('axe-core: no WCAG 2.1 A/AA violations (error state)', () => expectNoAxeViolations(bad));

    await check('no CSP violation, page error or console error on the error page', () =>
      expectCleanPage(bad, badProblems),
    );

    // --- every built-in form, with its first valid example, under the same CSP ----------------------
    const { listForms, getFormDefinition } = await import('@asysta/forms');
    for (const { id } of listForms()) {
      const formPage = await context.newPage();
      const formProblems = watch(formPage);
      await formPage.goto(server.url, { waitUntil: 'load' });
      const example = getFormDefinition(id).examples.valid[0]?.data ?? {};
      const shown = await check(`${id}: renders with its example data`, async () => {
        await formPage.evaluate(
          ([formId, data]) => {
            const element = document.querySelector('asysta-form');
            element.data = data;
            element.setAttribute('form', formId);
          },
          [id, example],
        );
        await formPage.locator('asysta-form form').first().waitFor({ state: 'visible', timeout: RENDER_TIMEOUT });
        const title = getFormDefinition(id).title.pl;
        await formPage.getByRole('heading', { name: title }).first().waitFor({ state: 'visible', timeout: RENDER_TIMEOUT });
      });
      if (shown) {
        await check(`${id}: axe-core finds no WCAG 2.1 A/AA violations`, () => expectNoAxeViolations(formPage));
        await check(`${id}: no CSP violation, page error or console error`, () => expectCleanPage(formPage, formProblems));
      }
      await formPage.close();
    }
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

try {
  await main();
} catch (error) {
  checks.stopped(error);
}
finish();
