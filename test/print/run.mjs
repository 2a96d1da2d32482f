#!/usr/bin/env node
// The print suite: every built-in form printed to PDF in Chromium by both renderers (<AsystaForm> and
// <asysta-form>, the conformance suite's driver pages, under the strict CSP), and the PDF's text read
// back with pdfjs-dist. Each form's first valid example and the blank template must carry the
// paper's columns, the title, the centre's name, every signature label and a page number, and
// nothing of the screen form; the time card its 12 numbered rows and "razem ilość godzin"; both
// renderers the same text. A screenshot of the time card's print view and every PDF are kept in
// test/artifacts/print/. Assumes `npm run build` has run. Ends with `N passed, M failed`.
//
//   node test/print/run.mjs            CHROMIUM_PATH=… for another browser
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { createFormModel, getFormDefinition, listForms } from '@asysta/forms';
import { bundlePage } from '../support/bundle-page.mjs';
import { createChecks } from '../support/checks.mjs';
import { servePages } from '../support/serve-pages.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const artifacts = join(root, 'test/artifacts/print');
const RENDERERS = ['react', 'element'];
const TIME_CARD = 'karta-czasu-pracy';
const TIME_CARD_COLUMNS = ['Lp.', 'Data', 'Godzina od… do…', 'Ilość godzin', 'Miejsce spotkania', 'Podpis przedstawiciela rodziny'];
/** What only the screen form shows: none of it may print. */
const SCREEN_ONLY = ['Zapisz', 'Dodaj wiersz', 'DD.MM.RRRR', 'Popraw błędy'];

const checks = createChecks({ suite: 'print' });
const check = checks.record;

/** The driver pages: React with the package's stylesheet linked; the element with none (it brings its own). */
async function buildPages(dir) {
  for (const renderer of RENDERERS) {
    await bundlePage(join(root, 'test/conformance/pages', `${renderer}-driver.mjs`), join(dir, renderer, 'driver.js'), { external: (id) => id.startsWith('/asysta/') });
    const link = renderer === 'react' ? '<link rel="stylesheet" href="/asysta.css" />' : '';
    await writeFile(
      join(dir, renderer, 'page.html'),
      `<!doctype html><html lang="pl"><head><meta charset="utf-8" /><title>Asysta – druk</title><link rel="icon" href="/favicon.svg" type="image/svg+xml" />${link}<script type="module" src="./driver.js"></script></head><body><div id="host"></div></body></html>`,
    );
  }
  await copyFile(join(root, 'packages/ui-react/dist/asysta.css'), join(dir, 'asysta.css'));
  await writeFile(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
}

/** The text of each page of a PDF (items joined by spaces), the items themselves, and each page's size. */
async function readPdf(bytes) {
  const doc = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, isEvalSupported: false }).promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const items = content.items.map((item) => item.str).filter((s) => s.trim() !== '');
    const [, , width, height] = page.view;
    pages.push({ items, width, height });
  }
  await doc.destroy();
  const items = pages.flatMap((page) => page.items);
  return { pages, items, text: items.join(' ').replace(/\s+/g, ' ') };
}

/** Every text the print view of these options holds that the paper must show (headings, labels). */
function expectedTexts(form, options) {
  const view = createFormModel(form, options).getPrintView();
  const texts = [view.title, ...(view.organisation ? [view.organisation] : []), ...view.signatures.map((s) => s.label)];
  const walk = (blocks) => {
    for (const block of blocks) {
      if (block.kind === 'section') {
        texts.push(block.label);
        walk(block.blocks);
      } else if (block.kind === 'answer') texts.push(block.label);
      else {
        if (block.label) texts.push(block.label);
        texts.push(...block.columns, ...(block.lanes ?? []).map((lane) => lane.label), ...block.totals.map((total) => total.label));
      }
    }
  };
  walk(view.blocks);
  return { view, texts: [...new Set(texts)] };
}

// Case aside: titles print in capitals, as on the paper templates.
const squash = (text) => text.replace(/\s+/g, ' ').trim().toLocaleLowerCase('pl');
const missing = (text, wanted) => wanted.filter((w) => !squash(text).includes(squash(w)));

/** Is `sequence` a subsequence of `items`? */
function inOrder(items, sequence) {
  let at = 0;
  for (const item of items) if (item.trim() === sequence[at]) at++;
  return at === sequence.length;
}

async function printForm(page, url, options) {
  await page.goto(url);
  await page.waitForFunction(() => typeof window.asystaDriver === 'object');
  await page.evaluate((o) => window.asystaDriver.mount(o), options);
  await page.waitForFunction(() => window.asystaDriver.root()?.querySelector('.asysta-form__shell'), undefined, { timeout: 15_000 });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const after = await page.evaluate(() => ({
    violations: window.asystaDriver.log.violations,
    errors: window.asystaDriver.log.error.length,
    // The print view is drawn for printing only: gone again afterwards.
    printViewLeft: Boolean(window.asystaDriver.root().querySelector('.asysta-print')),
  }));
  return { pdf, ...after };
}

async function main() {
  const dir = await mkdtemp(join(tmpdir(), 'asysta-print-'));
  await mkdir(artifacts, { recursive: true });
  let browser;
  let server;
  try {
    await buildPages(dir);
    server = await servePages(dir);
    const base = `http://127.0.0.1:${server.address().port}`;
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const context = await browser.newContext({ viewport: { width: 1024, height: 900 }, locale: 'en-US' });
    const page = await context.newPage();
    page.on('pageerror', (error) => check(`no page error (${page.url()})`, false, String(error)));

    const cases = listForms().flatMap(({ id }) => {
      const example = getFormDefinition(id).examples.valid[0];
      const options = { form: id, profile: example.profile ?? 'milanowek', asOf: example.asOf ?? '2026-03-31', locale: 'pl' };
      return [
        { name: `${id} (${example.name})`, id, options: { ...options, data: example.data }, blank: false },
        { name: `${id} (blank)`, id, options, blank: true },
      ];
    });
    const texts = {};
    for (const test of cases) {
      const { texts: wanted, view } = expectedTexts(test.id, { profile: test.options.profile, asOf: test.options.asOf, locale: 'pl', ...(test.options.data ? { data: test.options.data } : {}) });
      for (const renderer of RENDERERS) {
        const label = `${renderer}: ${test.name}`;
        let printed;
        let pdf;
        const ok = await checks.check(`${label}: printed to A4 PDF and read back`, async () => {
          printed = await printForm(page, `${base}/${renderer}/page.html`, test.options);
          pdf = await readPdf(printed.pdf);
        });
        if (!ok) continue;
        texts[`${test.name}|${renderer}`] = pdf.text;
        await writeFile(join(artifacts, `${test.id}-${test.blank ? 'blank' : 'filled'}-${renderer}.pdf`), printed.pdf);
        check(`${label}: no CSP violation, no error`, printed.violations.length === 0 && printed.errors === 0, JSON.stringify(printed));
        check(`${label}: the print view is gone after printing`, !printed.printViewLeft);
        const lost = missing(pdf.text, wanted);
        check(`${label}: title, centre, headings, columns and signature labels on paper`, lost.length === 0, `missing: ${JSON.stringify(lost)}`);
        const screen = SCREEN_ONLY.filter((text) => pdf.text.includes(text));
        check(`${label}: nothing of the screen form`, screen.length === 0, `printed: ${JSON.stringify(screen)}`);
        const numbers = pdf.pages.map((p, i) => `${i + 1} / ${pdf.pages.length}`);
        check(`${label}: A4 ${view.orientation}, numbered pages`, pdf.pages.every((p, i) => p.items.includes(numbers[i]) && Math.round(Math.max(p.width, p.height)) === 842 && (view.orientation === 'landscape') === p.width > p.height), JSON.stringify(pdf.pages.map((p) => [p.width, p.height, p.items.slice(-2)])));
        if (test.id === TIME_CARD) {
          check(`${label}: the paper's columns`, missing(pdf.text, TIME_CARD_COLUMNS).length === 0 && inOrder(pdf.items, ['Lp.', 'Data']), pdf.text.slice(0, 400));
          check(`${label}: 12 numbered rows and "razem ilość godzin"`, inOrder(pdf.items, Array.from({ length: 12 }, (_, i) => String(i + 1))) && pdf.text.includes('razem ilość godzin:'), JSON.stringify(pdf.items));
          check(`${label}: both signature lines`, pdf.text.includes('Podpis asystenta rodziny') && pdf.text.includes('Akceptacja koordynatora'));
          if (test.blank) check(`${label}: nothing filled in`, !pdf.text.includes('Anna Kowalska') && !pdf.text.includes('godz.'), pdf.text);
          else
            check(
              `${label}: the answers as text, dates in Polish and the total`,
              ['Anna Kowalska', 'marzec 2026', '03.03.2026', '10:00–12:00', '1 godz. 30 min', '4 godz. 30 min', 'Data podpisu: 31 marca 2026'].every((t) => pdf.text.includes(t)),
              pdf.text,
            );
        }
      }
      const [react, element] = RENDERERS.map((renderer) => texts[`${test.name}|${renderer}`]);
      check(`both renderers print the same text: ${test.name}`, react === element, `react:   ${react?.slice(0, 300)}\n    element: ${element?.slice(0, 300)}`);
    }

    // What each PDF said, for a person reading a failure.
    await writeFile(join(artifacts, 'texts.json'), `${JSON.stringify(texts, null, 1)}\n`);

    // The screenshot kept as an artefact: the time card's print view as the print medium shows it.
    const example = getFormDefinition(TIME_CARD).examples.valid[0];
    await page.goto(`${base}/react/page.html`);
    await page.waitForFunction(() => typeof window.asystaDriver === 'object');
    await page.evaluate((o) => window.asystaDriver.mount(o), { form: TIME_CARD, profile: example.profile, asOf: example.asOf, locale: 'pl', data: example.data });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 });
    const shown = await page.evaluate(() => {
      const sheet = document.querySelector('.asysta-print');
      const form = document.querySelector('.asysta-form__shell');
      return { sheet: sheet ? getComputedStyle(sheet).display : 'none', form: form ? getComputedStyle(form).display : 'none', inputs: sheet?.querySelectorAll('input, select, textarea, button').length ?? -1 };
    });
    check('print medium: the print view shows, the screen form does not, no inputs in it', shown.sheet === 'block' && shown.form === 'none' && shown.inputs === 0, JSON.stringify(shown));
    const screenshot = join(artifacts, `${TIME_CARD}-print.png`);
    await page.screenshot({ path: screenshot, fullPage: true });
    console.log(`  screenshot: ${screenshot}`);
    await page.emulateMedia({ media: 'screen' });
    await context.close();
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
