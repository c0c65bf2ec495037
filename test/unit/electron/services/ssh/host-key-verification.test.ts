import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openConnection } from '../../../../../electron/services/ssh/connect';
import { isSshError } from '../../../../../electron/services/ssh/ssh-error';
import type { ConnectOptions, HostKeyInfo } from '../../../../../electron/services/ssh/types';
import { trustingKnownHosts } from '../../../../helpers/ssh-double/connect';
import { startDoubleServer, type DoubleServer } from '../../../../helpers/ssh-double/server';

let servers: DoubleServer[] = [];
const start = async (...args: Parameters<typeof startDoubleServer>) => {
  const server = await startDoubleServer(...args);
  servers.push(server);
  return server;
};
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

const options = (server: DoubleServer, knownHostsPath: string, extra: Partial<ConnectOptions> = {}): ConnectOptions => ({
  host: server.host,
  port: server.port,
  username: 'admin',
  credential: { kind: 'password', password: 'Admin123' },
  knownHostsPath,
  ...extra,
});

const emptyKnownHosts = (server: DoubleServer) => {
  const path = trustingKnownHosts(server);
  writeFileSync(path, '');
  return path;
};

describe('host key verification', () => {
  it('refuses an unknown key without a decider, and names its SHA256 fingerprint', async () => {
    const server = await start();
    const error = await openConnection(options(server, emptyKnownHosts(server))).catch((e: unknown) => e);
    expect(isSshError(error, 'host-key-unknown')).toBe(true);
    if (!isSshError(error, 'host-key-unknown')) return;
    expect(error.details).toMatchObject({ host: '127.0.0.1', port: server.port, fingerprint: server.hostKey.fingerprint });
    expect(error.message).toContain(server.hostKey.fingerprint);
    expect(server.authLog).toEqual([]);
  });

  it('never sends a password while the decision is pending, nor after a refusal', async () => {
    const server = await start({ methods: ['password', 'keyboard-interactive'] });
    let decidedAt = 0;
    const seen: HostKeyInfo[] = [];
    const refuse = async (info: HostKeyInfo) => {
      seen.push(info);
      await new Promise((r) => setTimeout(r, 300));
      expect(server.authLog).toEqual([]);
      decidedAt = Date.now();
      return false;
    };
    const error = await openConnection(options(server, emptyKnownHosts(server), { onUnknownHostKey: refuse })).catch(
      (e: unknown) => e,
    );
    expect(isSshError(error, 'host-key-unknown')).toBe(true);
    expect(decidedAt).toBeGreaterThan(0);
    expect(server.authLog).toEqual([]);
    expect(seen).toEqual([
      expect.objectContaining({ role: 'target', keyType: 'ssh-ed25519', fingerprint: server.hostKey.fingerprint }),
    ]);
  });

  it('sends the first auth request only after the user accepted, then remembers the key', async () => {
    const server = await start();
    const path = emptyKnownHosts(server);
    let decidedAt = 0;
    const accept = async () => {
      await new Promise((r) => setTimeout(r, 1500));
      expect(server.authLog).toEqual([]);
      decidedAt = Date.now();
      return true;
    };
    // The login clock (readyMs) stops while the user decides: 1.5 s of deciding > 1 s budget.
    const connection = await openConnection(options(server, path, { onUnknownHostKey: accept, timeouts: { readyMs: 1000 } }));
    connection.close();
    expect(Math.min(...server.authLog.map((a) => a.at))).toBeGreaterThanOrEqual(decidedAt);
    expect(readFileSync(path, 'utf8')).toBe(`[127.0.0.1]:${server.port} ssh-ed25519 ${server.hostKey.base64}\n`);

    const again = await openConnection(options(server, path, { onUnknownHostKey: () => Promise.reject(new Error('asked twice')) }));
    again.close();
  });

  it('always refuses a changed key, even with a decider that accepts anything, naming the file and line', async () => {
    const device = await start();
    const path = emptyKnownHosts(device);
    // The file remembers a different key under this very name: the device was swapped or intercepted.
    const other = await start();
    writeFileSync(path, `# team devices\nfmc.example ssh-ed25519 ${other.hostKey.base64}\n[127.0.0.1]:${device.port} ssh-ed25519 ${other.hostKey.base64}\n`);
    const asked: HostKeyInfo[] = [];
    const error = await openConnection(
      options(device, path, { onUnknownHostKey: (info) => (asked.push(info), Promise.resolve(true)) }),
    ).catch((e: unknown) => e);
    expect(isSshError(error, 'host-key-changed')).toBe(true);
    if (!isSshError(error, 'host-key-changed')) return;
    expect(error.details).toMatchObject({ file: path, line: 3, fingerprint: device.hostKey.fingerprint, revoked: false });
    expect(error.message).toContain(`line 3 of ${path}`);
    expect(asked).toEqual([]);
    expect(device.authLog).toEqual([]);
  });

  it('offers the key type already on file first, so a known host is not asked about its other key', async () => {
    const server = await start({ hostKeyType: 'ed25519', secondHostKeyType: 'ecdsa' });
    const second = server.secondHostKey;
    if (!second) throw new Error('double without a second key');
    const path = emptyKnownHosts(server);
    writeFileSync(path, `[127.0.0.1]:${server.port} ${second.keyType} ${second.base64}\n`);
    // Without the reordering ssh2 would pick ssh-ed25519 (its first choice) and call it unknown.
    const connection = await openConnection(options(server, path));
    expect(connection.algorithms.serverHostKey).toBe('ecdsa-sha2-nistp256');
    expect(connection.hostKey.fingerprint).toBe(second.fingerprint);
    connection.close();
  });
});
