import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import ssh2 from 'ssh2';
import { afterEach, describe, expect, it } from 'vitest';
import { openConnection } from '../../../../../electron/services/ssh/connect';
import { isSshError } from '../../../../../electron/services/ssh/ssh-error';
import type { ConnectOptions, Credential } from '../../../../../electron/services/ssh/types';
import { trustingKnownHosts } from '../../../../helpers/ssh-double/connect';
import { generateKeyPair } from '../../../../helpers/ssh-double/keys';
import { startDoubleServer, type DoubleServer, type DoubleServerOptions } from '../../../../helpers/ssh-double/server';

const { utils } = ssh2;

let cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.map((c) => c()));
  cleanups = [];
});
const start = async (opts: DoubleServerOptions = {}) => {
  const server = await startDoubleServer(opts);
  cleanups.push(() => server.close());
  return server;
};
const connect = (server: DoubleServer, credential: Credential, extra: Partial<ConnectOptions> = {}) =>
  openConnection({
    host: server.host,
    port: server.port,
    username: 'admin',
    credential,
    knownHostsPath: trustingKnownHosts(server),
    ...extra,
  });
const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (e: unknown) => e);

describe('password credential', () => {
  it('logs in with the password method', async () => {
    const server = await start({ methods: ['password'] });
    (await connect(server, { kind: 'password', password: 'Admin123' })).close();
    expect(server.authLog.map((a) => a.method)).toEqual(['none', 'password']);
  });

  it('answers keyboard-interactive Password: prompts when the server offers only publickey,keyboard-interactive', async () => {
    const server = await start({ methods: ['publickey', 'keyboard-interactive'] });
    (await connect(server, { kind: 'password', password: 'Admin123' })).close();
    expect(server.authLog.map((a) => [a.method, a.secret])).toEqual([
      ['none', undefined],
      ['keyboard-interactive', 'Admin123'],
    ]);
  });

  it('fails as auth-failed, each method tried once, and the message holds no secret', async () => {
    const server = await start();
    const error = await failure(connect(server, { kind: 'password', password: 'Wrong-Secret-42' }));
    expect(isSshError(error, 'auth-failed')).toBe(true);
    if (!isSshError(error, 'auth-failed')) return;
    expect(error.details.tried).toEqual(['password', 'keyboard-interactive']);
    expect(server.authLog.filter((a) => a.secret !== undefined)).toHaveLength(2);
    expect(`${error.message} ${JSON.stringify(error.details)} ${JSON.stringify(error.userMessage)}`).not.toContain('Wrong-Secret-42');
  });
});

describe('private keys', () => {
  const keyPair = (passphrase?: string) => {
    const pair = generateKeyPair('ed25519', passphrase ? { passphrase } : {});
    const pub = utils.parseKey(pair.public);
    if (pub instanceof Error || Array.isArray(pub)) throw new Error('bad test key');
    return { privateKey: pair.private, publicKey: pub };
  };

  it('logs in with an unencrypted and a passphrase-protected OpenSSH key', async () => {
    for (const passphrase of [undefined, 'key-pass-phrase']) {
      const { privateKey, publicKey } = keyPair(passphrase);
      const server = await start({ methods: ['publickey'], publicKeys: [publicKey] });
      (await connect(server, { kind: 'key', privateKey, ...(passphrase ? { passphrase } : {}) })).close();
      expect(server.authLog.at(-1)?.method).toBe('publickey');
    }
  });

  it('says a passphrase is missing or wrong before connecting', async () => {
    const { privateKey, publicKey } = keyPair('key-pass-phrase');
    const server = await start({ methods: ['publickey'], publicKeys: [publicKey] });
    const missing = await failure(connect(server, { kind: 'key', privateKey }));
    const wrong = await failure(connect(server, { kind: 'key', privateKey, passphrase: 'not-it' }));
    expect(isSshError(missing, 'key-unusable') && missing.details.reason).toBe('passphrase-required');
    expect(isSshError(wrong, 'key-unusable') && wrong.details.reason).toBe('passphrase-wrong');
    expect(server.authLog).toEqual([]);
  });

  it('reports an unreadable key file and a file that is not a key', async () => {
    const server = await start({ methods: ['publickey'] });
    const absent = await failure(connect(server, { kind: 'key-file', path: '/nonexistent/id_ed25519' }));
    const junk = await failure(connect(server, { kind: 'key', privateKey: 'not a key' }));
    expect(isSshError(absent, 'key-unusable') && absent.details.reason).toBe('unreadable');
    expect(isSshError(junk, 'key-unusable') && junk.details.reason).toBe('unsupported');
  });
});

describe('reaching the server', () => {
  it('says a closed port refused the connection', async () => {
    const server = await start();
    await server.close();
    const error = await failure(connect(server, { kind: 'password', password: 'x' }));
    expect(isSshError(error, 'unreachable') && error.details.reason).toBe('refused');
  });

  it('times out a server that accepts TCP but never speaks SSH', async () => {
    // Reads and ignores what the client says (a paused socket would never notice the client leave).
    const silent: Server = createServer((socket) => socket.resume());
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    cleanups.push(() => new Promise<void>((r) => silent.close(() => r())));
    const port = (silent.address() as AddressInfo).port;
    const started = Date.now();
    const error = await failure(
      openConnection({
        host: '127.0.0.1',
        port,
        username: 'admin',
        credential: { kind: 'password', password: 'x' },
        knownHostsPath: '/nonexistent/known_hosts',
        timeouts: { readyMs: 300 },
      }),
    );
    expect(isSshError(error, 'timeout') && error.details.phase).toBe('ready');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('retries with SHA-1 key exchange for an old device and reports what was negotiated', async () => {
    const legacy = { kex: ['diffie-hellman-group14-sha1'], serverHostKey: ['ssh-rsa'], cipher: ['aes128-cbc'], hmac: ['hmac-sha1'] };
    const server = await start({ hostKeyType: 'rsa', algorithms: legacy as never });
    const connection = await connect(server, { kind: 'password', password: 'Admin123' });
    expect(connection.algorithms).toEqual({
      kex: 'diffie-hellman-group14-sha1',
      serverHostKey: 'ssh-rsa',
      cipher: 'aes128-cbc',
      mac: 'hmac-sha1',
      legacy: true,
    });
    connection.close();
    const never = await failure(connect(server, { kind: 'password', password: 'Admin123' }, { legacyAlgorithms: 'never' }));
    expect(isSshError(never, 'protocol') && never.details.reason).toBe('no-algorithms');
  });

  it('negotiates modern algorithms with a modern server and says so', async () => {
    const server = await start();
    const connection = await connect(server, { kind: 'password', password: 'Admin123' });
    expect(connection.algorithms.legacy).toBe(false);
    expect(connection.algorithms.kex).toMatch(/curve25519|ecdh|sha256|sha512/);
    connection.close();
  });
});

describe('jump host', () => {
  it('reaches the target through the jump host, each key checked under its own name', async () => {
    const jump = await start({ username: 'admin', password: 'Jump-Pass' });
    const target = await start();
    // The double's jump forwards direct-tcpip to 127.0.0.1 like sshd's AllowTcpForwarding.
    const path = trustingKnownHosts(target);
    const { appendKnownHost } = await import('../../../../../electron/services/ssh/known-hosts/known-hosts-file');
    await appendKnownHost(path, { host: jump.host, port: jump.port, ...jump.hostKey });
    const connection = await openConnection({
      host: target.host,
      port: target.port,
      username: 'admin',
      credential: { kind: 'password', password: 'Admin123' },
      knownHostsPath: path,
      jump: { host: jump.host, port: jump.port, username: 'admin', credential: { kind: 'password', password: 'Jump-Pass' } },
    });
    expect(connection.hostKey.fingerprint).toBe(target.hostKey.fingerprint);
    expect(jump.authLog.some((a) => a.secret === 'Jump-Pass')).toBe(true);
    expect(jump.authLog.some((a) => a.secret === 'Admin123')).toBe(false);
    connection.close();
  });

  it('times out the connect step when the jump host never opens the forward', async () => {
    const jump = await start({ forwardHangs: true });
    const target = await start();
    const path = trustingKnownHosts(target);
    const { appendKnownHost } = await import('../../../../../electron/services/ssh/known-hosts/known-hosts-file');
    await appendKnownHost(path, { host: jump.host, port: jump.port, ...jump.hostKey });
    const started = Date.now();
    const error = await failure(
      openConnection({
        host: target.host,
        port: target.port,
        username: 'admin',
        credential: { kind: 'password', password: 'Admin123' },
        knownHostsPath: path,
        timeouts: { connectMs: 300 },
        jump: { host: jump.host, port: jump.port, username: 'admin', credential: { kind: 'password', password: 'Admin123' } },
      }),
    );
    expect(isSshError(error, 'unreachable') && error.details).toMatchObject({ reason: 'timeout', port: target.port });
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
