// A form-submission endpoint in plain Node: the server gives exactly the verdict the form gave in the
// browser, because both run validateSubmission's model code. Run `npm run build` first, then
// `npm start -w examples/server`, and POST JSON to /api/forms/<form id>/submissions.
//
// It never logs the submitted data (it may hold health, addiction or violence details) and keeps
// nothing: storing an accepted submission is the host application's job.
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { AsystaError, validateSubmission } from '@asysta/forms';

const MAX_BODY_BYTES = 1024 * 1024;

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
  const chunks = [];
  let size = 0;
  for await (const chunk of request) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return { error: 'too-large' };
    chunks.push(chunk);
  }
  try {
    return { value: JSON.parse(Buffer.concat(chunks).toString('utf8')) };
  } catch (error) {
    return { error: 'syntax', message: error.message };
  }
}

/** The request handler, separate from listening so that tests can call it through a real socket. */
export async function handle(request, response) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const match = /^\/api\/forms\/([a-z0-9-]+)\/submissions$/.exec(url.pathname);
  if (!match) return send(response, 404, { error: 'not-found' });
  if (request.method !== 'POST') return send(response, 405, { error: 'method-not-allowed' });
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
    return send(response, 415, { error: 'unsupported-media-type', message: 'Send application/json.' });
  }
  const body = await readJson(request);
  if (body.error === 'too-large') return send(response, 413, { error: 'too-large' });
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
    // An unknown form or profile, a bad date: the client's mistake, said in its language.
    if (error instanceof AsystaError) return send(response, 400, { error: error.code, message: error.message, details: error.details });
    return send(response, 500, { error: 'internal' });
  }
}

export function startServer({ port = Number(process.env.PORT ?? 5175), host = '127.0.0.1' } = {}) {
  const server = createServer((request, response) => {
    handle(request, response).catch(() => send(response, 500, { error: 'internal' }));
  });
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
