import { writeFileSync } from 'node:fs';
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import { join, resolve } from 'node:path';
import { bundleForNode } from './bundle-node';
import type { Zone } from './dns-zone';
import { waitForOutput, type NetNs } from './netns';

/** What local-cloud-server.ts serves inside the namespace. */
export interface LocalCloudConfig {
  /** The DNS server on `address`:53 (the namespace's resolv.conf names it). */
  readonly dns: { readonly address: string; readonly zone: Zone };
  /** HTTPS on `address`:443 answering 403 Forbidden, presenting `certChain` (leaf first). */
  readonly https: readonly { readonly address: string; readonly certChain: string; readonly key: string }[];
  /** Unix socket → 127.0.0.1:`port` inside the namespace (the sshd). */
  readonly relay: { readonly socket: string; readonly port: number };
}

export interface LocalCloud {
  stop(): Promise<void>;
}

/** Starts local-cloud-server.ts inside `ns` and waits until every listener is up. */
export const startLocalCloud = async (ns: NetNs, dir: string, config: LocalCloudConfig): Promise<LocalCloud> => {
  const bundle = await bundleForNode(resolve(__dirname, 'local-cloud-server.ts'));
  const configFile = join(dir, 'local-cloud.json');
  writeFileSync(configFile, JSON.stringify(config));
  const child = ns.spawn([process.execPath, bundle, configFile]);
  await waitForOutput(child, /^ready$/m, 15_000, 'the local cloud');
  return {
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
};

export interface Forward {
  readonly port: number;
  close(): Promise<void>;
}

/**
 * A TCP port on the root namespace's 127.0.0.1 that forwards every connection to a Unix socket — here the
 * local cloud's relay to the namespace's sshd, so the CLI under test (in this process) reaches a server that
 * lives in the namespace without any link or address added to the root namespace.
 */
export const forwardToUnixSocket = async (socketPath: string): Promise<Forward> => {
  const open = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(socketPath);
    open.add(client).add(upstream);
    client.pipe(upstream).pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((done) => {
        for (const socket of open) socket.destroy();
        server.close(() => done());
      }),
  };
};
