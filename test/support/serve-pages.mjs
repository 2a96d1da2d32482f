// Serves a folder of test pages and, at /asysta/, the standalone bundle of the custom element –
// every response under the portal example's strict CSP. The conformance and print suites share it.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY, DEFAULT_BUNDLE_DIR } from '../../examples/portal-html/server.mjs';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.map': 'application/json' };

/** Listens on a free port of 127.0.0.1; resolves to the server (`server.address().port`). */
export function servePages(dir, bundleDir = DEFAULT_BUNDLE_DIR) {
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const base = pathname.startsWith('/asysta/') ? bundleDir : dir;
    const file = resolve(base, `.${pathname.startsWith('/asysta/') ? pathname.slice('/asysta'.length) : pathname}`);
    try {
      if (!file.startsWith(base + sep)) throw new Error('outside');
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': CONTENT_SECURITY_POLICY });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain', 'Content-Security-Policy': CONTENT_SECURITY_POLICY });
      res.end('Not Found\n');
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}
