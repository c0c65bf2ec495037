import { createHash } from 'node:crypto';
import ssh2 from 'ssh2';

const { utils } = ssh2;

/**
 * The simulator's SSH host key: a fresh ed25519 key from ssh2's own generator, or one the caller
 * gives (so a test or a demo can keep a stable identity), with the SHA256 fingerprint OpenSSH prints
 * and the known_hosts line a client would store.
 */
export interface HostKey {
  readonly privateKey: string;
  /** `ssh-ed25519` (or the given key's type). */
  readonly type: string;
  /** Base64 of the public key blob, as in known_hosts and authorized_keys. */
  readonly publicBase64: string;
  /** `SHA256:…` without padding, as `ssh-keygen -lf` prints it. */
  readonly fingerprint: string;
}

/**
 * A fresh ed25519 key. ssh2 1.17's generator drops a leading zero byte of the public key about
 * once in 300 keys, writing a key its own parser then rejects ("Malformed OpenSSH private key"):
 * generate again until the key parses.
 */
const generateHostKey = (): string => {
  for (let attempt = 0; ; attempt += 1) {
    const candidate = utils.generateKeyPairSync('ed25519').private;
    if (!(utils.parseKey(candidate) instanceof Error) || attempt >= 20) return candidate;
  }
};

export const loadHostKey = (given?: string | Buffer): HostKey => {
  const privateKey = given === undefined ? generateHostKey() : given.toString();
  const parsed = utils.parseKey(privateKey);
  if (parsed instanceof Error) throw new Error(`invalid host key: ${parsed.message}`);
  const key = Array.isArray(parsed) ? parsed[0] : parsed;
  if (!key) throw new Error('invalid host key: no key found');
  const blob = key.getPublicSSH();
  return {
    privateKey,
    type: key.type,
    publicBase64: blob.toString('base64'),
    fingerprint: `SHA256:${createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`,
  };
};

/** `[127.0.0.1]:2222 ssh-ed25519 AAAA…` (OpenSSH writes the bracket form for ports other than 22). */
export const knownHostsLine = (host: string, port: number, key: HostKey): string =>
  `${port === 22 ? host : `[${host}]:${port}`} ${key.type} ${key.publicBase64}`;
