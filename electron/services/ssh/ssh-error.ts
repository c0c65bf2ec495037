import type { MessageKey } from '../../../shared/i18n/dictionary';
import { message, type Message } from '../../../shared/i18n/message';
import { render } from '../../../shared/i18n/translate';

/**
 * What each kind of SSH failure carries. Every field is safe to show and to log: no password,
 * passphrase, sudo password or key material ever goes in here (`detail` is the device's words).
 */
export interface SshErrorDetails {
  readonly unreachable: {
    readonly host: string;
    readonly port: number;
    readonly reason: 'refused' | 'timeout' | 'dns' | 'no-route' | 'jump' | 'other';
    readonly code?: string;
  };
  readonly 'auth-failed': {
    readonly host: string;
    readonly port: number;
    readonly user: string;
    /** Methods we tried, in order (`password`, `keyboard-interactive`, `publickey`, `agent`). */
    readonly tried: readonly string[];
    /** Methods the server offered in its last answer. */
    readonly offered: readonly string[];
    readonly agentProblem?: boolean;
  };
  readonly 'host-key-unknown': HostKeyErrorFacts;
  readonly 'host-key-changed': HostKeyErrorFacts & { readonly line: number; readonly revoked: boolean };
  readonly timeout: {
    /** A TCP connect that takes too long is `unreachable` (reason `timeout`), not this. */
    readonly phase: 'ready' | 'command' | 'mode-change';
    readonly timeoutMs: number;
    readonly host?: string;
  };
  readonly disconnected: { readonly reason: 'peer' | 'keepalive' | 'closed' };
  readonly 'expert-unavailable': { readonly detail: string };
  readonly 'sudo-failed': {
    readonly reason: 'wrong-password' | 'password-required' | 'not-allowed' | 'no-root-prompt';
    readonly detail: string;
  };
  readonly 'output-too-large': { readonly maxBytes: number };
  readonly protocol: { readonly reason: 'no-algorithms' | 'unexpected'; readonly detail: string };
  readonly 'key-unusable': {
    readonly reason: 'passphrase-required' | 'passphrase-wrong' | 'unreadable' | 'unsupported';
  };
  readonly 'clish-unavailable': { readonly detail: string };
}

export interface HostKeyErrorFacts {
  readonly host: string;
  readonly port: number;
  readonly keyType: string;
  readonly fingerprint: string;
  readonly file: string;
}

export type SshErrorKind = keyof SshErrorDetails;

/** Output gathered before a command failed (timeout, output-too-large, disconnected). */
export interface PartialOutput {
  readonly output: string;
  readonly truncatedBytes: number;
  readonly durationMs: number;
}

const seconds = (ms: number) => Math.round(ms / 100) / 10;

/** The dictionary key and parameters for one error; the caller renders it in the reader's language. */
const toMessage = (kind: SshErrorKind, d: SshErrorDetails[SshErrorKind]): Message => {
  const p = d as Record<string, unknown>;
  const pick = (...names: string[]) =>
    Object.fromEntries(names.filter((n) => p[n] !== undefined).map((n) => [n, p[n] as string | number]));
  const camel = (s: string) => s.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
  switch (kind) {
    case 'unreachable':
      return message(`ssh.errors.unreachable.${camel(String(p.reason))}` as MessageKey, pick('host', 'port'));
    case 'auth-failed':
      return message(p.agentProblem ? 'ssh.errors.authFailedAgent' : 'ssh.errors.authFailed', pick('host', 'user'));
    case 'host-key-unknown':
      return message('ssh.errors.hostKeyUnknown', pick('host', 'port', 'keyType', 'fingerprint'));
    case 'host-key-changed':
      return message(
        p.revoked ? 'ssh.errors.hostKeyRevoked' : 'ssh.errors.hostKeyChanged',
        pick('host', 'port', 'keyType', 'fingerprint', 'file', 'line'),
      );
    case 'timeout':
      return message(`ssh.errors.timeout.${camel(String(p.phase))}` as MessageKey, {
        ...pick('host'),
        seconds: seconds(Number(p.timeoutMs)),
      });
    case 'disconnected':
      return message(`ssh.errors.disconnected.${String(p.reason)}` as MessageKey);
    case 'expert-unavailable':
      return message('ssh.errors.expertUnavailable', pick('detail'));
    case 'sudo-failed':
      return message(`ssh.errors.sudoFailed.${camel(String(p.reason))}` as MessageKey, pick('detail'));
    case 'output-too-large':
      return message('ssh.errors.outputTooLarge', pick('maxBytes'));
    case 'protocol':
      return message(`ssh.errors.protocol.${camel(String(p.reason))}` as MessageKey, pick('detail'));
    case 'key-unusable':
      return message(`ssh.errors.keyUnusable.${camel(String(p.reason))}` as MessageKey);
    case 'clish-unavailable':
      return message('ssh.errors.clishUnavailable', pick('detail'));
  }
};

/**
 * The one error type of the SSH layer. Callers switch on `kind`; `userMessage` is an i18n
 * Message (area `ssh`) to render in the reader's language; `message` is its English text for
 * logs and the CLI's fallback. Neither ever holds a secret.
 */
export class SshError<K extends SshErrorKind = SshErrorKind> extends Error {
  readonly userMessage: Message;

  constructor(
    readonly kind: K,
    readonly details: SshErrorDetails[K],
    readonly partial?: PartialOutput,
  ) {
    const userMessage = toMessage(kind, details);
    super(render('en', userMessage));
    this.name = 'SshError';
    this.userMessage = userMessage;
  }
}

/** Narrow an unknown error to the SSH layer's, optionally of one kind (`isSshError(e, 'timeout')`). */
export const isSshError = <K extends SshErrorKind>(error: unknown, kind?: K): error is SshError<K> =>
  error instanceof SshError && (kind === undefined || error.kind === kind);

/** Device text put into an error: one line, bounded, control characters gone. */
export const deviceDetail = (text: string, max = 160): string => {
  const line =
    text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.length > 0)
      .at(-1) ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = line.replace(/[\u0000-\u001f\u007f]/g, '');
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
};
