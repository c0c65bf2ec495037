import { message, type Message } from '../../i18n/message';
import type { CauseId } from '../../model/cause';
import { parseConnectorLog, summarizeConnectorLog, type LogEntry, type LogSign } from '../../parsers/connector-log';
import { parseDateU } from '../../parsers/date-u';
import { CONNECTOR_LOG_LINES, CONNECTOR_LOG_MAX_BYTES, CONNECTOR_LOG_PATH, DATE_UTC } from '../commands';
import { textOf } from '../outputs';
import type { CheckDefinition, CommandSpec, Verdict } from '../types';
import { durationOf, excerpt, listOf, unreadable } from '../verdict-kit';

/**
 * The last bytes of the log, then its last lines: at most CONNECTOR_LOG_MAX_BYTES ever cross the wire, however
 * large the file (PRODUCT.md: a 500 MB connector.log is read in under 2 s and under 1 MB). A line cut by the
 * byte limit at the start is skipped by the parser.
 */
const TAIL_LOG: CommandSpec = {
  privilege: 'root',
  command: `tail -c ${CONNECTOR_LOG_MAX_BYTES} ${CONNECTOR_LOG_PATH} | tail -n ${CONNECTOR_LOG_LINES}`,
  timeoutMs: 20_000,
  maxBytes: CONNECTOR_LOG_MAX_BYTES + 16 * 1024,
};

/** Errors older than this are history, not today's problem. The connector retries about every 4–5 minutes (guide 000's log). */
export const RECENT_MS = 60 * 60_000;
/** Errors that keep coming: at least this many of one sign, the last within PERSISTENT_MS. */
const PERSISTENT_COUNT = 3;
const PERSISTENT_MS = 15 * 60_000;

/** What each sign is evidence for (PRODUCT.md's connector.log row; the parser's classification). */
const SIGN_CAUSE: Readonly<Partial<Record<LogSign, CauseId>>> = {
  'websocket-timeout': 'cloud-unreachable',
  'ipc-socket-missing': 'connector-ipc-broken',
  'x509-unknown-authority': 'tls-interception',
  'x509-validity': 'clock-not-synchronized',
  dns: 'dns-resolution-failed',
  proxy: 'proxy-interference',
  refused: 'cloud-unreachable',
  reset: 'cloud-unreachable',
};

const SIGN_KEYS = {
  'websocket-timeout': 'checks.connector.log.sign.websocketTimeout',
  'ipc-socket-missing': 'checks.connector.log.sign.ipcSocketMissing',
  'x509-unknown-authority': 'checks.connector.log.sign.x509UnknownAuthority',
  'x509-validity': 'checks.connector.log.sign.x509Validity',
  'x509-other': 'checks.connector.log.sign.x509Other',
  dns: 'checks.connector.log.sign.dns',
  proxy: 'checks.connector.log.sign.proxy',
  refused: 'checks.connector.log.sign.refused',
  reset: 'checks.connector.log.sign.reset',
  'io-timeout': 'checks.connector.log.sign.ioTimeout',
  other: 'checks.connector.log.sign.other',
} as const satisfies Record<LogSign, string>;

const newest = (entries: readonly LogEntry[]): LogEntry | undefined =>
  entries.reduce<LogEntry | undefined>(
    (best, e) => (e.epochMs !== undefined && (best?.epochMs === undefined || e.epochMs >= best.epochMs) ? e : best),
    undefined,
  ) ?? entries[entries.length - 1];

/**
 * The recent lines of /ngfw/var/log/connector/connector.log (guide 000, "중요 로그 파일 위치"), never the whole
 * file. "Recent" is the last hour by the device's own clock (`date -u`), so a device whose clock is off still
 * has recent lines. No recent `level=error` passes. Errors are classified by sign (connectWebSocket timeouts,
 * the ZeroMQ PUSH / EventHandler socket error, x509, DNS, proxy) and support the cause they point at: a
 * failure when they keep coming, a warning when sporadic — strong supporting evidence, never the only
 * reason for a diagnosis, since the live probes of the other checks decide. Depends on device.version: before
 * 6.4 there is no connector and no log; it does not depend on connector.process, whose failure the log often
 * explains.
 */
export const connectorLog: CheckDefinition = {
  id: 'connector.log',
  kind: 'probe',
  stage: 'connector',
  deviceTypes: ['ftd', 'fmc'],
  privilege: 'root',
  dependsOn: ['device.privilege', 'device.version'],
  commands: () => [TAIL_LOG, DATE_UTC],
  evaluate: (outputs, env): Verdict => {
    const log = parseConnectorLog(textOf(outputs, TAIL_LOG));
    if (log.kind === 'unrecognized') {
      if (log.code === 'no-such-file')
        return {
          status: 'warn',
          explanation: message('checks.connector.log.verdict.missing', { path: CONNECTOR_LOG_PATH }),
        };
      return unreadable(TAIL_LOG.command, log);
    }
    const date = parseDateU(textOf(outputs, DATE_UTC));
    const reference = date.kind === 'instant' ? date.epochMs : Date.parse(env.now);
    const since = reference - RECENT_MS;
    const window = durationOf(RECENT_MS);
    const last = newest(log.entries);
    const summary = summarizeConnectorLog(log.entries, { sinceEpochMs: since });
    if (summary.errorCount === 0) {
      const recent = log.entries.filter((e) => e.epochMs === undefined || e.epochMs >= since);
      if (recent.length === 0 && last) {
        return {
          status: 'info',
          explanation: message('checks.connector.log.verdict.stale', {
            window,
            last: last.time,
            age: durationOf(reference - (last.epochMs ?? reference)),
          }),
        };
      }
      return {
        status: 'pass',
        explanation: message('checks.connector.log.verdict.quiet', {
          window,
          count: recent.length,
          last: last?.time ?? '?',
        }),
      };
    }
    const lines: Message[] = summary.signs.map((s) =>
      message(SIGN_KEYS[s.sign], { count: s.count, time: s.latest.time, text: excerpt(s.latest.msg) }),
    );
    const causes = [
      ...new Set(summary.signs.flatMap((s) => (SIGN_CAUSE[s.sign] ? [SIGN_CAUSE[s.sign] as CauseId] : []))),
    ];
    const persistent = summary.signs.some(
      (s) =>
        SIGN_CAUSE[s.sign] !== undefined &&
        s.count >= PERSISTENT_COUNT &&
        (s.latest.epochMs === undefined || s.latest.epochMs >= reference - PERSISTENT_MS),
    );
    return {
      status: persistent ? 'fail' : 'warn',
      explanation: message(
        persistent ? 'checks.connector.log.verdict.persistent' : 'checks.connector.log.verdict.errors',
        {
          window,
          count: summary.errorCount,
          signs: listOf(lines),
        },
      ),
      ...(causes.length > 0 ? { supports: causes } : {}),
    };
  },
};
