// A load test of the example server, on the loopback interface only and bounded in time:
// `npm run load -w examples/server [-- --seconds 10 --clients 50]`.
//
// It starts the server in a child process (so the clients do not share its event loop), times each
// body alone (what one request costs the server), then runs valid bodies only (the baseline), then
// valid, invalid and hostile bodies mixed, and prints requests per second and p50/p99 latency per
// kind. It fails when any answer has an unexpected status, when one body alone takes longer than
// ALONE_BOUND_MS (a body that stalls the server), or when valid requests in the mix wait longer at
// p99 than MIXED_BOUND_MS. Hostile bodies are large (up to 2 MB) and share the server's one event
// loop, so under load they slow the others down in proportion to their size – never more.
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = (name) => fileURLToPath(new URL(name, import.meta.url));
const PATH = '/api/forms/karta-czasu-pracy/submissions?profile=konstancin-jeziorna&asOf=2026-03-31';
const ALONE_BOUND_MS = 250;
const MIXED_BOUND_MS = 3000;

function bodies() {
  const valid = readFileSync(here('./sample-time-card.json'), 'utf8');
  const data = JSON.parse(valid);
  const invalid = JSON.stringify({ ...data, rows: [{ ...data.rows[0], time: { from: '12:00', to: '10:00' } }] });
  const rows = Array.from({ length: 20_000 }, (_, i) => ({ ...data.rows[0], note: String(i) }));
  return {
    valid: [{ body: valid, status: [200] }],
    invalid: [{ body: invalid, status: [422] }],
    hostile: [
      { body: `{"rows": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`, status: [400] }, // nested 100 000 deep
      { body: JSON.stringify({ ...data, rows: rows.slice(0, 5000) }), status: [413, 400, 422] }, // many rows
      { body: JSON.stringify({ ...data, rows }), status: [413] }, // over the body limit
      { body: '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}', status: [422] },
      { body: JSON.stringify({ ...data, assistant: 'x'.repeat(500_000) }), status: [400, 422] },
      { body: '{"rows": [', status: [400] },
      { body: valid, status: [415], type: 'text/plain' },
    ],
  };
}

function percentile(sorted, p) {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function phase(url, { seconds, clients, kinds }) {
  const all = bodies();
  // Valid and invalid bodies repeated, so that the mix is not mostly the seven hostile ones.
  const weight = { valid: 4, invalid: 2, hostile: 1 };
  const pool = kinds.flatMap((kind) => Array.from({ length: weight[kind] }, () => all[kind].map((b) => ({ ...b, kind }))).flat());
  const latencies = Object.fromEntries(kinds.map((k) => [k, []]));
  const unexpected = [];
  const end = performance.now() + seconds * 1000;
  let n = 0;
  const client = async (c) => {
    for (let i = c; performance.now() < end; i += clients) {
      const item = pool[i % pool.length];
      const t0 = performance.now();
      try {
        const response = await fetch(`${url}${PATH}`, {
          method: 'POST',
          headers: { 'content-type': item.type ?? 'application/json' },
          body: item.body,
          signal: AbortSignal.timeout(15_000),
        });
        const text = await response.text();
        if (!item.status.includes(response.status) || /\n\s+at /.test(text)) unexpected.push(`${item.kind} → ${response.status}`);
      } catch (error) {
        // the server may close the connection after a 413 before all of the body was sent
        if (!item.status.includes(413)) unexpected.push(`${item.kind} → ${error.cause?.code ?? error.name}`);
      }
      latencies[item.kind].push(performance.now() - t0);
      n++;
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: clients }, (_, c) => client(c)));
  const elapsed = (performance.now() - t0) / 1000;
  const stats = Object.fromEntries(
    Object.entries(latencies).map(([kind, list]) => {
      const sorted = [...list].sort((a, b) => a - b);
      return [kind, { count: list.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99) }];
    }),
  );
  return { requests: n, perSecond: n / elapsed, stats, unexpected };
}

function print(title, result) {
  console.log(`${title}: ${result.requests} requests, ${result.perSecond.toFixed(0)} requests/s`);
  for (const [kind, s] of Object.entries(result.stats)) {
    console.log(`  ${kind.padEnd(8)} ${String(s.count).padStart(6)}  p50 ${s.p50.toFixed(1).padStart(7)} ms  p99 ${s.p99.toFixed(1).padStart(7)} ms`);
  }
}

async function startChild() {
  const child = fork(here('./server.mjs'), [], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  const url = await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(String(chunk));
      if (match) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`the server exited with ${code}`)));
  });
  return { url, stop: () => child.kill() };
}

/** Each body alone, a few times: the slowest answer per body (what one request can cost the server). */
async function alone(url) {
  const all = bodies();
  const out = [];
  for (const [kind, list] of Object.entries(all)) {
    for (const [i, item] of list.entries()) {
      let slowest = 0;
      for (let k = 0; k < 5; k++) {
        const t0 = performance.now();
        try {
          const response = await fetch(`${url}${PATH}`, { method: 'POST', headers: { 'content-type': item.type ?? 'application/json' }, body: item.body });
          await response.text();
        } catch {
          // a 413 may close the connection early
        }
        slowest = Math.max(slowest, performance.now() - t0);
      }
      out.push({ name: `${kind} ${i + 1} (${Math.round(item.body.length / 1024)} KiB)`, ms: slowest });
    }
  }
  return out;
}

/** Run both phases against `url` (or a server of its own); returns whether the checks held. */
export async function runLoad({ seconds = 10, clients = 50, url } = {}) {
  const server = url ? { url, stop() {} } : await startChild();
  try {
    if (!/^http:\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/.test(server.url)) throw new Error('loopback only');
    const single = await alone(server.url);
    console.log(`each body alone, slowest of 5 (bound ${ALONE_BOUND_MS} ms): ${single.map((b) => `${b.name} ${b.ms.toFixed(0)} ms`).join(', ')}`);
    const slowAlone = single.filter((b) => b.ms > ALONE_BOUND_MS);
    const baseline = await phase(server.url, { seconds: seconds / 2, clients, kinds: ['valid'] });
    print(`valid only, ${clients} clients`, baseline);
    const mixed = await phase(server.url, { seconds: seconds / 2, clients, kinds: ['valid', 'invalid', 'hostile'] });
    print(`valid, invalid and hostile mixed, ${clients} clients`, mixed);
    const unexpected = [...baseline.unexpected, ...mixed.unexpected];
    if (unexpected.length) console.log(`unexpected answers: ${[...new Set(unexpected)].join(', ')}`);
    const stalled = slowAlone.length > 0 || mixed.stats.valid.p99 > MIXED_BOUND_MS;
    console.log(
      `valid p99: ${baseline.stats.valid.p99.toFixed(1)} ms in the baseline, ${mixed.stats.valid.p99.toFixed(1)} ms mixed (bound ${MIXED_BOUND_MS} ms, ` +
        `${(mixed.stats.valid.p99 / Math.max(baseline.stats.valid.p99, 1)).toFixed(1)}×); ${stalled ? 'STALLED' : 'not stalled'}`,
    );
    return { ok: !unexpected.length && !stalled, baseline, mixed, single };
  } finally {
    server.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { seconds: { type: 'string', default: '10' }, clients: { type: 'string', default: '50' } } });
  const { ok } = await runLoad({ seconds: Number(values.seconds), clients: Number(values.clients) });
  process.exitCode = ok ? 0 : 1;
}
