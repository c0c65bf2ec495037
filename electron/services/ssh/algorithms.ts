import type { Algorithms } from 'ssh2';
import type { NegotiatedAlgorithms } from './types';

/**
 * What older Firepower/FXOS builds may still need (stack.md: "ssh2's default KEX excludes SHA-1
 * groups"). Appended after ssh2's defaults, so a modern device still negotiates modern ones.
 */
export const LEGACY_APPEND = {
  kex: ['diffie-hellman-group14-sha1', 'diffie-hellman-group-exchange-sha1', 'diffie-hellman-group1-sha1'],
  serverHostKey: ['ssh-dss'],
  cipher: ['aes128-cbc', 'aes192-cbc', 'aes256-cbc', '3des-cbc'],
  hmac: ['hmac-sha1-96', 'hmac-md5'],
} as const;

/** ssh2 1.17's default host-key list (lib/protocol/constants.js, Ed25519 available on Node 20). */
export const DEFAULT_HOST_KEY_ALGORITHMS = [
  'ssh-ed25519',
  'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp521',
  'rsa-sha2-512',
  'rsa-sha2-256',
  'ssh-rsa',
] as const;

const append = <T>(list: readonly T[]) => ({ append: [...list] }) as unknown as T[];

/**
 * ssh2's `algorithms` option: its defaults, with the host-key list given whole (ssh2's `prepend`
 * cannot reorder a default entry) so known key types come first, plus the legacy lists if asked.
 */
export const algorithmOffer = (serverHostKey: readonly string[], legacy: boolean): Algorithms => ({
  serverHostKey: [...serverHostKey, ...(legacy ? LEGACY_APPEND.serverHostKey : [])] as Algorithms['serverHostKey'],
  ...(legacy
    ? { kex: append(LEGACY_APPEND.kex), cipher: append(LEGACY_APPEND.cipher), hmac: append(LEGACY_APPEND.hmac) }
    : {}),
});

/** ssh2's `handshake` event payload, reduced to what a report shows. */
export const negotiated = (
  info: { kex: string; serverHostKey: string; cs: { cipher: string; mac: string } },
  legacy: boolean,
): NegotiatedAlgorithms => ({
  kex: info.kex,
  serverHostKey: info.serverHostKey,
  cipher: info.cs.cipher,
  // AEAD ciphers (GCM, chacha20-poly1305) carry their own MAC; ssh2 reports an empty name.
  mac: info.cs.mac || 'implicit (AEAD cipher)',
  legacy,
});

/** ssh2's "Handshake failed: no matching …" — the one failure where offering more can help. */
export const isNegotiationFailure = (error: Error): boolean => /no matching/i.test(error.message);
