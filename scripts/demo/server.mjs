/**
 * A tiny static server for the demo: the seed articles from one directory, plus an index
 * page linking them (generated in memory). Listens on 127.0.0.1 on a free port.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** @param {string} s */
const escapeHtml = (s) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** @param {{ file: string, title: string }[]} seeds */
function indexPage(seeds) {
  const items = seeds
    .map(
      (s) => `<li><a href="/${encodeURI(s.file)}">${escapeHtml(s.title)}</a> <small>(${s.file})</small></li>`,
    )
    .join('\n      ');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Gloss demo</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <style>
    body { font: 16px/1.5 system-ui, sans-serif; max-width: 720px; margin: 48px auto; padding: 0 24px; color: #222; }
    li { margin: 8px 0; }
  </style>
</head>
<body>
  <h1>Gloss demo</h1>
  <p>Open an article below. Gloss highlights the words it has context for; rest the pointer on a
  highlighted word for about half a second to see its card (press Escape to close it). The toolbar
  button lists everything Gloss found on the page.</p>
  <ul>
      ${items}
  </ul>
</body>
</html>
`;
}

/**
 * Starts the server.
 * @param {string} root directory of the seed pages
 * @param {{ file: string, title: string }[]} seeds pages to list on the index
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function startServer(root, seeds) {
  const allowed = new Set(seeds.map((s) => s.file));
  const index = indexPage(seeds);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    if (path === '/' || path === '/index.html') {
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' }).end(index);
      return;
    }
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const name = path.slice(1);
    // Only the listed seed files (no directory traversal, nothing else from the tree).
    if (!allowed.has(name)) {
      res.writeHead(404, { 'content-type': TYPES['.txt'] }).end('not found');
      return;
    }
    try {
      const body = await readFile(join(root, name));
      res
        .writeHead(200, {
          'content-type': TYPES[extname(name)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        })
        .end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': TYPES['.txt'] }).end('not found');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the demo server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
