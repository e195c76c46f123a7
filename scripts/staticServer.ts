/**
 * A tiny static file server bound to 127.0.0.1 on a free port (demo, benchmarks,
 * the Chromium and Firefox e2e tiers). It records every request it answers and
 * can serve generated pages at fixed paths (`route`) without writing files.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.png': 'image/png', '.jpg': 'image/jpeg', '.gif': 'image/gif',
  '.svg': 'image/svg+xml', '.pdf': 'application/pdf', '.txt': 'text/plain; charset=utf-8',
};

export interface ServedRequest {
  /** Pathname and query, as requested. */
  path: string;
  at: number;
}

export interface StaticServer {
  origin: string;
  server: Server;
  /** Every request answered, oldest first. */
  hits: ServedRequest[];
  /** Serve `body` at `path` (exact pathname, before any file) until the server closes. */
  route(path: string, body: string | Buffer, contentType?: string): void;
  /** The absolute URL of `path` on this server. */
  url(path: string): string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /**
   * Send `cache-control: no-store`, so a page replaced by `route` (or edited on
   * disk) is fetched again, never taken from the browser's cache.
   */
  noStore?: boolean;
  /**
   * Send COOP/COEP headers, so the page is cross-origin isolated: there
   * Chromium's performance.now() has 5 µs resolution instead of 100 µs,
   * which benchmarks of few-millisecond runs need.
   */
  isolated?: boolean;
}

export async function serveDirectory(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const hits: ServedRequest[] = [];
  const routes = new Map<string, { body: string | Buffer; type: string }>();
  const headers = (type: string): Record<string, string> => ({
    'content-type': type,
    ...(options.noStore ? { 'cache-control': 'no-store' } : {}),
    ...(options.isolated ? { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' } : {}),
  });
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    hits.push({ path: url.pathname + url.search, at: Date.now() });
    const routed = routes.get(url.pathname);
    if (routed) {
      res.writeHead(200, headers(routed.type)).end(routed.body);
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
      (body) => res.writeHead(200, headers(TYPES[extname(file)] ?? 'application/octet-stream')).end(body),
      () => res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'),
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    server,
    hits,
    route: (path, body, contentType = TYPES['.html']!) => routes.set(path, { body, type: contentType }),
    url: (path) => origin + (path.startsWith('/') ? path : `/${path}`),
    close: () =>
      new Promise((r) => {
        // Keep-alive connections would otherwise hold close() open.
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
