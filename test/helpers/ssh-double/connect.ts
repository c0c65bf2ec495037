import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectDevice } from '../../../electron/services/ssh/device-session';
import type { DeviceConnectOptions, DeviceSession } from '../../../electron/services/ssh/types';
import type { DoubleServer } from './server';

/** A temp known_hosts that already trusts the double (`[127.0.0.1]:port type key`). */
export const trustingKnownHosts = (server: DoubleServer): string => {
  const path = join(mkdtempSync(join(tmpdir(), 'fcd-kh-')), 'known_hosts');
  writeFileSync(path, `[127.0.0.1]:${server.port} ${server.hostKey.keyType} ${server.hostKey.base64}\n`);
  return path;
};

/** connectDevice against the double as admin/Admin123, short prompt settle for fast tests. */
export const connectToDouble = (
  server: DoubleServer,
  overrides: Partial<DeviceConnectOptions> = {},
): Promise<DeviceSession> =>
  connectDevice({
    host: server.host,
    port: server.port,
    username: 'admin',
    credential: { kind: 'password', password: 'Admin123' },
    knownHostsPath: trustingKnownHosts(server),
    deviceType: 'ftd',
    promptSettleMs: 30,
    modeChangeTimeoutMs: 5_000,
    ...overrides,
  });
