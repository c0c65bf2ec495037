import { connect as netConnect, type Socket } from 'node:net';
import type { Client } from 'ssh2';
import type { Duplex } from 'node:stream';
import { SshError, type SshErrorDetails } from './ssh-error';

const reasonOf = (code: string | undefined): SshErrorDetails['unreachable']['reason'] => {
  switch (code) {
    case 'ECONNREFUSED':
      return 'refused';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'dns';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'no-route';
    case 'ETIMEDOUT':
      return 'timeout';
    default:
      return 'other';
  }
};

/** A TCP connection to host:port within `timeoutMs`, or `unreachable` saying why. */
export const openTcp = (host: string, port: number, timeoutMs: number): Promise<Socket> =>
  new Promise((resolve, reject) => {
    const socket = netConnect({ host, port });
    const fail = (reason: SshErrorDetails['unreachable']['reason'], code?: string) => {
      clearTimeout(timer);
      socket.destroy();
      reject(new SshError('unreachable', { host, port, reason, ...(code ? { code } : {}) }));
    };
    const timer = setTimeout(() => fail('timeout'), timeoutMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.removeAllListeners('error');
      socket.setNoDelay(true);
      resolve(socket);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => fail(reasonOf(error.code), error.code));
  });

/**
 * A TCP stream to host:port opened by the jump host (`direct-tcpip`, like `ssh -J`). A refusal
 * by the jump host is reported as `unreachable` with reason `jump`.
 */
export const openThroughJump = (jump: Client, host: string, port: number, timeoutMs: number): Promise<Duplex> =>
  new Promise((resolve, reject) => {
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      reject(new SshError('unreachable', { host, port, reason: 'timeout' }));
    }, timeoutMs);
    try {
      jump.forwardOut('127.0.0.1', 0, host, port, (error, stream) => {
        clearTimeout(timer);
        if (timedOut) stream?.destroy();
        else if (error) reject(new SshError('unreachable', { host, port, reason: 'jump' }));
        else resolve(stream);
      });
    } catch {
      clearTimeout(timer);
      reject(new SshError('disconnected', { reason: 'peer' }));
    }
  });

/** `user@host:port` (port optional, IPv6 in brackets) as the CLI's `--jump` takes it. */
export const parseJumpSpec = (spec: string): { username: string; host: string; port: number } | null => {
  const match = /^([^@\s]+)@(\[[^\]]+\]|[^:\s]+)(?::(\d{1,5}))?$/.exec(spec.trim());
  if (!match) return null;
  const port = match[3] ? Number(match[3]) : 22;
  if (port < 1 || port > 65535) return null;
  return { username: match[1] ?? '', host: (match[2] ?? '').replace(/^\[|\]$/g, ''), port };
};
