import { cloudHost, eventingHost } from './cloud-hosts';
import { connectorView, type ConnectorView, type Link } from './connector-view';
import { goErrorStyle } from './device-profile';
import { concatContent, textContent, type FileContent } from './file-content';
import type { DeviceState } from './state';
import { formatLogTime } from './timing';

/**
 * /ngfw/var/log/connector/connector.log, generated from the state. The connector is Go and logs with
 * logrus (seed 000): `time="…" level=error msg="[host][events.go:90 events:connectWebSocket] dial tcp
 * 18.205.49.246:443: getsockopt: connection timed out"`. History covers the two days before the
 * device was created; while the simulator runs, a tick every 270 s of device time (and every remedy)
 * appends lines describing the current state. The `huge-log` fault prepends a virtual bulk of old
 * info lines so the file is 500 MB without holding it in memory.
 */
const TICK_MS = 270_000;
const HISTORY_MS = 48 * 3600_000;
export const CONNECTOR_LOG_PATH = '/ngfw/var/log/connector/connector.log';
const SOCK = '/ngfw/var/sf/run/EventHandler_SSEConnector.sock';

type Level = 'info' | 'warning' | 'error';

/** Deterministic pseudo-random numbers (mulberry32), so logs are the same on every run. */
const prng = (seed: number) => {
  let a = seed >>> 0;
  return (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** logrus text formatter quoting: `"` and newlines escaped inside msg="…". */
const quote = (text: string): string => text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

export const logLine = (
  at: number,
  nanos: number,
  level: Level,
  host: string,
  source: string,
  message: string,
): string => `time="${formatLogTime(at, nanos)}" level=${level} msg="${quote(`[${host}][${source}] ${message}`)}"`;

const REGISTER_PATH = '/providers/sse/services/registration/api/v2/clients';

/** Go's error text for a failed dial, in the device's Go generation (seed 000 `getsockopt:`). */
const dialError = (state: DeviceState, link: Exclude<Link, { kind: 'ok' }>, seq: number): string => {
  const sock = goErrorStyle(state.identity) === 'getsockopt' ? 'getsockopt' : 'connect';
  const port = 40000 + ((seq * 7919) % 20000);
  switch (link.kind) {
    case 'dns': {
      const server = state.network.dnsServers[0] ?? '[::1]';
      if (link.resolution.kind === 'no-servers')
        return `dial tcp: lookup ${link.name} on [::1]:53: read udp [::1]:${port}->[::1]:53: read: connection refused`;
      if (link.resolution.kind === 'timeout')
        return `dial tcp: lookup ${link.name} on ${server}:53: read udp ${state.network.ipv4}:${port}->${server}:53: i/o timeout`;
      return `dial tcp: lookup ${link.name} on ${server}:53: no such host`;
    }
    case 'timeout':
      return `dial tcp ${link.ip}:443: ${sock}: connection timed out`;
    case 'refused':
      return `dial tcp ${link.ip}:443: ${sock}: connection refused`;
    case 'reset':
      return `read tcp ${state.network.ipv4}:${port}->${link.ip}:443: read: connection reset by peer`;
    case 'tls':
      return link.reason === 'unknown-authority'
        ? 'x509: certificate signed by unknown authority'
        : 'x509: certificate has expired or is not yet valid';
    case 'proxy':
      if (link.behaviour === 'auth-required')
        return `proxyconnect tcp: ${link.host}:${link.port} answered CONNECT with 407 Proxy Authentication Required`;
      return `proxyconnect tcp: dial tcp ${link.host}:${link.port}: ${sock}: connection ${link.behaviour === 'refused' ? 'refused' : 'timed out'}`;
    case 'wrong-region':
      return `registration failed: POST https://${link.fqdn}${REGISTER_PATH} returned 401 Unauthorized: device is not known in this region`;
    case 'not-registered':
      return 'device is not registered with SSE: waiting for a registration token from the management center';
  }
};

/** Rotate the eventing host's addresses the way seed 000's log alternates 18.205.49.246 / 100.25.93.234. */
const withRotatedIp = (link: Exclude<Link, { kind: 'ok' }>, addresses: readonly string[], seq: number) =>
  'ip' in link && addresses.length > 0 ? { ...link, ip: addresses[seq % addresses.length] ?? link.ip } : link;

/** The lines one tick of the connector's loop writes for a given view. */
export const tickLines = (
  state: DeviceState,
  view: ConnectorView,
  at: number,
  seq: number,
  addresses: readonly string[],
): string[] => {
  const host = state.identity.hostname;
  const random = prng(seq + 17);
  const t = (offsetMs: number) => at + offsetMs;
  const n = () => Math.floor(random() * 1e9);
  const lines: string[] = [];
  if (!view.running) return lines;
  if (!view.ipcConnected)
    lines.push(
      logLine(
        t(0),
        n(),
        'error',
        host,
        'service.go:99 (*Service).Start',
        `Unable to connect to ZeroMQ PUSH endpoint: unable to dial "ipc://${SOCK}": dial unix ${SOCK}: connect: no such file or directory\n`,
      ),
    );
  const api = view.api;
  const fqdn = state.connectorProperties?.fqdn ?? '';
  // Not registered: the connector keeps trying to register. Registered: it keeps its event WebSocket up.
  if (!view.registered && api && api.kind !== 'ok') {
    if (api.kind === 'not-registered')
      lines.push(
        logLine(
          t(40),
          n(),
          'warning',
          host,
          'registration.go:97 registration:waitForToken',
          dialError(state, api, seq),
        ),
      );
    else if (api.kind === 'wrong-region')
      lines.push(
        logLine(t(40), n(), 'error', host, 'registration.go:141 registration:register', dialError(state, api, seq)),
      );
    else
      lines.push(
        logLine(
          t(40),
          n(),
          'error',
          host,
          'registration.go:141 registration:register',
          `Post https://${fqdn}${REGISTER_PATH}: ${dialError(state, api, seq)}`,
        ),
      );
    return lines;
  }
  const eventing = view.eventing;
  if (eventing && eventing.kind !== 'ok') {
    lines.push(
      logLine(
        t(80),
        n(),
        'error',
        host,
        'events.go:90 events:connectWebSocket',
        dialError(state, withRotatedIp(eventing, addresses, seq), seq),
      ),
    );
    return lines;
  }
  if (eventing?.kind === 'ok') {
    lines.push(
      logLine(t(80), n(), 'info', host, 'heartbeat.go:64 heartbeat:send', `heartbeat to https://${fqdn} OK (200)`),
    );
    if (seq % 3 === 0)
      lines.push(
        logLine(
          t(120),
          n(),
          'info',
          host,
          'events.go:212 events:flush',
          `sent ${1 + Math.floor(random() * 40)} events to wss://${eventing.name}/events`,
        ),
      );
  }
  return lines;
};

const startLines = (state: DeviceState, view: ConnectorView, at: number, seq: number): string[] => {
  const host = state.identity.hostname;
  const random = prng(seq + 3);
  const n = () => Math.floor(random() * 1e9);
  const lines = [
    logLine(at, n(), 'info', host, 'main.go:58 main', 'Starting SSE Connector (build 2.13.0-27)'),
    logLine(
      at + 5,
      n(),
      'info',
      host,
      'server.go:40 server:Start',
      `listening on localhost:${state.connectorProperties?.port ?? 8989}`,
    ),
  ];
  if (view.eventing?.kind === 'ok')
    lines.push(
      logLine(
        at + 900,
        n(),
        'info',
        host,
        'events.go:131 events:connectWebSocket',
        `connected to wss://${view.eventing.name}/events`,
      ),
    );
  return lines;
};

const stopLines = (state: DeviceState, at: number, seq: number): string[] => {
  const random = prng(seq + 5);
  const host = state.identity.hostname;
  return [
    logLine(
      at,
      Math.floor(random() * 1e9),
      'info',
      host,
      'main.go:112 main',
      'received signal terminated, shutting down',
    ),
    logLine(at + 20, Math.floor(random() * 1e9), 'info', host, 'main.go:118 main', 'SSE Connector stopped'),
  ];
};

/** The bulk of a huge log: fixed-width timestamps and a few rotating info lines, computed per offset. */
class BulkLog implements FileContent {
  private readonly tails: readonly string[];
  private readonly lengths: readonly number[];
  private readonly starts: readonly number[];
  private readonly blockLength: number;
  private readonly blocks: number;
  private readonly step: number;
  readonly size: number;

  constructor(
    host: string,
    private readonly startMs: number,
    endMs: number,
    targetBytes: number,
  ) {
    const q = (s: string) => `msg="${quote(s)}"`;
    this.tails = [
      ` level=info ${q(`[${host}][heartbeat.go:64 heartbeat:send] heartbeat OK (200)`)}`,
      ` level=info ${q(`[${host}][events.go:212 events:flush] sent 12 events`)}`,
      ` level=info ${q(`[${host}][context.go:88 context:refresh] context default is up to date`)}`,
    ];
    // `time="` + 30 characters + `"`, the tail, and the newline.
    this.lengths = this.tails.map((tail) => 37 + tail.length + 1);
    let acc = 0;
    this.starts = this.lengths.map((length) => {
      const start = acc;
      acc += length;
      return start;
    });
    this.blockLength = acc;
    this.blocks = Math.max(0, Math.floor(targetBytes / this.blockLength));
    this.size = this.blocks * this.blockLength;
    const lines = this.blocks * this.tails.length;
    this.step = lines > 0 ? Math.max(1, Math.floor((endMs - startMs) / lines)) : 1;
  }

  private line(index: number): string {
    const tail = this.tails[index % this.tails.length] ?? '';
    const nanos = 100_000_000 + ((index * 2654435761) % 899_999_999);
    return `time="${formatLogTime(this.startMs + index * this.step, nanos)}"${tail}\n`;
  }

  read(offset: number, length: number): string {
    if (offset >= this.size || length <= 0) return '';
    const k = this.tails.length;
    const block = Math.floor(offset / this.blockLength);
    const within = offset - block * this.blockLength;
    let j = 0;
    while (j + 1 < k && (this.starts[j + 1] ?? Infinity) <= within) j += 1;
    let index = block * k + j;
    let skip = within - (this.starts[j] ?? 0);
    const out: string[] = [];
    let remaining = Math.min(length, this.size - offset);
    while (remaining > 0) {
      const line = this.line(index);
      const piece = line.slice(skip, skip + remaining);
      out.push(piece);
      remaining -= piece.length;
      skip = 0;
      index += 1;
    }
    return out.join('');
  }
}

/**
 * The connector's log. `content()` first appends the ticks the device clock has passed since the
 * last read, so a long-running demo keeps logging; remedies call `event()`.
 */
export class ConnectorLog {
  private readonly lines: string[] = [];
  private text = '';
  private lastTick: number;
  private seq = 0;
  private bulk: BulkLog | null = null;
  private bulkBytes: number | null = null;

  constructor(
    private readonly state: DeviceState,
    private readonly now: () => number,
  ) {
    const end = now();
    const start = end - HISTORY_MS;
    const stoppedAt = state.connector.process === 'running' ? end : (state.connector.stoppedAt ?? end - 26 * 3600_000);
    const runningState: DeviceState = { ...state, connector: { ...state.connector, process: 'running' } };
    const historyView = connectorView(runningState, end);
    const random = prng(42);
    this.push(startLines(state, historyView, start, this.seq));
    let at = start + TICK_MS;
    for (; at <= Math.min(end, stoppedAt); at += TICK_MS + Math.floor(random() * 30_000) - 15_000) {
      this.seq += 1;
      this.push(tickLines(state, historyView, at, this.seq, this.eventingAddresses()));
    }
    if (state.connector.process !== 'running') this.push(stopLines(state, stoppedAt, this.seq));
    this.lastTick = Math.min(at, end);
  }

  private eventingAddresses(): readonly string[] {
    return cloudHost(eventingHost(this.state.region))?.addresses ?? [];
  }

  private push(lines: readonly string[]): void {
    if (lines.length === 0) return;
    this.lines.push(...lines);
    this.text += `${lines.join('\n')}\n`;
  }

  /** Catch up with the device clock: one tick per 270 s passed, with the current state. */
  private sync(): void {
    const now = this.now();
    if (now - this.lastTick < TICK_MS) return;
    const view = connectorView(this.state, now);
    // Bound the catch-up after a long idle: at most one day of ticks.
    let at = Math.max(this.lastTick + TICK_MS, now - 24 * 3600_000);
    for (; at <= now; at += TICK_MS) {
      this.seq += 1;
      this.push(tickLines(this.state, view, at, this.seq, this.eventingAddresses()));
    }
    this.lastTick = at - TICK_MS;
  }

  /** Lines a state change writes now: `stopped`, `started` (then a first tick), or `changed` (a tick). */
  event(kind: 'stopped' | 'started' | 'changed'): void {
    const now = this.now();
    this.seq += 1;
    const view = connectorView(this.state, now);
    if (kind === 'stopped') this.push(stopLines(this.state, now, this.seq));
    else if (kind === 'started')
      this.push([
        ...startLines(this.state, view, now, this.seq),
        ...tickLines(this.state, view, now + 1000, this.seq, this.eventingAddresses()),
      ]);
    else this.push(tickLines(this.state, view, now, this.seq, this.eventingAddresses()));
    this.lastTick = now;
  }

  /** The file as it is now (bulk + real lines when the log is huge). */
  content(): FileContent {
    this.sync();
    const recent = textContent(this.text);
    const huge = this.state.hugeLogBytes;
    if (huge === null) return recent;
    if (!this.bulk || this.bulkBytes !== huge) {
      const end = this.state.createdAt + this.state.clockOffsetMs - HISTORY_MS;
      this.bulk = new BulkLog(
        this.state.identity.hostname,
        end - 400 * 86_400_000,
        end,
        Math.max(0, huge - this.text.length),
      );
      this.bulkBytes = huge;
    }
    return concatContent(this.bulk, recent);
  }

  /** When the file was last written (device ms). */
  modifiedAt(): number {
    this.sync();
    return this.lastTick;
  }
}
