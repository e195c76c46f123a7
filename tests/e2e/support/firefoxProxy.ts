/**
 * A recording "proxy" on 127.0.0.1 that forwards nothing.
 *
 * Firefox is configured (firefoxPrefs.ts) to send every non-loopback request
 * here: plain http as absolute-URI requests, https and wss as CONNECT. Each one
 * is logged and refused, so a test run can never reach another host, and a test
 * can assert exactly which off-machine requests the browser *tried* to make
 * (e.g. "reader mode made none").
 */
import { createServer, type Server } from 'node:http';

export interface OffHostRequest {
  /** 'GET http://host/path' or 'CONNECT host:443'. */
  what: string;
  host: string;
  at: number;
}

export interface RecordingProxy {
  port: number;
  /** Every attempt so far, oldest first. */
  log: OffHostRequest[];
  /** Attempts made at or after `since` (Date.now() value). */
  since(since: number): OffHostRequest[];
  close(): Promise<void>;
}

export async function startRecordingProxy(): Promise<RecordingProxy> {
  const log: OffHostRequest[] = [];
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '';
    let host = '';
    try {
      host = new URL(url).host;
    } catch {
      host = req.headers.host ?? '';
    }
    log.push({ what: `${req.method} ${url}`, host, at: Date.now() });
    res.writeHead(502, { 'content-type': 'text/plain', connection: 'close' }).end('blocked by test proxy');
  });
  server.on('connect', (req, socket) => {
    const target = req.url ?? '';
    log.push({ what: `CONNECT ${target}`, host: target, at: Date.now() });
    socket.on('error', () => {});
    socket.end('HTTP/1.1 502 Bad Gateway\r\nconnection: close\r\n\r\n');
  });
  server.on('clientError', (_err, socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    port,
    log,
    since: (since) => log.filter((r) => r.at >= since),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
