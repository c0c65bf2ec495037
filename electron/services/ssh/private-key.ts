import { createPrivateKey } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import ssh2 from 'ssh2';
import type { ParsedKey } from 'ssh2';
import { SshError } from './ssh-error';

const { utils } = ssh2;

const passphraseProblem = (error: Error, passphrase: string | undefined): SshError<'key-unusable'> | undefined => {
  if (/no passphrase given|ERR_MISSING_PASSPHRASE|passphrase required/i.test(error.message) && !passphrase)
    return new SshError('key-unusable', { reason: 'passphrase-required' });
  if (passphrase && /passphrase|bad decrypt|integrity check|Malformed/i.test(error.message))
    return new SshError('key-unusable', { reason: 'passphrase-wrong' });
  return undefined;
};

/**
 * PKCS#8 (`ssh-keygen -m PKCS8`, `BEGIN [ENCRYPTED] PRIVATE KEY`) is not read by ssh2; Node's
 * crypto opens it and re-exports RSA as PKCS#1 and EC as SEC1, which ssh2 does read.
 */
const fromPkcs8 = (text: string, passphrase: string | undefined): ParsedKey | Error => {
  try {
    const key = createPrivateKey({ key: text, format: 'pem', ...(passphrase ? { passphrase } : {}) });
    const type = key.asymmetricKeyType === 'rsa' ? 'pkcs1' : key.asymmetricKeyType === 'ec' ? 'sec1' : undefined;
    if (!type) return new Error('Unsupported key format');
    const pem = key.export({ type, format: 'pem' });
    const parsed = utils.parseKey(pem);
    return Array.isArray(parsed) ? (parsed[0] ?? new Error('Unsupported key format')) : parsed;
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    return new Error(`${e.code ?? ''} ${e.message}`);
  }
};

/**
 * Open a private key (OpenSSH, PEM/PKCS#1/SEC1 or PKCS#8) once, up front, so a wrong or missing
 * passphrase is a clear `key-unusable` error before any connection, and the passphrase is not
 * kept: ssh2 gets the decrypted key object.
 */
export const loadPrivateKey = async (
  source: { readonly privateKey: string | Buffer } | { readonly path: string },
  passphrase: string | undefined,
): Promise<ParsedKey> => {
  let data: string | Buffer;
  if ('path' in source) {
    try {
      data = await readFile(source.path);
    } catch {
      throw new SshError('key-unusable', { reason: 'unreadable' });
    }
  } else {
    data = source.privateKey;
  }
  const text = data.toString();
  const parsed = /BEGIN (ENCRYPTED )?PRIVATE KEY/.test(text)
    ? fromPkcs8(text, passphrase)
    : utils.parseKey(data, passphrase);
  const key = Array.isArray(parsed) ? parsed[0] : parsed;
  if (key instanceof Error || key === undefined) {
    throw (key && passphraseProblem(key, passphrase)) ?? new SshError('key-unusable', { reason: 'unsupported' });
  }
  if (!key.isPrivateKey()) throw new SshError('key-unusable', { reason: 'unsupported' });
  return key;
};
