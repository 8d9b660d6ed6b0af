import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The directory served: `test/fixtures/`. */
export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface FixtureServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** Absolute URL of a fixture, e.g. `url('seeds/coverage-a.html')`. */
  url(path: string): string;
  /** Every request path (with its query) served so far, in order: a request counter for tests. */
  readonly requests: readonly string[];
  close(): Promise<void>;
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: Buffer | string,
  head: boolean,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, {
    ...extra,
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
  });
  res.end(head ? undefined : body);
}

/** Maps a URL path to a file under FIXTURES_DIR, or null if it escapes the directory. */
function resolvePath(urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = normalize(join(FIXTURES_DIR, decoded));
  return file.startsWith(FIXTURES_DIR) ? file : null;
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const head = req.method === 'HEAD';
  if (req.method !== 'GET' && !head)
    return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed', head);
  const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
  // Browsers ask for a favicon on every page; a 404 would show up as a console error.
  if (pathname === '/favicon.ico') return send(res, 204, 'image/x-icon', '', head);
  let file = resolvePath(pathname);
  if (file && (await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
  const body = file ? await readFile(file).catch(() => null) : null;
  if (!file || !body) return send(res, 404, 'text/plain; charset=utf-8', `Not found: ${pathname}`, head);
  // `<file>.headers.json` beside a fixture adds response headers (e.g. a strict page CSP).
  const extra = await readFile(`${file}.headers.json`, 'utf8').then(
    (text) => JSON.parse(text) as Record<string, string>,
    () => ({}),
  );
  send(res, 200, TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', body, head, extra);
}

/** Starts a static server for `test/fixtures/` on 127.0.0.1 with an ephemeral port. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '/');
    handle(req, res).catch((error: unknown) => send(res, 500, 'text/plain', String(error), false));
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => new URL(path.replace(/^\/+/, ''), `${origin}/`).href,
    requests,
    close: () =>
      new Promise<void>((ok, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : ok()));
      }),
  };
}
