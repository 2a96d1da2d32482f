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
