#!/usr/bin/env node
// bench/browser – a keystroke in headless Chromium, side by side in one run: Asysta's React renderer and
// its Lit element (each also with drafts on: `draftKey`, IndexedDB),
// plain @rjsf/core + @rjsf/validator-ajv8 (without and with liveValidate) and JSON Forms with its
// vanilla renderers, on the same schema and data: the 31-row time card, the 12-member family
// assessment and the work plan with 40 actions, typing into the last row. Several runs, peers in
// alternating order, each in a fresh page. Prints p50/p95 of keystroke processing (keydown to the end
// of the input event's handlers) and of keydown to the next frame, React commits per keystroke, first
// render, the ratios Asysta ÷ each peer, and drafts on ÷ off for each renderer (the goal: keystroke p95
// within 1.1×). Nothing is asserted: read the ratios.
//
//   npm run bench:browser            (-- --quick for a short smoke run)
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { bundlePage } from '../../test/support/bundle-page.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const quick = process.argv.includes('--quick');
const RUNS = quick ? 1 : 3;
const KEYS = quick ? 12 : 40;
const WARMUP = 5;
const PEERS = ['asysta', 'asysta-drafts', 'asysta-lit', 'asysta-lit-drafts', 'rjsf', 'rjsf-live', 'jsonforms'];
/** Each renderer with drafts on, against itself without. */
const WITH_DRAFTS = { asysta: 'asysta-drafts', 'asysta-lit': 'asysta-lit-drafts' };
const MARKER = 'Znacznik';
const definitions = Object.fromEntries(
  ['karta-czasu-pracy', 'ocena-sytuacji-rodziny', 'plan-pracy-z-rodzina'].map((id) => [id, JSON.parse(readFileSync(join(here, `../../packages/forms/definitions/${id}.form.json`), 'utf8'))]),
);

/** The three forms, filled large, with the marker in a text field of the last row. */
function cases() {
  const card = definitions['karta-czasu-pracy'].examples.valid[0];
  const rows = Array.from({ length: 31 }, (_, i) => ({ date: `2026-03-${String(1 + (i % 31)).padStart(2, '0')}`, time: { from: '08:00', to: '08:45' }, place: i === 30 ? MARKER : 'Dom rodziny', familySignature: true }));
  const assessment = definitions['ocena-sytuacji-rodziny'].examples.valid[0];
  const members = Array.from({ length: 12 }, (_, i) => {
    // No PESEL: twelve copies of one would not be twelve people.
    const member = structuredClone(assessment.data.members[i % assessment.data.members.length]);
    delete member.pesel;
    return { ...member, fullName: `Osoba ${i + 1}`, workOrSchool: i === 11 ? MARKER : 'Szkoła Podstawowa nr 1' };
  });
  const plan = definitions['plan-pracy-z-rodzina'].examples.valid[0];
  const action = plan.data.schedule.family[0];
  const lane = (n, last) => Array.from({ length: n }, (_, i) => ({ ...structuredClone(action), action: last && i === n - 1 ? MARKER : `${action.action} (${i + 1})` }));
  return [
    { name: 'time card, 31 rows', form: 'karta-czasu-pracy', profile: card.profile, asOf: card.asOf, data: { ...card.data, rows } },
    { name: 'assessment, 12 members', form: 'ocena-sytuacji-rodziny', profile: assessment.profile ?? 'default', asOf: assessment.asOf ?? '2026-03-31', data: { ...assessment.data, members } },
    { name: 'work plan, 40 actions', form: 'plan-pracy-z-rodzina', profile: plan.profile ?? 'default', asOf: plan.asOf ?? '2026-03-31', data: { ...plan.data, schedule: { family: lane(14), assistant: lane(13), socialWorker: lane(13, true) } } },
  ];
}

async function buildPage(dir) {
  await bundlePage(join(here, 'page.mjs'), join(dir, 'page.js'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><html lang="pl"><meta charset="utf-8"><title>bench</title><script type="module" src="/page.js"></script><body><div id="host"></div></body></html>');
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function main() {
  const dir = await mkdtemp(join(tmpdir(), 'asysta-bench-'));
  await buildPage(dir);
  const server = createServer(async (req, res) => {
    const file = req.url === '/page.js' ? 'page.js' : 'index.html';
    res.writeHead(200, { 'Content-Type': file.endsWith('.js') ? 'text/javascript' : 'text/html' });
    res.end(await readFile(join(dir, file)));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  console.log(`bench/browser: ${RUNS} run(s), ${KEYS} keystrokes per peer and run after ${WARMUP} to warm up; Chromium ${browser.version()}\n`);
  try {
    for (const testCase of cases()) {
      const results = Object.fromEntries(PEERS.map((peer) => [peer, { processing: [], frame: [], commits: [], first: [] }]));
      for (let run = 0; run < RUNS; run++) {
        const order = run % 2 ? [...PEERS].reverse() : PEERS;
        for (const peer of order) {
          const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
          await page.goto(url);
          await page.waitForFunction(() => typeof window.bench === 'object');
          const first = await page.evaluate(({ peer, form, profile, asOf, data }) => window.bench.mount(peer, form, profile, asOf, data), { peer, ...testCase });
          const drawn = await page.evaluate((marker) => window.bench.focusMarker(marker), MARKER).catch(() => false);
          if (!drawn) {
            // A peer that cannot draw the field (JSON Forms' vanilla renderers and the plan's nested lanes).
            results[peer].unsupported = true;
            await page.close();
            continue;
          }
          for (let i = 0; i < WARMUP; i++) await page.keyboard.type('a');
          await page.evaluate(() => window.bench.reset());
          for (let i = 0; i < KEYS; i++) await page.keyboard.type('abcdefghij'[i % 10]);
          await page.waitForTimeout(50);
          const stats = await page.evaluate(() => ({ commits: window.bench.stats.commits, keys: window.bench.stats.keys }));
          const r = results[peer];
          r.first.push(first);
          r.processing.push(...stats.keys.map((k) => k.processing));
          r.frame.push(...stats.keys.map((k) => k.frame));
          r.commits.push(stats.commits / Math.max(1, stats.keys.length));
          await page.close();
        }
      }
      console.log(`## ${testCase.name}`);
      console.log(`${'peer'.padEnd(17)} ${'first render'.padStart(13)} ${'processing p50'.padStart(15)} ${'p95'.padStart(8)} ${'frame p50'.padStart(10)} ${'p95'.padStart(8)} ${'commits/key'.padStart(12)}`);
      const summary = {};
      for (const peer of PEERS) {
        const r = results[peer];
        if (r.unsupported || !r.processing.length) {
          console.log(`${peer.padEnd(17)} does not draw the field typed into (no input for it): left out`);
          continue;
        }
        summary[peer] = {
          first: percentile(r.first, 50),
          p50: percentile(r.processing, 50),
          p95: percentile(r.processing, 95),
          f50: percentile(r.frame, 50),
          f95: percentile(r.frame, 95),
          commits: r.commits.reduce((a, b) => a + b, 0) / r.commits.length,
        };
        const s = summary[peer];
        const ms = (v) => `${v.toFixed(2)} ms`;
        const commits = peer.startsWith('asysta-lit') ? '—' : s.commits.toFixed(2);
        console.log(`${peer.padEnd(17)} ${ms(s.first).padStart(13)} ${ms(s.p50).padStart(15)} ${ms(s.p95).padStart(8)} ${ms(s.f50).padStart(10)} ${ms(s.f95).padStart(8)} ${commits.padStart(12)}`);
      }
      for (const ours of ['asysta', 'asysta-lit']) {
        const a = summary[ours];
        if (!a) continue;
        for (const peer of PEERS.filter((p) => !p.startsWith('asysta') && summary[p])) {
          const s = summary[peer];
          console.log(`  ${ours.padEnd(10)} ÷ ${peer.padEnd(10)} processing p50 ${(a.p50 / s.p50).toFixed(2)}×, p95 ${(a.p95 / s.p95).toFixed(2)}×; frame p50 ${(a.f50 / s.f50).toFixed(2)}×, p95 ${(a.f95 / s.f95).toFixed(2)}×; first render ${(a.first / s.first).toFixed(2)}×`);
        }
      }
      for (const [ours, drafted] of Object.entries(WITH_DRAFTS)) {
        const a = summary[drafted];
        const s = summary[ours];
        if (!a || !s) continue;
        console.log(`  drafts on ÷ off ${ours.padEnd(10)} processing p50 ${(a.p50 / s.p50).toFixed(2)}×, p95 ${(a.p95 / s.p95).toFixed(2)}× (goal ≤ 1.1×); frame p50 ${(a.f50 / s.f50).toFixed(2)}×, p95 ${(a.f95 / s.f95).toFixed(2)}×; first render ${(a.first / s.first).toFixed(2)}×`);
      }
      console.log('');
    }
  } finally {
    await browser.close();
    server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
