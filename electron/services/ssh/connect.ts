import ssh2 from 'ssh2';
import type { Client as ClientType } from 'ssh2';
import { silentLogger } from '../log';
import {
  algorithmOffer,
  DEFAULT_HOST_KEY_ALGORITHMS,
  isNegotiationFailure,
  negotiated,
} from './algorithms';
import { prepareAuth } from './auth';
import { preferKnownKeyTypes, type HostKeyFacts } from './known-hosts/host-key';
import { readKnownHosts } from './known-hosts/known-hosts-file';
import { knownKeyTypes } from './known-hosts/known-hosts-parse';
import { createHostVerification } from './known-hosts/host-verifier';
import { pausableTimer } from './pausable-timer';
import { isSshError, SshError } from './ssh-error';
import { openThroughJump, openTcp } from './transport';
import type { ConnectOptions, HostKeyInfo, NegotiatedAlgorithms } from './types';

const { Client } = ssh2;

/** An authenticated SSH connection (target, or the jump host behind it). */
export interface SshConnection {
  readonly client: ClientType;
  readonly host: string;
  readonly port: number;
  readonly algorithms: NegotiatedAlgorithms;
  readonly hostKey: HostKeyFacts;
  /** The method that logged us in (`password`, `keyboard-interactive`, `publickey`, `agent`). */
  readonly authMethod: string;
  /** The server's SSH_MSG_USERAUTH_BANNER text, if it sent one. */
  readonly authBanner: string;
  /** Settles when the connection ends: the reason, or undefined when we closed it. */
  readonly closed: Promise<SshError | undefined>;
  close(): void;
}

type ErrorWithLevel = Error & { level?: string };

const DEFAULTS = { connectMs: 10_000, readyMs: 20_000, keepaliveIntervalMs: 10_000, keepaliveCountMax: 3 };

/** One attempt: TCP (or a jump channel), handshake, host-key check, login. */
const attempt = async (
  options: ConnectOptions,
  role: HostKeyInfo['role'],
  legacy: boolean,
  via: SshConnection | undefined,
): Promise<SshConnection> => {
  // Long-lived listeners below must not hold `options`: it carries the credential.
  const { host, username } = options;
  const port = options.port ?? 22;
  const t = { ...DEFAULTS, ...options.timeouts };
  const auth = await prepareAuth(username, options.credential, { host, port });
  const known = knownKeyTypes(await readKnownHosts(options.knownHostsPath), host, port);
  const sock = via ? await openThroughJump(via.client, host, port, t.connectMs) : await openTcp(host, port, t.connectMs);
  const verification = createHostVerification({
    knownHostsPath: options.knownHostsPath,
    host,
    port,
    role,
    ...(options.onUnknownHostKey ? { decide: options.onUnknownHostKey } : {}),
  });
  const client = new Client();

  return new Promise<SshConnection>((resolve, reject) => {
    let settled = false;
    let algorithms: NegotiatedAlgorithms | undefined;
    let authBanner = '';
    let closedByUs = false;
    let lastError: ErrorWithLevel | undefined;
    let resolveClosed: (reason: SshError | undefined) => void = () => undefined;
    const closed = new Promise<SshError | undefined>((r) => (resolveClosed = r));

    const classify = (error: ErrorWithLevel | undefined): SshError => {
      const refused = verification.failure();
      if (refused) return refused;
      if (!error) return new SshError('disconnected', { reason: 'peer' });
      if (error.level === 'client-authentication') {
        return new SshError('auth-failed', {
          host,
          port,
          user: username,
          tried: [...auth.tried],
          offered: [...auth.offered],
          ...(auth.agentProblem ? { agentProblem: true } : {}),
        });
      }
      if (isNegotiationFailure(error)) return new SshError('protocol', { reason: 'no-algorithms', detail: error.message });
      if (error.level === 'client-timeout') return new SshError('disconnected', { reason: 'keepalive' });
      if (error.level === 'client-socket') return new SshError('disconnected', { reason: 'peer' });
      return new SshError('protocol', { reason: 'unexpected', detail: error.message });
    };

    const fail = (error: SshError) => {
      if (settled) return;
      settled = true;
      timer.stop();
      auth.forget();
      client.destroy();
      sock.destroy();
      reject(error);
    };
    const timer = pausableTimer(t.readyMs, () =>
      fail(new SshError('timeout', { phase: 'ready', timeoutMs: t.readyMs, host })),
    );
    verification.onPending = (pending) => (pending ? timer.pause() : timer.resume());

    client.on('handshake', (info) => (algorithms = negotiated(info, legacy)));
    client.on('banner', (text: string) => (authBanner += text));
    client.on('error', (error: ErrorWithLevel) => {
      // An agent that is absent or empty is not fatal: ssh2 moves on to the next method.
      if (error.level === 'agent') {
        auth.agentProblem = true;
        return;
      }
      lastError = error;
      if (!settled) fail(classify(error));
    });
    client.on('close', () => {
      if (!settled) fail(classify(lastError));
      resolveClosed(closedByUs ? undefined : classify(lastError));
    });
    client.on('ready', () => {
      settled = true;
      timer.stop();
      auth.forget();
      const hostKey = verification.presented();
      if (!algorithms || !hostKey) {
        client.destroy();
        reject(new SshError('protocol', { reason: 'unexpected', detail: 'login without a verified host key' }));
        return;
      }
      resolve({
        client,
        host,
        port,
        algorithms,
        hostKey,
        authMethod: auth.tried.at(-1) ?? 'none',
        authBanner,
        closed,
        close: () => {
          closedByUs = true;
          client.end();
          // A peer that never answers our disconnect must not keep the socket open.
          setTimeout(() => client.destroy(), 1000).unref();
        },
      });
    });

    client.connect({
      sock,
      username,
      authHandler: auth.handler,
      hostVerifier: verification.verify,
      algorithms: algorithmOffer(preferKnownKeyTypes(DEFAULT_HOST_KEY_ALGORITHMS, known), legacy),
      // Our own pausable clock replaces ssh2's, which would also run while the user decides.
      readyTimeout: 0,
      keepaliveInterval: t.keepaliveIntervalMs,
      keepaliveCountMax: t.keepaliveCountMax,
    });
  });
};

/** One host, retrying once with the legacy algorithm lists when negotiation fails (`auto`). */
const openOne = async (
  options: ConnectOptions,
  role: HostKeyInfo['role'],
  via: SshConnection | undefined,
): Promise<SshConnection> => {
  const mode = options.legacyAlgorithms ?? 'auto';
  const log = options.log ?? silentLogger;
  try {
    return await attempt(options, role, mode === 'always', via);
  } catch (error) {
    if (mode !== 'auto' || !isSshError(error, 'protocol') || error.details.reason !== 'no-algorithms') throw error;
    log.info('ssh negotiation failed with default algorithms; retrying with SHA-1/legacy ones appended', {
      host: options.host,
      port: options.port ?? 22,
      detail: error.details.detail,
    });
    return attempt(options, role, true, via);
  }
};

/**
 * Open an authenticated SSH connection to the target, through the jump host when one is given
 * (its own credential, its own host key checked under its own name and port). Every failure is
 * an `SshError`; the host key is always verified before any secret is sent.
 */
export const openConnection = async (options: ConnectOptions): Promise<SshConnection> => {
  const log = options.log ?? silentLogger;
  const jump = options.jump;
  const via = jump
    ? await openOne(
        {
          ...options,
          host: jump.host,
          port: jump.port,
          username: jump.username,
          credential: jump.credential,
          jump: undefined,
        },
        'jump',
        undefined,
      )
    : undefined;
  try {
    const connection = await openOne(options, 'target', via);
    log.info('ssh connected', {
      host: connection.host,
      port: connection.port,
      via: via ? `${via.host}:${via.port}` : null,
      algorithms: connection.algorithms,
      hostKey: connection.hostKey.fingerprint,
    });
    if (!via) return connection;
    // The target's stream rides on the jump connection: closing one closes both.
    void via.closed.then(() => connection.client.destroy());
    void connection.closed.then(() => via.close());
    return {
      ...connection,
      close: () => {
        connection.close();
        via.close();
      },
    };
  } catch (error) {
    via?.close();
    throw error;
  }
};
