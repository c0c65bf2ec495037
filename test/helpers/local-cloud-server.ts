import { createSocket } from 'node:dgram';
import { readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { connect, createServer, type Server } from 'node:net';
import { answerQuery } from './dns-zone';
import type { LocalCloudConfig } from './local-cloud';

/**
 * The process that plays the Cisco cloud inside the test's network namespace (started with
 * `ip netns exec NS node <bundle> CONFIG.json`, see local-cloud.ts): a DNS server for the cloud names, HTTPS
 * endpoints that answer every request `403 Forbidden` as api-sse.cisco.com does (guides 000/004), and a relay
 * from a Unix socket (reachable from the root namespace, path sockets are not tied to a network namespace) to
 * the namespace's sshd. Prints `ready` when every listener is up; stops on SIGTERM.
 */
const config = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as LocalCloudConfig;

/** `server` listening on a TCP address and port, or on a Unix socket path. */
const listening = (
  server: Server,
  where: { readonly port: number; readonly host: string } | { readonly path: string },
): Promise<void> =>
  new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(where, () => resolve());
  });

const dns = (): Promise<void> =>
  new Promise((resolve, reject) => {
    const socket = createSocket('udp4');
    socket.on('message', (query, peer) => {
      try {
        socket.send(answerQuery(query, config.dns.zone), peer.port, peer.address);
      } catch {
        // Not a query we can read: no answer, as a server would drop it.
      }
    });
    socket.once('error', reject);
    socket.bind(53, config.dns.address, () => resolve());
  });

const https = (endpoint: LocalCloudConfig['https'][number]): Promise<void> => {
  const server = createHttpsServer(
    { cert: readFileSync(endpoint.certChain), key: readFileSync(endpoint.key) },
    (_req, res) => {
      res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end('Forbidden');
    },
  );
  return listening(server, { port: 443, host: endpoint.address });
};

const relay = ({ socket, port }: LocalCloudConfig['relay']): Promise<void> => {
  rmSync(socket, { force: true });
  const server = createServer((client) => {
    const upstream = connect(port, '127.0.0.1');
    client.pipe(upstream).pipe(client);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  return listening(server, { path: socket });
};

process.on('SIGTERM', () => process.exit(0));
Promise.all([dns(), ...config.https.map(https), relay(config.relay)]).then(
  () => process.stdout.write('ready\n'),
  (error: unknown) => {
    process.stderr.write(`local cloud failed to start: ${String(error)}\n`);
    process.exit(1);
  },
);
