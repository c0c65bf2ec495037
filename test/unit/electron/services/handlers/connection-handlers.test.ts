/* eslint-disable @typescript-eslint/no-explicit-any -- envelope values are checked by shape (toMatchObject/toEqual), not by type */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventName } from '../../../../../shared/ipc/contract';
import { createHandlers } from '../../../../../electron/services/handlers/index';
import { createBroadcaster, dispatch } from '../../../../../electron/services/ipc/dispatch';
import { dataFiles } from '../../../../../electron/services/paths';
import { hashHostToken } from '../../../../../electron/services/ssh/known-hosts/host-pattern';
import { fingerprintOf } from '../../../../../electron/services/ssh/known-hosts/host-key';
import { memoryLogger } from '../../../../helpers/memory-log';
import { generateKeyPair } from '../../../../helpers/ssh-double/keys';

/** Public key blobs (base64, as known_hosts stores them) of freshly generated keys. */
const publicBase64 = (type: 'ed25519' | 'ecdsa') => generateKeyPair(type).public.split(' ')[1] ?? '';
const ED25519_A = publicBase64('ed25519');
const ED25519_B = publicBase64('ed25519');
const ECDSA = publicBase64('ecdsa');
const fp = (base64: string) => fingerprintOf(Buffer.from(base64, 'base64'));

const setup = () => {
  const userDataDir = mkdtempSync(join(tmpdir(), 'fcd-connection-handlers-'));
  const { log } = memoryLogger();
  const events = createBroadcaster(log);
  const seen: { name: EventName; payload: unknown }[] = [];
  events.subscribe((name, payload) => seen.push({ name, payload }));
  const handlers = createHandlers({ transport: 'bridge', userDataDir, events, log });
  const call = async (name: string, payload: unknown) =>
    (await dispatch(handlers, name, JSON.parse(JSON.stringify(payload)), log)) as { ok: boolean; value?: any; error?: { code: string; message: string } };
  return { file: dataFiles(userDataDir).knownHosts, call, seen };
};

describe('known hosts channels', () => {
  it('list an absent file as empty, naming the file Settings shows', async () => {
    const { call, file } = setup();
    expect(await call('listKnownHosts', {})).toEqual({ ok: true, value: { file, entries: [] } });
  });

  it('list every key line with host, port, type, SHA256 fingerprint, line, hashed and marker', async () => {
    const { call, file } = setup();
    const hashed = hashHostToken('[192.0.2.20]:2222', randomBytes(20));
    writeFileSync(
      file,
      [
        '# trusted by Firepower Cloud Doctor',
        `192.0.2.10 ssh-ed25519 ${ED25519_A}`,
        `[127.0.0.1]:2222 ecdsa-sha2-nistp256 ${ECDSA}`,
        `${hashed} ssh-ed25519 ${ED25519_B}`,
        `@revoked * ssh-ed25519 ${ED25519_B}`,
        '',
      ].join('\n'),
    );
    const { value } = await call('listKnownHosts', {});
    expect(value.entries).toEqual([
      { line: 2, host: '192.0.2.10', port: 22, hosts: '192.0.2.10', hashed: false, marker: null, keyType: 'ssh-ed25519', fingerprint: fp(ED25519_A) },
      { line: 3, host: '127.0.0.1', port: 2222, hosts: '[127.0.0.1]:2222', hashed: false, marker: null, keyType: 'ecdsa-sha2-nistp256', fingerprint: fp(ECDSA) },
      { line: 4, host: null, port: null, hosts: hashed, hashed: true, marker: null, keyType: 'ssh-ed25519', fingerprint: fp(ED25519_B) },
      { line: 5, host: null, port: null, hosts: '*', hashed: false, marker: '@revoked', keyType: 'ssh-ed25519', fingerprint: fp(ED25519_B) },
    ]);
    expect(value.entries[0].fingerprint).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
  });

  it('remove a line only while it still holds the fingerprint the admin saw, then say so with an event', async () => {
    const { call, file, seen } = setup();
    const text = `192.0.2.10 ssh-ed25519 ${ED25519_A}\n[127.0.0.1]:2222 ecdsa-sha2-nistp256 ${ECDSA}\n`;
    writeFileSync(file, text);
    expect(await call('removeKnownHost', { line: 1, fingerprint: fp(ECDSA) })).toEqual({ ok: true, value: { removed: false } });
    expect(await call('removeKnownHost', { line: 9, fingerprint: fp(ECDSA) })).toEqual({ ok: true, value: { removed: false } });
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(seen).toEqual([]);

    expect(await call('removeKnownHost', { line: 2, fingerprint: fp(ECDSA) })).toEqual({ ok: true, value: { removed: true } });
    expect(readFileSync(file, 'utf8')).toBe(`192.0.2.10 ssh-ed25519 ${ED25519_A}\n`);
    expect(seen).toEqual([{ name: 'knownHostsChanged', payload: { reason: 'removed' } }]);
  });

  it('refuse a removal request that is not a line and a fingerprint', async () => {
    const { call } = setup();
    expect(await call('removeKnownHost', { line: 0, fingerprint: 'SHA256:x' })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(await call('removeKnownHost', { line: 1 })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });
});

describe('testConnection channel', () => {
  it('answers not-found for a profile that does not exist, and refuses an id that is not one', async () => {
    const { call } = setup();
    expect(await call('testConnection', { profileId: 'no-such-device' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await call('testConnection', { profileId: '../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });
});
