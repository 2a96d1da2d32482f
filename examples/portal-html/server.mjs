// A tiny static server for the plain-HTML portal example: no dependencies, node:http only.
// It serves this folder's pages and, at /asysta/, the standalone bundle of <asysta-form> built by
// `npm run build` (packages/web-components/dist/standalone/), every response under a strict CSP.
//
//   npm start -w examples/portal-html          (PORT=8080 to change the port)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Where `npm run build` puts the standalone bundle of <asysta-form>. */
export const DEFAULT_BUNDLE_DIR = resolve(here, '../../packages/web-components/dist/standalone');

/** The page's policy: no eval, no inline scripts, nothing from elsewhere. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** This folder's pages and assets; nothing else of it is served (not server.mjs, not package.json). */
const PUBLIC_FILES = new Set(['index.html', 'bad.html', 'portal.js', 'portal.css', 'favicon.svg']);

/**
 * Maps a URL path to a file on disk, or null when it is not ours to serve: `..`, backslashes, NUL and
 * anything that would resolve outside the bundle folder are refused.
 */
function resolvePath(pathname, bundleDir) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  if (decoded === '/') return join(here, 'index.html');
  if (decoded.startsWith('/asysta/')) {
    const file = resolve(bundleDir, `.${decoded.slice('/asysta'.length)}`);
    return file.startsWith(bundleDir + sep) ? file : null;
  }
  const name = decoded.slice(1);
  return PUBLIC_FILES.has(name) ? join(here, name) : null;
}

async function handle(req, headers, bundleDir) {
  const text = (status, body) => ({
    status,
    headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' },
    body: Buffer.from(body),
  });
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return { ...text(405, 'Method Not Allowed\n'), headers: { ...headers, Allow: 'GET, HEAD' } };
  }
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  const file = resolvePath(pathname, bundleDir);
  if (!file) return text(404, 'Not Found\n');
  try {
    if (!(await stat(file)).isFile()) return text(404, 'Not Found\n');
    const body = await readFile(file);
    // The standalone modules carry a content hash in their names: a portal may cache them for good.
    const hashed = /^\/asysta\/modules\/.+-[A-Za-z0-9_-]{8}\.js$/.test(pathname);
    const cache = hashed ? { 'Cache-Control': 'public, max-age=31536000, immutable' } : {};
    return { status: 200, headers: { ...headers, ...cache, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }, body };
  } catch (error) {
    if (error?.code !== 'ENOENT') throw error;
    return pathname.startsWith('/asysta/')
      ? text(404, 'Not Found – has `npm run build` made packages/web-components/dist/standalone/?\n')
      : text(404, 'Not Found\n');
  }
}

/**
 * Starts the server on 127.0.0.1; `port: 0` picks a free port. `bundleDir` serves another build at
 * /asysta/; `csp` replaces the policy (for experiments – the example and its test use the default).
 * @param {{ port?: number, host?: string, bundleDir?: string, csp?: string }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function startServer({
  port = Number(process.env.PORT ?? 5174),
  host = '127.0.0.1',
  bundleDir = DEFAULT_BUNDLE_DIR,
  csp = CONTENT_SECURITY_POLICY,
} = {}) {
  const root = resolve(bundleDir);
  const headers = {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  };
  const server = createServer(async (req, res) => {
    let response;
    try {
      response = await handle(req, headers, root);
    } catch {
      response = {
        status: 500,
        headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' },
        body: Buffer.from('Internal Server Error\n'),
      };
    }
    res.writeHead(response.status, { ...response.headers, 'Content-Length': response.body.length });
    res.end(req.method === 'HEAD' ? undefined : response.body);
  });
  return new Promise((resolveStart, rejectStart) => {
    server.once('error', rejectStart);
    server.listen(port, host, () => {
      server.off('error', rejectStart);
      const address = server.address();
      const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}/`;
      const close = () =>
        new Promise((done, fail) => {
          server.close((error) => (error ? fail(error) : done()));
          server.closeAllConnections();
        });
      resolveStart({ url, close });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { url } = await startServer();
  console.log(`Asysta portal example: ${url}`);
  console.log(`An unknown form id, for comparison: ${url}bad.html`);
}
