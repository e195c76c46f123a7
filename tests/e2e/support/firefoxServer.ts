/**
 * Static server for Firefox end-to-end tests: serves tests/fixtures/pages on
 * 127.0.0.1 (never any other interface), records every request it answers, and
 * lets a test add a generated page (e.g. a huge page, a page whose inline
 * script beacons back) without writing fixture files.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
};

export const FIXTURE_PAGES = resolve(import.meta.dirname, '../../fixtures/pages');

export interface ServedRequest {
  path: string;
  at: number;
}

export interface FixtureServer {
  origin: string;
  /** Every request answered, oldest first (path includes the query). */
  hits: ServedRequest[];
  /** Serve `body` at `path` (exact pathname) until the server closes. */
  route(path: string, body: string | Buffer, contentType?: string): void;
  url(path: string): string;
  close(): Promise<void>;
}

export async function startFixtureServer(root: string = FIXTURE_PAGES): Promise<FixtureServer> {
  const hits: ServedRequest[] = [];
  const routes = new Map<string, { body: string | Buffer; type: string }>();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    hits.push({ path: url.pathname + url.search, at: Date.now() });
    const routed = routes.get(url.pathname);
    if (routed) {
      res.writeHead(200, { 'content-type': routed.type, 'cache-control': 'no-store' }).end(routed.body);
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) =>
        res
          .writeHead(200, {
            'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
            'cache-control': 'no-store',
          })
          .end(body),
      () => res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'),
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    hits,
    route: (path, body, contentType = TYPES['.html']!) => routes.set(path, { body, type: contentType }),
    url: (path) => origin + (path.startsWith('/') ? path : `/${path}`),
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
