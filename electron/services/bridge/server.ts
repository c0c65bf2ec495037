import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { BRIDGE_PATH, BRIDGE_TOKEN_PARAM, wireRequest, type WireMessage } from '../../../shared/ipc/wire';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/csp';
import { dispatch, type Handlers } from '../ipc/dispatch';
import type { EventName } from '../../../shared/ipc/contract';
import type { Logger } from '../log';
import { readStatic } from '../fs/static-files';

export interface BridgeServerOptions {
  readonly handlers: Handlers;
  /** Events from the services; every connected page receives them. */
  readonly subscribe: (listener: (name: EventName, payload: unknown) => void) => () => void;
  /** The built renderer (dist/renderer). */
  readonly staticDir: string;
  readonly log: Logger;
  readonly port?: number;
}

export interface BridgeServer {
  /** Open this in a browser: it carries the token in the fragment, which is never sent to the server. */
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  close(): Promise<void>;
}

const sameToken = (given: string | null, token: string): boolean => {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * The IPC contract over WebSocket on 127.0.0.1, for running the real renderer in a real browser
 * against the real services. Only loopback, only with the per-run token, only from its own origin:
 * it serves the same handlers main does, so it must be as closed as main.
 */
export const startBridgeServer = async (options: BridgeServerOptions): Promise<BridgeServer> => {
  const token = randomBytes(24).toString('base64url');
  const log = options.log.child('bridge');
  let origin = '';

  const http = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    void readStatic(options.staticDir, req.url ?? '/').then((file) => {
      if (!file) {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
        return;
      }
      res.writeHead(200, {
        'Content-Type': file.type,
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : file.body);
    });
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });
  http.on('upgrade', (req: IncomingMessage, socket, head) => {
    const url = new URL(req.url ?? '/', origin);
    const allowed =
      url.pathname === BRIDGE_PATH &&
      req.headers.origin === origin &&
      sameToken(url.searchParams.get(BRIDGE_TOKEN_PARAM), token);
    if (!allowed) {
      log.warn('bridge: refused a connection', { path: url.pathname, origin: req.headers.origin ?? '' });
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => serveClient(ws));
  });

  const send = (ws: WebSocket, message: WireMessage): void => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
  };

  const serveClient = (ws: WebSocket): void => {
    const unsubscribe = options.subscribe((name, payload) => send(ws, { type: 'event', name, payload }));
    ws.on('close', unsubscribe);
    ws.on('message', (data) => {
      let request;
      try {
        request = wireRequest.safeParse(JSON.parse(String(data)));
      } catch {
        request = undefined;
      }
      if (!request?.success) {
        log.warn('bridge: malformed message dropped');
        return;
      }
      const { id, channel, payload } = request.data;
      void dispatch(options.handlers, channel, payload, log).then((envelope) =>
        send(ws, { type: 'result', id, envelope }),
      );
    });
  };

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = http.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/#${BRIDGE_TOKEN_PARAM}=${token}`,
    origin,
    token,
    close: async () => {
      for (const client of wss.clients) client.terminate();
      wss.close();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
};
