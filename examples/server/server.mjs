// A form-submission endpoint in plain Node: the server gives exactly the verdict the form gave in the
// browser, because both run validateSubmission's model code. Run `npm run build` first, then
// `npm start -w examples/server`, and POST JSON to /api/forms/<form id>/submissions.
//
// It never logs the submitted data (it may hold health, addiction or violence details) and keeps
// nothing: storing an accepted submission is the host application's job.
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { AsystaError, validateSubmission } from '@asysta/forms';

/** The largest request body read (the data limits of validateSubmission then apply inside it). */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Receiving a request (headers and body) may take this long: a slow client cannot hold a socket. */
export const REQUEST_TIMEOUT_MS = 10_000;
export const HEADERS_TIMEOUT_MS = 5_000;

const utf8 = new TextDecoder('utf-8', { fatal: true });

function send(response, status, body) {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  response.end(text);
}

async function readJson(request) {
  // A declared length over the limit is refused before a byte of the body is read.
  if (Number(request.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return { error: 'too-large' };
  const chunks = [];
  let size = 0;
  for await (const chunk of request) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return { error: 'too-large' };
    chunks.push(chunk);
  }
  let text;
  try {
    text = utf8.decode(Buffer.concat(chunks));
  } catch {
    return { error: 'encoding', message: 'The body is not UTF-8.' };
  }
  try {
    // JSON.parse does not recurse; validateSubmission then checks depth, sizes and lengths first.
    return { value: JSON.parse(text) };
  } catch (error) {
    return { error: 'syntax', message: error.message };
  }
}

/** After an early answer (413), stop reading what the client still sends and close the connection. */
function refuse(request, response, status, body) {
  response.setHeader('connection', 'close');
  send(response, status, body);
  request.resume();
  response.on('finish', () => request.destroy());
}

/** The request handler, separate from listening so that tests can call it through a real socket. */
export async function handle(request, response) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const match = /^\/api\/forms\/([a-z0-9-]+)\/submissions$/.exec(url.pathname);
  if (!match) return send(response, 404, { error: 'not-found' });
  if (request.method !== 'POST') return send(response, 405, { error: 'method-not-allowed' });
  const type = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json') {
    return refuse(request, response, 415, { error: 'unsupported-media-type', message: 'Send application/json.' });
  }
  const body = await readJson(request);
  if (body.error === 'too-large') return refuse(request, response, 413, { error: 'too-large', limit: MAX_BODY_BYTES });
  if (body.error === 'encoding') return send(response, 400, { error: 'invalid-encoding', message: body.message });
  if (body.error) return send(response, 400, { error: 'invalid-json', message: body.message });
  const locale = url.searchParams.get('locale') === 'en' ? 'en' : 'pl';
  try {
    const result = validateSubmission(match[1], body.value, {
      profile: url.searchParams.get('profile') ?? 'default',
      locale,
      ...(url.searchParams.get('asOf') ? { asOf: url.searchParams.get('asOf') } : {}),
    });
    return send(response, result.valid ? 200 : 422, {
      valid: result.valid,
      errors: result.errors,
      warnings: result.warnings,
      report: result.report,
    });
  } catch (error) {
    // An unknown form or profile, a bad date, data beyond the limits: the client's mistake, said in
    // its language and located; never a stack trace.
    if (error instanceof AsystaError) return send(response, 400, { error: error.code, message: error.message, details: error.details });
    return send(response, 500, { error: 'internal' });
  }
}

export function startServer({ port = Number(process.env.PORT ?? 5175), host = '127.0.0.1' } = {}) {
  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) send(response, 500, { error: 'internal' });
      else response.destroy();
    });
  });
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  return new Promise((resolve) => {
    server.listen(port, host, () => {
      const address = server.address();
      resolve({ url: `http://${host}:${address.port}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { url } = await startServer();
  console.log(`Asysta example server: POST ${url}/api/forms/karta-czasu-pracy/submissions?profile=konstancin-jeziorna`);
}
