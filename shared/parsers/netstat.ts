import { openFiltered, type GrepRun, type NoMatch } from './grep-run';
import { unrecognized, type Unrecognized } from './unrecognized';

/**
 * `netstat -anlp | grep EventHandler_SSEConnector.sock` (root) — check `connector.ipc`.
 *
 *   unix  2      [ ACC ]     STREAM     LISTENING     382276   7741/EventHandler    /ngfw/var/sf/run/EventHandler_SSEConnector.sock
 *
 * Sources: guide 000 (a LISTENING line alone is the broken IPC; a CONNECTED stream besides it is the working
 * one; its copy wraps the path onto the next line, which is accepted); net-tools 2.10 output captured on this
 * machine (unix and tcp/udp lines, headers).
 */

/** A unix domain socket line. `path` is absent for unnamed (client-side) sockets. */
export interface UnixSocket {
  readonly refCount: number;
  readonly flags: readonly string[];
  /** `STREAM`, `DGRAM`, `SEQPACKET`. */
  readonly type: string;
  /** `LISTENING`, `CONNECTED`, …; absent for unconnected datagram sockets. */
  readonly state?: string;
  readonly inode: number;
  readonly pid?: number;
  readonly program?: string;
  readonly path?: string;
}

/** `127.0.0.1:8989`, `0.0.0.0:*`, `:::22` split at the last colon. */
export interface SocketAddress {
  readonly address: string;
  /** As printed: a number or `*`. */
  readonly port: string;
}

/** A tcp/udp line. */
export interface InetSocket {
  readonly protocol: string;
  readonly local: SocketAddress;
  readonly foreign: SocketAddress;
  /** `LISTEN`, `ESTABLISHED`, `SYN_SENT`, …; absent for udp. */
  readonly state?: string;
  readonly pid?: number;
  readonly program?: string;
}

/** `sockets`: the unix and tcp/udp lines; `no-match`: grep found nothing (see `GrepRun`). */
export type NetstatResult =
  | { readonly kind: 'sockets'; readonly unix: readonly UnixSocket[]; readonly inet: readonly InetSocket[] }
  | NoMatch
  | Unrecognized;

const unixLine =
  /^unix\s+(\d+)\s+\[\s*([^\]]*?)\s*\]\s+(\S+)\s+(?:(LISTENING|CONNECTED|CONNECTING|DISCONNECTING|UNCONNECTED|FREE|UNKNOWN)\s+)?(\d+)\s+(\S.*)$/;
const inetLine = /^((?:tcp|udp|raw|udpl)6?)\s+(\d+)\s+(\d+)\s+(\S+)\s+(\S+)(?:\s+([A-Z][A-Z0-9_]*))?(?:\s+(\S+))?$/;
const pathLine = /^[/@]\S*$/;

const owner = (token: string): { readonly pid?: number; readonly program?: string } => {
  const m = /^(\d+)\/(.+)$/.exec(token);
  return m ? { pid: Number(m[1]), program: m[2] ?? '' } : {};
};

const address = (text: string): SocketAddress => {
  const at = text.lastIndexOf(':');
  return at < 0 ? { address: text, port: '' } : { address: text.slice(0, at), port: text.slice(at + 1) };
};

const readUnix = (m: RegExpExecArray): UnixSocket => {
  const rest = (m[6] ?? '').trim().split(/\s+/);
  const pathAt = rest.findIndex((t, i) => i > 0 && pathLine.test(t));
  const ownerText = pathAt > 0 ? rest.slice(0, pathAt).join(' ') : (rest[0] ?? '');
  const path = pathAt > 0 ? rest.slice(pathAt).join(' ') : undefined;
  const who = ownerText === '-' ? {} : owner(ownerText);
  const flags = (m[2] ?? '').split(/\s+/).filter((f) => f !== '');
  return {
    refCount: Number(m[1]),
    flags,
    type: m[3] ?? '',
    ...(m[4] ? { state: m[4] } : {}),
    inode: Number(m[5]),
    ...who,
    ...(path ? { path } : {}),
  };
};

/** Parses `netstat -anlp` output, whole or filtered by grep; at least one socket line is required. */
export const parseNetstat = (raw: string, run?: GrepRun): NetstatResult => {
  const lines = openFiltered(raw, run);
  if ('kind' in lines) return lines;
  const unix: UnixSocket[] = [];
  const inet: InetSocket[] = [];
  let waitingForPath = false;
  for (const line of lines) {
    const text = line.trim();
    const u = unixLine.exec(text);
    if (u) {
      const socket = readUnix(u);
      unix.push(socket);
      waitingForPath = socket.path === undefined;
      continue;
    }
    if (waitingForPath && pathLine.test(text)) {
      // guide 000's copy wraps the path onto its own line
      const previous = unix.pop();
      if (previous) unix.push({ ...previous, path: text });
      waitingForPath = false;
      continue;
    }
    waitingForPath = false;
    const i = inetLine.exec(text);
    if (i) {
      const who = i[7] && i[7] !== '-' ? owner(i[7]) : {};
      inet.push({
        protocol: i[1] ?? '',
        local: address(i[4] ?? ''),
        foreign: address(i[5] ?? ''),
        ...(i[6] ? { state: i[6] } : {}),
        ...who,
      });
    }
  }
  if (unix.length === 0 && inet.length === 0) return unrecognized('unknown-format', 'no netstat socket line');
  return { kind: 'sockets', unix, inet };
};

/** The state of one unix socket path: is it listened on, and how many accepted streams are connected to it. */
export interface UnixSocketUse {
  readonly listening: boolean;
  readonly connectedStreams: number;
}

/** How the socket whose path ends with `pathSuffix` is used (default: the SSE Connector's EventHandler socket). */
export const unixSocketUse = (
  result: NetstatResult,
  pathSuffix = 'EventHandler_SSEConnector.sock',
): UnixSocketUse | undefined => {
  if (result.kind !== 'sockets') return undefined;
  const mine = result.unix.filter((s) => s.path !== undefined && s.path.endsWith(pathSuffix));
  return {
    listening: mine.some((s) => s.state === 'LISTENING'),
    connectedStreams: mine.filter((s) => s.state === 'CONNECTED' && s.type === 'STREAM').length,
  };
};
