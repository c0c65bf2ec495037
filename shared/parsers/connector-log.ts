import { toLines } from './normalize';
import { parseRfc3339 } from './time';
import { rejectEmptyOrFailed, unrecognized, type Unrecognized } from './unrecognized';

/**
 * `tail -n N /ngfw/var/log/connector/connector.log` (root) — check `connector.log`.
 *
 *   time="2020-04-13T14:34:02.88472046-05:00" level=error msg="[firepower.cisco.com][events.go:90 events:connectWebSocket] dial tcp 18.205.49.246:443: getsockopt: connection timed out"
 *
 * Sources: guide 000 (connectWebSocket timeouts, its copy wrapping each message over two lines; the ZeroMQ
 * PUSH / `EventHandler_SSEConnector.sock: no such file or directory` error after the 6.4 upgrade);
 * device-facts §2 (the connector is Go with logrus text lines; Go's own error forms: `i/o timeout`,
 * `connect: connection refused`, `lookup … no such host` / `server misbehaving`, `x509: certificate signed by
 * unknown authority`, `proxyconnect tcp: …`).
 */

/** logrus levels, lowest to highest. */
export type LogLevel = 'trace' | 'debug' | 'info' | 'warning' | 'error' | 'fatal' | 'panic';

/**
 * What an error line is a sign of:
 * - `websocket-timeout`: connectWebSocket could not reach the cloud in time (→ cloud-unreachable).
 * - `ipc-socket-missing`: the ZeroMQ PUSH endpoint / EventHandler_SSEConnector.sock is missing or refuses (→ connector-ipc-broken).
 * - `x509-unknown-authority`: the chain is not trusted (→ tls-interception, when the clock is right).
 * - `x509-validity`: "certificate has expired or is not yet valid" (→ often clock-not-synchronized).
 * - `x509-other`: another certificate error (name mismatch, …).
 * - `dns`: name resolution failed (`lookup …: no such host`, `server misbehaving`) (→ dns-resolution-failed).
 * - `proxy`: the HTTP proxy failed (`proxyconnect tcp: …`) (→ proxy-interference, CSCvs05084).
 * - `refused`, `reset`, `io-timeout`: other connection failures.
 * - `other`: an error we do not classify.
 */
export type LogSign =
  | 'websocket-timeout'
  | 'ipc-socket-missing'
  | 'x509-unknown-authority'
  | 'x509-validity'
  | 'x509-other'
  | 'dns'
  | 'proxy'
  | 'refused'
  | 'reset'
  | 'io-timeout'
  | 'other';

/** `[host][file.go:90 package:function]` at the start of the message. */
export interface LogSource {
  readonly host: string;
  readonly file: string;
  readonly line: number;
  readonly func: string;
}

/** One logrus entry (wrapped lines joined). */
export interface LogEntry {
  /** The `time="…"` value as printed. */
  readonly time: string;
  /** The instant, when the time is RFC 3339. */
  readonly epochMs?: number;
  readonly level: LogLevel;
  /** The message, unescaped, without the `[host][file:line func]` prefix. */
  readonly msg: string;
  readonly source?: LogSource;
  /** For warning and above: what the message is a sign of. */
  readonly sign?: LogSign;
  /** False when the line ended inside the quoted message (cut off). */
  readonly complete: boolean;
}

/** `entries` in file order; `skippedLines` counts lines that were not logrus entries. */
export type ConnectorLogResult =
  { readonly kind: 'log'; readonly entries: readonly LogEntry[]; readonly skippedLines: number } | Unrecognized;

const LEVELS: Readonly<Record<string, LogLevel>> = {
  trace: 'trace',
  debug: 'debug',
  info: 'info',
  warn: 'warning',
  warning: 'warning',
  error: 'error',
  err: 'error',
  fatal: 'fatal',
  panic: 'panic',
};

const SIGNED_LEVELS: readonly LogLevel[] = ['warning', 'error', 'fatal', 'panic'];

/** The sign a message carries (see `LogSign`); the first matching rule wins. */
export const classifyLogMessage = (msg: string, func = ''): LogSign => {
  const m = msg.toLowerCase();
  if (m.includes('proxyconnect')) return 'proxy';
  if (
    (m.includes('zeromq') || m.includes('eventhandler_sseconnector.sock')) &&
    /no such file|connection refused|cannot connect|unable to connect|dial/.test(m)
  ) {
    return 'ipc-socket-missing';
  }
  if (m.includes('certificate signed by unknown authority') || m.includes('x509: certificate signed by')) {
    return 'x509-unknown-authority';
  }
  if (m.includes('certificate has expired or is not yet valid') || /x509: .*(?:expired|not yet valid)/.test(m)) {
    return 'x509-validity';
  }
  if (m.includes('x509:')) return 'x509-other';
  // Go's resolver names the DNS server it asked: `lookup HOST on 10.25.0.1:53: …`. Whatever went wrong after
  // that (no such host, a timeout, a refused query to [::1]:53 when no server is configured) is a DNS failure.
  if (
    /lookup \S+.*(?:no such host|server misbehaving|temporary failure in name resolution)|dial udp \S+:53\b|lookup \S+ on \S+:53:/.test(
      m,
    )
  ) {
    return 'dns';
  }
  const timedOut = /connection timed out|i\/o timeout|deadline exceeded|handshake timeout/.test(m);
  if (timedOut && /connectwebsocket|websocket/i.test(`${func} ${m}`)) return 'websocket-timeout';
  if (m.includes('connection refused')) return 'refused';
  if (m.includes('connection reset by peer') || m.includes('broken pipe')) return 'reset';
  if (timedOut) return 'io-timeout';
  return 'other';
};

const unescape = (text: string): string =>
  text.replace(/\\(["\\nt])/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c)).trimEnd();

const readEntry = (text: string): LogEntry | undefined => {
  const m = /^time="([^"]*)"\s+level=(\w+)\s+msg=(?:"((?:[^"\\]|\\.)*)("?)|(\S+))(.*)$/.exec(text);
  if (!m) return undefined;
  const level = LEVELS[(m[2] ?? '').toLowerCase()];
  if (!level) return undefined;
  const quoted = m[3] !== undefined;
  const complete = !quoted || m[4] === '"';
  const whole = quoted ? unescape(m[3] ?? '') : (m[5] ?? '');
  const src = /^\[([^\]]*)\]\[([^\]\s:]+):(\d+)\s+([^\]]+)\]\s*([\s\S]*)$/.exec(whole);
  const source: LogSource | undefined = src
    ? { host: src[1] ?? '', file: src[2] ?? '', line: Number(src[3]), func: (src[4] ?? '').trim() }
    : undefined;
  const msg = src ? (src[5] ?? '') : whole;
  const time = m[1] ?? '';
  const epochMs = parseRfc3339(time);
  return {
    time,
    ...(epochMs !== undefined ? { epochMs } : {}),
    level,
    msg,
    ...(source ? { source } : {}),
    ...(SIGNED_LEVELS.includes(level) ? { sign: classifyLogMessage(msg, source?.func) } : {}),
    complete,
  };
};

/**
 * Parses logrus text lines. A line that does not start with `time="` continues the previous entry (guide 000's
 * copy wraps messages; the wrap stood for a space). Requires at least one entry.
 */
export const parseConnectorLog = (raw: string): ConnectorLogResult => {
  const lines = toLines(raw);
  const rejected = rejectEmptyOrFailed(lines);
  if (rejected) return rejected;
  const joined: string[] = [];
  let skippedLines = 0;
  for (const line of lines) {
    if (/^time="/.test(line)) joined.push(line.trim());
    else if (joined.length > 0 && line.trim() !== '' && !/"\s*$/.test(joined[joined.length - 1] ?? '"')) {
      joined[joined.length - 1] += ` ${line.trim()}`;
    } else if (line.trim() !== '') skippedLines += 1;
  }
  const entries: LogEntry[] = [];
  for (const text of joined) {
    const entry = readEntry(text);
    if (entry) entries.push(entry);
    else skippedLines += 1;
  }
  if (entries.length === 0) return unrecognized('unknown-format', 'no logrus line (time="…" level=… msg=…)');
  return { kind: 'log', entries, skippedLines };
};

/** Counts and the latest entry of one sign. */
export interface SignSummary {
  readonly sign: LogSign;
  readonly count: number;
  /** The most recent entry of this sign (by time when readable, else by position). */
  readonly latest: LogEntry;
}

/** What `summarizeConnectorLog` returns: the error picture of the log tail. */
export interface ConnectorLogSummary {
  /** Entries at level error or above that were counted. */
  readonly errorCount: number;
  /** One summary per sign seen, most frequent first. */
  readonly signs: readonly SignSummary[];
  readonly firstTime?: string;
  readonly lastTime?: string;
}

/**
 * Summarises the error entries (level error, fatal, panic), optionally only those at or after `sinceEpochMs`
 * (entries without a readable time are kept: they cannot be shown to be old).
 */
export const summarizeConnectorLog = (
  entries: readonly LogEntry[],
  options: { readonly sinceEpochMs?: number } = {},
): ConnectorLogSummary => {
  const errors = entries.filter(
    (e) =>
      (e.level === 'error' || e.level === 'fatal' || e.level === 'panic') &&
      (options.sinceEpochMs === undefined || e.epochMs === undefined || e.epochMs >= options.sinceEpochMs),
  );
  const bySign = new Map<LogSign, { count: number; latest: LogEntry }>();
  for (const entry of errors) {
    const sign = entry.sign ?? 'other';
    const seen = bySign.get(sign);
    const newer =
      !seen || seen.latest.epochMs === undefined || entry.epochMs === undefined || entry.epochMs >= seen.latest.epochMs;
    bySign.set(sign, { count: (seen?.count ?? 0) + 1, latest: newer ? entry : (seen?.latest ?? entry) });
  }
  const signs = [...bySign.entries()]
    .map(([sign, s]) => ({ sign, count: s.count, latest: s.latest }))
    .sort((a, b) => b.count - a.count);
  const first = errors[0];
  const last = errors[errors.length - 1];
  return {
    errorCount: errors.length,
    signs,
    ...(first ? { firstTime: first.time } : {}),
    ...(last ? { lastTime: last.time } : {}),
  };
};
