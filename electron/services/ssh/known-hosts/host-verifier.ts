import { SshError } from '../ssh-error';
import type { HostKeyDecider, HostKeyInfo } from '../types';
import { hostKeyFacts, type HostKeyFacts } from './host-key';
import { appendKnownHost, readKnownHosts } from './known-hosts-file';
import { lookupHostKey } from './known-hosts-parse';

export interface HostVerification {
  /** ssh2's `hostVerifier` (async form). ssh2 sends no NEWKEYS, so no auth, until it calls back. */
  readonly verify: (key: Buffer, done: (accepted: boolean) => void) => void;
  /** Why the key was refused, once it was. */
  readonly failure: () => SshError | undefined;
  /** The key the server presented, once it has. */
  readonly presented: () => HostKeyFacts | undefined;
  /** Called with true while the caller is deciding about an unknown key (the login clock stops). */
  onPending?: (pending: boolean) => void;
}

/**
 * Checks a server's host key against the app's known_hosts before anything secret is sent
 * (ARCHITECTURE rule 8; Tabby #9955 sent a password before its check finished). Known → go on;
 * changed or revoked → refuse, naming the line; unknown → ask `decide`, and remember the key
 * only if it says yes. No `decide` means refuse (the CLI without --accept-new-host-key).
 */
export const createHostVerification = (options: {
  readonly knownHostsPath: string;
  readonly host: string;
  readonly port: number;
  readonly role: HostKeyInfo['role'];
  readonly decide?: HostKeyDecider;
}): HostVerification => {
  const { knownHostsPath: file, host, port } = options;
  let failure: SshError | undefined;
  let presented: HostKeyFacts | undefined;

  const check = async (key: Buffer): Promise<boolean> => {
    const facts = (presented = hostKeyFacts(key));
    const base = { host, port, keyType: facts.keyType, fingerprint: facts.fingerprint, file };
    const found = lookupHostKey(await readKnownHosts(file), host, port, facts);
    if (found.status === 'known') return true;
    if (found.status === 'changed' || found.status === 'revoked') {
      failure = new SshError('host-key-changed', { ...base, line: found.line, revoked: found.status === 'revoked' });
      return false;
    }
    const info: HostKeyInfo = { ...base, role: options.role, otherKnownTypes: found.otherTypes };
    let accepted = false;
    if (options.decide) {
      verification.onPending?.(true);
      try {
        accepted = (await options.decide(info)) === true;
      } finally {
        verification.onPending?.(false);
      }
    }
    if (!accepted) {
      failure = new SshError('host-key-unknown', base);
      return false;
    }
    await appendKnownHost(file, { host, port, keyType: facts.keyType, base64: facts.base64 });
    return true;
  };

  const verification: HostVerification = {
    verify: (key, done) => {
      check(key).then(done, (error: unknown) => {
        failure = new SshError('protocol', {
          reason: 'unexpected',
          detail: `known_hosts: ${error instanceof Error ? error.message : String(error)}`,
        });
        done(false);
      });
    },
    failure: () => failure,
    presented: () => presented,
  };
  return verification;
};
