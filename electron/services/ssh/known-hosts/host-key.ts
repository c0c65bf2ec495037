import { createHash } from 'node:crypto';

/** A server host key as the user sees it: the type name and OpenSSH's `SHA256:` fingerprint. */
export interface HostKeyFacts {
  readonly keyType: string;
  readonly fingerprint: string;
  /** The key blob in base64, as a known_hosts line stores it. */
  readonly base64: string;
}

/** The key type is the first SSH string of the wire-format blob (RFC 4253 §6.6). */
export const keyTypeOf = (blob: Buffer): string => {
  if (blob.length < 4) return 'unknown';
  const length = blob.readUInt32BE(0);
  if (length === 0 || length > 64 || blob.length < 4 + length) return 'unknown';
  return blob.subarray(4, 4 + length).toString('latin1');
};

/** `SHA256:` + unpadded base64 of the blob's SHA-256, exactly as `ssh-keygen -l` prints it. */
export const fingerprintOf = (blob: Buffer): string =>
  `SHA256:${createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`;

export const hostKeyFacts = (blob: Buffer): HostKeyFacts => ({
  keyType: keyTypeOf(blob),
  fingerprint: fingerprintOf(blob),
  base64: blob.toString('base64'),
});

/** The host-key algorithms that produce a key of this type (an RSA key signs with three). */
const algorithmsForType = (keyType: string): readonly string[] =>
  keyType === 'ssh-rsa' ? ['rsa-sha2-512', 'rsa-sha2-256', 'ssh-rsa'] : [keyType];

/**
 * Put the algorithms of keys we already know for this host first, as OpenSSH does, so a host
 * with an ECDSA key on file is not asked for its Ed25519 key (which would look "unknown").
 */
export const preferKnownKeyTypes = (defaults: readonly string[], knownTypes: readonly string[]): string[] => {
  const first = knownTypes.flatMap(algorithmsForType).filter((a) => defaults.includes(a));
  return [...new Set([...first, ...defaults])];
};
