import { describe, expect, it } from 'vitest';
import { knownHostsLine, loadHostKey } from '../../../../../electron/services/simulator/host-key';
import { ed25519Pair } from '../../../../helpers/sim-client';

describe('simulator host key', () => {
  it('always generates a key ssh2 can load (its generator sometimes writes one it cannot)', () => {
    for (let i = 0; i < 600; i += 1) expect(() => loadHostKey()).not.toThrow();
  });

  it('prints the OpenSSH fingerprint and the bracketed known_hosts form for other ports', () => {
    const pair = ed25519Pair();
    const key = loadHostKey(pair.private);
    expect(key.fingerprint).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
    expect(knownHostsLine('127.0.0.1', 2222, key)).toBe(
      `[127.0.0.1]:2222 ssh-ed25519 ${pair.public.split(' ')[1] ?? ''}`,
    );
    expect(knownHostsLine('10.0.0.1', 22, key).startsWith('10.0.0.1 ssh-ed25519 ')).toBe(true);
  });

  it('rejects a key that is not a key', () => {
    expect(() => loadHostKey('not a key')).toThrow(/invalid host key/);
  });
});
