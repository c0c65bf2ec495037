import { createHash } from 'node:crypto';
import { connect as tcpConnect, type AddressInfo } from 'node:net';
import ssh2 from 'ssh2';
import type { Algorithms, AuthContext, Connection, ParsedKey } from 'ssh2';
import { generateKeyPair } from './keys';
import { FakeFirepower, type FakeFirepowerOptions, type FakeFirepowerShared } from './fake-firepower';

const { Server, utils } = ssh2;

/**
 * TEST DOUBLE — an ssh2 Server on 127.0.0.1, port 0, in the test's own process (the pattern of
 * ssh2's test/common.js). It records every authentication attempt with its time, so a test can
 * prove nothing secret was sent before the client accepted the host key, and it serves the
 * scripted FakeFirepower terminal on each PTY shell.
 */
export interface DoubleServerOptions {
  readonly username?: string;
  readonly password?: string;
  /** Methods offered after `none` (default password + keyboard-interactive). */
  readonly methods?: readonly ('password' | 'keyboard-interactive' | 'publickey')[];
  readonly publicKeys?: readonly ParsedKey[];
  readonly device?: FakeFirepowerOptions;
  readonly algorithms?: Algorithms;
  readonly hostKeyType?: 'ed25519' | 'rsa' | 'ecdsa';
  /** An existing private host key (to restart "the same device" or change its key). */
  readonly hostPrivateKey?: string;
  /** A second host key of another type (a device with both an Ed25519 and an ECDSA key). */
  readonly secondHostKeyType?: 'ed25519' | 'rsa' | 'ecdsa';
  /** As a jump host, never answer a direct-tcpip request (a forward into a black hole). */
  readonly forwardHangs?: boolean;
  /** Refuse shell channels beyond this many open at once on one connection. */
  readonly maxSessions?: number;
}

export interface HostKeyFacts {
  readonly keyType: string;
  readonly base64: string;
  readonly fingerprint: string;
}

const generate = (type: 'ed25519' | 'rsa' | 'ecdsa') => generateKeyPair(type).private;

const factsOf = (privateKey: string): HostKeyFacts => {
  const parsed = utils.parseKey(privateKey);
  if (parsed instanceof Error) throw parsed;
  const key = Array.isArray(parsed) ? (parsed[0] as ParsedKey) : parsed;
  const blob = key.getPublicSSH();
  return {
    keyType: key.type,
    base64: blob.toString('base64'),
    fingerprint: `SHA256:${createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`,
  };
};

export interface AuthAttempt {
  readonly method: string;
  readonly at: number;
  readonly username: string;
  /** The secret the client sent, for password/keyboard-interactive (the test checks it was right). */
  readonly secret?: string;
}

export interface DoubleServer {
  readonly host: '127.0.0.1';
  readonly port: number;
  readonly hostPrivateKey: string;
  readonly hostKey: HostKeyFacts;
  readonly secondHostKey?: HostKeyFacts;
  readonly authLog: AuthAttempt[];
  readonly shared: FakeFirepowerShared;
  readonly maxOpenSessions: () => number;
  /** Destroy every client TCP connection at once (a cable pulled). */
  dropAll(): void;
  /** Stop reading from every client without closing anything (a device that hangs, no FIN). */
  freezeAll(): void;
  close(): Promise<void>;
}

export const startDoubleServer = async (options: DoubleServerOptions = {}): Promise<DoubleServer> => {
  const username = options.username ?? 'admin';
  const password = options.password ?? 'Admin123';
  const methods = options.methods ?? ['password', 'keyboard-interactive'];
  const keyType = options.hostKeyType ?? 'ed25519';
  const hostPrivateKey = options.hostPrivateKey ?? generate(keyType);
  const secondPrivateKey = options.secondHostKeyType ? generate(options.secondHostKeyType) : undefined;
  const authLog: AuthAttempt[] = [];
  const shared: FakeFirepowerShared = { lectured: false, sudoAttempts: 0, commands: [] };
  const clients = new Set<Connection>();
  let maxOpen = 0;

  const authenticate = (ctx: AuthContext) => {
    const attempt = { method: ctx.method, at: Date.now(), username: ctx.username };
    const allowed = [...methods];
    if (ctx.username !== username || ctx.method === 'none' || !allowed.includes(ctx.method as never)) {
      authLog.push(attempt);
      return ctx.reject(allowed);
    }
    if (ctx.method === 'password') {
      authLog.push({ ...attempt, secret: ctx.password });
      return ctx.password === password ? ctx.accept() : ctx.reject(allowed);
    }
    if (ctx.method === 'keyboard-interactive') {
      return ctx.prompt([{ prompt: 'Password: ', echo: false }], (answers) => {
        authLog.push({ ...attempt, secret: answers[0] ?? '' });
        if (answers[0] === password) ctx.accept();
        else ctx.reject(allowed);
      });
    }
    if (ctx.method === 'publickey') {
      authLog.push(attempt);
      const match = (options.publicKeys ?? []).find((k) => k.getPublicSSH().equals(ctx.key.data));
      if (!match) return ctx.reject(allowed);
      if (!ctx.signature || !ctx.blob) return ctx.accept();
      return match.verify(ctx.blob, ctx.signature, ctx.hashAlgo as never) === true ? ctx.accept() : ctx.reject(allowed);
    }
    authLog.push(attempt);
    return ctx.reject(allowed);
  };

  const server = new Server({ hostKeys: [hostPrivateKey, ...(secondPrivateKey ? [secondPrivateKey] : [])], ...(options.algorithms ? { algorithms: options.algorithms } : {}) }, (client) => {
    clients.add(client);
    // Interactive traffic, as sshd does for a PTY: no Nagle delay on small writes.
    (client as unknown as { setNoDelay(on: boolean): void }).setNoDelay(true);
    let open = 0;
    client.on('close', () => clients.delete(client));
    client.on('error', () => undefined);
    client.on('authentication', authenticate);
    // direct-tcpip to loopback only, like sshd's AllowTcpForwarding: the double can be a jump host.
    client.on('tcpip', (accept, reject, info) => {
      if (options.forwardHangs) return;
      if (info.destIP !== '127.0.0.1') return reject();
      const socket = tcpConnect(info.destPort, info.destIP);
      socket.once('error', () => reject());
      socket.once('connect', () => {
        const channel = accept();
        channel.pipe(socket).pipe(channel);
        channel.on('close', () => socket.destroy());
        socket.on('close', () => channel.close());
      });
    });
    client.on('session', (accept, reject) => {
      if (options.maxSessions !== undefined && open >= options.maxSessions) return reject();
      const session = accept();
      open += 1;
      maxOpen = Math.max(maxOpen, open);
      session.on('pty', (ok) => ok?.());
      session.on('window-change', (ok) => ok?.());
      session.on('shell', (ok) => {
        const stream = ok();
        stream.on('close', () => (open -= 1));
        const drop = () => (client as unknown as { _sock: { destroy(): void } })._sock.destroy();
        new FakeFirepower(stream, { drop, ...options.device }, shared);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    host: '127.0.0.1',
    port,
    hostPrivateKey,
    hostKey: factsOf(hostPrivateKey),
    ...(secondPrivateKey ? { secondHostKey: factsOf(secondPrivateKey) } : {}),
    authLog,
    shared,
    maxOpenSessions: () => maxOpen,
    dropAll: () => {
      for (const client of clients) (client as unknown as { _sock: { destroy(): void } })._sock.destroy();
    },
    freezeAll: () => {
      for (const client of clients) (client as unknown as { _sock: { pause(): void } })._sock.pause();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of clients) (client as unknown as { _sock: { destroy(): void } })._sock.destroy();
        server.close(() => resolve());
      }),
  };
};
