import { isValidHost } from './host-address';

export const DEFAULT_SSH_PORT = 22;

/** `user@host:port` parsed; the jump host's login method is chosen apart from this text. */
export interface JumpTarget {
  readonly username: string;
  readonly host: string;
  readonly port: number;
}

/** A login name: no spaces, no control characters, no `:`, 64 characters at most. */
export const USERNAME_PATTERN = /^[^\s:\p{Cc}]{1,64}$/u;

/** A port as typed: digits only, 1–65535. */
export const parsePort = (text: string): number | undefined => {
  if (!/^\d{1,5}$/.test(text)) return undefined;
  const port = Number(text);
  return port >= 1 && port <= 65535 ? port : undefined;
};

/**
 * Parse `user@host[:port]` as OpenSSH's `-J` takes it; IPv6 goes in brackets
 * (`admin@[2001:db8::1]:2222`). The user is required (a jump host nearly always has its own
 * account) and the port defaults to 22. The user may itself hold `@` (`DOMAIN\a@b`): the last
 * `@` separates it from the host.
 */
export const parseJumpHost = (text: string): JumpTarget | undefined => {
  const at = text.lastIndexOf('@');
  if (at <= 0) return undefined;
  const username = text.slice(0, at);
  const rest = text.slice(at + 1);
  if (!USERNAME_PATTERN.test(username)) return undefined;
  let host: string;
  let portText: string | undefined;
  const bracketed = /^\[([^\]]+)\](?::(.*))?$/.exec(rest);
  if (bracketed) {
    host = bracketed[1] ?? '';
    portText = bracketed[2];
    if (!host.includes(':')) return undefined;
  } else {
    const colon = rest.lastIndexOf(':');
    if (colon >= 0 && rest.indexOf(':') !== colon) return undefined; // bare IPv6 needs brackets
    host = colon >= 0 ? rest.slice(0, colon) : rest;
    portText = colon >= 0 ? rest.slice(colon + 1) : undefined;
  }
  if (!isValidHost(host)) return undefined;
  const port = portText === undefined ? DEFAULT_SSH_PORT : parsePort(portText);
  return port === undefined ? undefined : { username, host, port };
};

/** The inverse of parseJumpHost: always with the port, IPv6 in brackets. */
export const formatJumpHost = (target: JumpTarget): string =>
  `${target.username}@${target.host.includes(':') ? `[${target.host}]` : target.host}:${target.port}`;
