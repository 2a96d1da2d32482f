import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getFormDefinition } from '@asysta/forms';
// @ts-expect-error – a plain .mjs example without type declarations
import { startServer } from '../server.mjs';

let server: { url: string; close(): Promise<void> };
beforeAll(async () => {
  server = await startServer({ port: 0 });
});
afterAll(() => server.close());

const post = (path: string, body: string, type = 'application/json') =>
  fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': type }, body });

describe('examples/server', () => {
  const example = getFormDefinition('karta-czasu-pracy').examples.valid[1]!;

  it('accepts valid data with the rule warnings (200)', async () => {
    const response = await post('/api/forms/karta-czasu-pracy/submissions?profile=konstancin-jeziorna&asOf=2026-03-31', JSON.stringify(example.data));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.valid).toBe(true);
    expect(body.warnings.map((w: { path: string }) => w.path)).toEqual(['/rows/2', '/rows/3']);
  });

  it('rejects invalid data with errors at their paths (422), in English when asked', async () => {
    const invalid = getFormDefinition('karta-czasu-pracy').examples.invalid[0]!;
    const response = await post('/api/forms/karta-czasu-pracy/submissions?locale=en&asOf=2026-03-31', JSON.stringify(invalid.data));
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(body.errors).toEqual([expect.objectContaining({ path: '/rows/0/time/to', code: 'check.time.order' })]);
    expect(body.errors[0].message).toMatch(/^The end time/);
  });

  it('answers bad requests clearly: unknown form, broken JSON, wrong type, wrong method', async () => {
    expect((await post('/api/forms/nie-ma/submissions', '{}')).status).toBe(400);
    const broken = await post('/api/forms/karta-czasu-pracy/submissions', '{"rows": [');
    expect(broken.status).toBe(400);
    expect((await broken.json()).error).toBe('invalid-json');
    expect((await post('/api/forms/karta-czasu-pracy/submissions', '{}', 'text/plain')).status).toBe(415);
    expect((await fetch(`${server.url}/api/forms/karta-czasu-pracy/submissions`)).status).toBe(405);
  });
});

describe('examples/server against hostile bodies', () => {
  const path = '/api/forms/karta-czasu-pracy/submissions?asOf=2026-03-31&locale=en';

  it('refuses a body over the limit with 413 before reading it', async () => {
    const response = await post(path, JSON.stringify({ note: 'x'.repeat(1_100_000) }));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: 'too-large', limit: 1_048_576 });
  });

  it('answers data nested 100 000 deep with a located 400, no stack trace', async () => {
    const response = await post(path, `{"rows": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toBe('error.input.limits');
    expect(body.details[0]).toMatchObject({ source: 'data', message: 'the data is nested deeper than 32 levels' });
    expect(JSON.stringify(body)).not.toMatch(/\n\s+at /);
  });

  it('refuses a body that is not UTF-8 and types that are not JSON', async () => {
    const response = await fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: new Uint8Array([0x7b, 0xff, 0x7d]) });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toBe('invalid-encoding');
    expect((await post(path, '{}', 'application/jsonx')).status).toBe(415);
    expect((await post(path, '{}', 'application/json; charset=utf-8')).status).toBe(422);
  });

  it('keeps serving valid bodies among hostile ones (a one-second load smoke test)', async () => {
    // @ts-expect-error – a plain .mjs example without type declarations
    const { runLoad } = await import('../load.mjs');
    // In one process with its clients and briefly: only the answers are checked here, the stall
    // check (p99 of valid bodies alone and mixed) is `npm run load -w examples/server`'s.
    const { baseline, mixed } = await runLoad({ seconds: 1, clients: 10, url: server.url });
    expect(mixed.stats.hostile.count).toBeGreaterThan(0);
    expect([...baseline.unexpected, ...mixed.unexpected]).toEqual([]);
  }, 30_000);
});
