import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openConnection } from '../../../electron/services/ssh/connect';
import { isSshError } from '../../../electron/services/ssh/ssh-error';
import type { ConnectOptions, Credential } from '../../../electron/services/ssh/types';
import { createTestUser, knownHostsLine, sshdUnavailable, sshKeygen, startSshd, type Sshd, type TestUser } from '../../helpers/sshd';

const skip = sshdUnavailable();
const USER = 'fcdtest-auth';

/** Interop with a real OpenSSH 9.x sshd: every way in, and every host-key outcome. */
describe.skipIf(skip !== undefined)(`real sshd: login and host keys${skip ? ` (skipped: ${skip})` : ''}`, () => {
  let user: TestUser;
  let dir: string;
  let keys: Record<'plain' | 'protected' | 'pem' | 'pemProtected', ReturnType<typeof sshKeygen>>;
  const servers: Sshd[] = [];

  beforeAll(() => {
    user = createTestUser(USER);
    dir = mkdtempSync(join(tmpdir(), 'fcd-keys-'));
    keys = {
      plain: sshKeygen(dir, 'id_plain', 'ed25519'),
      protected: sshKeygen(dir, 'id_protected', 'ed25519', { passphrase: 'open sesame 1' }),
      pem: sshKeygen(dir, 'id_pem', 'rsa', { pem: true }),
      pemProtected: sshKeygen(dir, 'id_pem_protected', 'ecdsa', { pem: true, passphrase: 'open sesame 2' }),
    };
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    user.remove();
  });

  const sshd = async (config: readonly string[] = [], extra: Partial<Parameters<typeof startSshd>[0]> = {}) => {
    const server = await startSshd({ user: USER, authorizedKeys: Object.values(keys).map((k) => k.pub), config, ...extra });
    servers.push(server);
    return server;
  };
  const knownHosts = (...servers: Sshd[]) => {
    const path = join(mkdtempSync(join(tmpdir(), 'fcd-kh-')), 'known_hosts');
    writeFileSync(path, servers.map(knownHostsLine).join(''));
    return path;
  };
  const connect = (server: Sshd, credential: Credential, extra: Partial<ConnectOptions> = {}) =>
    openConnection(passwordLogin(server, knownHosts(server), { credential, ...extra }));
  const failure = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e);
  /** The throwaway user's password login to `server`, with this known_hosts file. */
  const passwordLogin = (server: Sshd, knownHostsPath: string, extra: Partial<ConnectOptions> = {}): ConnectOptions => ({
    host: '127.0.0.1',
    port: server.port,
    username: USER,
    credential: { kind: 'password', password: user.password },
    knownHostsPath,
    ...extra,
  });

  it('logs in with a password (password method)', async () => {
    const server = await sshd(['AuthenticationMethods password', 'KbdInteractiveAuthentication no']);
    const connection = await connect(server, { kind: 'password', password: user.password });
    expect(connection.hostKey.fingerprint).toBe(server.hostKey.fingerprint);
    expect(connection.authMethod).toBe('password');
    connection.close();
  });

  it('logs in through keyboard-interactive when that is the only method (FMC 7.x style)', async () => {
    const server = await sshd(['AuthenticationMethods keyboard-interactive', 'KbdInteractiveAuthentication yes', 'PasswordAuthentication no']);
    const connection = await connect(server, { kind: 'password', password: user.password });
    expect(connection.authMethod).toBe('keyboard-interactive');
    connection.close();
  });

  it('says auth-failed for a wrong password, after one try per method', async () => {
    const server = await sshd();
    const error = await failure(connect(server, { kind: 'password', password: 'definitely-wrong' }));
    expect(isSshError(error, 'auth-failed') && error.details.tried).toEqual(['password', 'keyboard-interactive']);
  });

  it.each([
    ['OpenSSH key without passphrase', 'plain', undefined],
    ['OpenSSH key with passphrase', 'protected', 'open sesame 1'],
    ['PEM RSA key without passphrase', 'pem', undefined],
    ['PEM ECDSA key with passphrase', 'pemProtected', 'open sesame 2'],
  ] as const)('logs in with an %s (ssh-keygen)', async (_label, name, passphrase) => {
    const server = await sshd(['AuthenticationMethods publickey']);
    const credential: Credential = { kind: 'key-file', path: keys[name].path, ...(passphrase ? { passphrase } : {}) };
    const connection = await connect(server, credential);
    expect(connection.authMethod).toBe('publickey');
    connection.close();
  });

  it('gives a typed error for a missing or wrong passphrase', async () => {
    const server = await sshd(['AuthenticationMethods publickey']);
    const missing = await failure(connect(server, { kind: 'key-file', path: keys.protected.path }));
    const wrong = await failure(connect(server, { kind: 'key-file', path: keys.pemProtected.path, passphrase: 'nope' }));
    expect(isSshError(missing, 'key-unusable') && missing.details.reason).toBe('passphrase-required');
    expect(isSshError(wrong, 'key-unusable') && wrong.details.reason).toBe('passphrase-wrong');
  });

  it('logs in with a key held by ssh-agent', async () => {
    const server = await sshd(['AuthenticationMethods publickey']);
    const socket = join(dir, 'agent.sock');
    const agent: ChildProcess = spawn('ssh-agent', ['-D', '-a', socket], { stdio: 'ignore' });
    try {
      for (let i = 0; i < 50; i += 1) {
        try {
          execFileSync('ssh-add', [keys.plain.path], { env: { ...process.env, SSH_AUTH_SOCK: socket }, stdio: 'pipe' });
          break;
        } catch {
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      const connection = await connect(server, { kind: 'agent', socket });
      expect(connection.authMethod).toBe('agent');
      connection.close();
    } finally {
      agent.kill();
    }
  });

  it('refuses an unknown host key without consent, and accepts and writes it with consent', async () => {
    const server = await sshd();
    const path = knownHosts();
    const refused = await failure(openConnection(passwordLogin(server, path)));
    expect(isSshError(refused, 'host-key-unknown') && refused.details.fingerprint).toBe(server.hostKey.fingerprint);
    const connection = await openConnection(
      passwordLogin(server, path, { onUnknownHostKey: (info) => Promise.resolve(info.fingerprint === server.hostKey.fingerprint) }),
    );
    connection.close();
    expect(readFileSync(path, 'utf8')).toBe(knownHostsLine(server));
    // ssh-keygen reads the file we wrote, under the name OpenSSH itself would look up.
    expect(execFileSync('ssh-keygen', ['-F', `[127.0.0.1]:${server.port}`, '-f', path]).toString()).toContain(server.hostKey.base64);
  });

  it('refuses a changed host key after the server is rebuilt on the same port, naming file and line', async () => {
    const before = await sshd();
    const path = knownHosts();
    writeFileSync(path, `# lab\n${knownHostsLine(before)}`);
    await before.stop();
    const after = await sshd([], { port: before.port });
    const error = await failure(openConnection(passwordLogin(after, path, { onUnknownHostKey: () => Promise.resolve(true) })));
    expect(isSshError(error, 'host-key-changed')).toBe(true);
    if (!isSshError(error, 'host-key-changed')) return;
    expect(error.details).toMatchObject({ file: path, line: 2, fingerprint: after.hostKey.fingerprint });
    expect(error.message).toContain(`line 2 of ${path}`);
  });

  it('jumps through a second sshd (direct-tcpip), checking each host key under its own name', async () => {
    const jump = await sshd();
    const target = await sshd();
    const via = { host: '127.0.0.1', port: jump.port, username: USER, credential: { kind: 'key-file', path: keys.plain.path } } as const;
    const connection = await openConnection(passwordLogin(target, knownHosts(jump, target), { jump: via }));
    expect(connection.hostKey.fingerprint).toBe(target.hostKey.fingerprint);
    expect(connection.authMethod).toBe('password');
    connection.close();
    // Without the jump host's key on file, the jump itself is refused (under its own name/port).
    const error = await failure(openConnection(passwordLogin(target, knownHosts(target), { jump: via })));
    expect(isSshError(error, 'host-key-unknown') && error.details.port).toBe(jump.port);
  });

  it('retries with SHA-1 key exchange for a server that only offers it, and reports it', async () => {
    const rsa = sshKeygen(dir, `host_rsa_${Date.now()}`, 'rsa');
    const server = await sshd(['KexAlgorithms diffie-hellman-group14-sha1', 'HostKeyAlgorithms ssh-rsa'], { hostKey: rsa });
    const connection = await connect(server, { kind: 'password', password: user.password });
    expect(connection.algorithms).toMatchObject({ kex: 'diffie-hellman-group14-sha1', serverHostKey: 'ssh-rsa', legacy: true });
    connection.close();
  });
});
