import { describe, expect, it } from 'vitest';
import { connectorLog } from '../../../../shared/catalog/checks/connector-log';
import { fixture, runCheck, say, type Answer } from '../../../helpers/check-harness';

const TAIL = 'tail -c 262144 /ngfw/var/log/connector/connector.log | tail -n 400';

/** `date -u` for an ISO instant (the device's clock). */
const dateU = (iso: string): string => {
  const d = new Date(iso);
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()];
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const t = d.toISOString().slice(11, 19);
  return `${day} ${month} ${String(d.getUTCDate()).padStart(2, ' ')} ${t} UTC ${d.getUTCFullYear()}\n`;
};

const line = (iso: string, level: string, msg: string) => `time="${iso}" level=${level} msg="[ftd01][${msg}"`;
const log = (tail: Answer, deviceNow: string) =>
  runCheck(connectorLog, { [TAIL]: tail, 'date -u': dateU(deviceNow) }).verdict;

describe('connector.log (the last lines only, recent by the device clock)', () => {
  it('reads at most 256 KiB of the log, never the whole file, and the device clock', () => {
    const run = runCheck(connectorLog, { [TAIL]: '', 'date -u': '' });
    expect(run.commands).toEqual([TAIL, 'date -u']);
    expect(connectorLog.commands({} as never)[0]?.maxBytes).toBeGreaterThanOrEqual(256 * 1024);
  });

  it('passes when the last hour has no level=error line', () => {
    const tail = [
      line('2026-03-14T08:50:00.1Z', 'info', 'heartbeat.go:64 heartbeat:send] heartbeat OK (200)'),
      line('2026-03-14T09:15:00.1Z', 'warning', 'context.go:52 context:Refresh] slow answer'),
      line('2026-03-14T09:20:00.1Z', 'info', 'events.go:212 events:flush] sent 12 events'),
    ].join('\n');
    const v = log(tail, '2026-03-14T09:21:05Z');
    expect(v.status).toBe('pass');
    expect(say(v.explanation)).toBe(
      'No error in the last 60 min of connector.log (3 recent entries, the last at 2026-03-14T09:20:00.1Z).',
    );
  });

  it('fails connectWebSocket timeouts that keep coming as cloud-unreachable (guide 000’s log)', () => {
    const v = log(fixture('common/connector-log/seed-000-websocket-timeouts'), '2020-04-13T19:55:00Z');
    expect(v).toMatchObject({ status: 'fail', supports: ['cloud-unreachable'] });
    expect(say(v.explanation)).toMatch(/keeps logging errors \(5 in the last 60 min\): 5 × connectWebSocket timeouts/);
    expect(say(v.explanation, 'ko')).toContain('connectWebSocket 시간 초과 5회');
  });

  it('dates "recent" by the device clock, so a device whose clock is off still has recent errors', () => {
    // The host says 2026 (NOW); the device says 2020 — its log lines are recent for it.
    expect(log(fixture('common/connector-log/seed-000-websocket-timeouts'), '2020-04-13T19:55:00Z').status).toBe(
      'fail',
    );
    const unknownClock = runCheck(connectorLog, {
      [TAIL]: fixture('common/connector-log/seed-000-websocket-timeouts'),
      'date -u': 'garbage',
    }).verdict;
    expect(unknownClock.status).toBe('info');
    expect(say(unknownClock.explanation)).toContain('no entry in the last 60 min');
  });

  it('maps each sign to its cause: ZeroMQ/EventHandler socket, x509, DNS, proxy', () => {
    const zmq = log(fixture('common/connector-log/seed-000-zeromq-reconstructed'), '2020-04-13T20:05:00Z');
    expect(zmq).toMatchObject({ status: 'warn', supports: ['connector-ipc-broken'] });
    const mixed = log(fixture('common/connector-log/go-error-forms'), '2024-05-02T09:10:00Z');
    expect(mixed.status).toBe('warn');
    expect(new Set(mixed.supports)).toEqual(
      new Set([
        'tls-interception',
        'clock-not-synchronized',
        'dns-resolution-failed',
        'proxy-interference',
        'cloud-unreachable',
      ]),
    );
    expect(say(mixed.explanation)).toContain('certificate signed by an unknown authority');
  });

  it('warns on errors it does not classify, without a cause', () => {
    const tail = line('2026-03-14T09:10:00Z', 'error', 'status.go:40 status:Report] unexpected status 500');
    const v = log(tail, '2026-03-14T09:21:05Z');
    expect(v.status).toBe('warn');
    expect(v.supports).toBeUndefined();
  });

  it('ignores errors older than the last hour, and says when the log has gone quiet', () => {
    const old = line(
      '2026-03-14T06:00:00Z',
      'error',
      'events.go:90 events:connectWebSocket] dial tcp 18.205.49.246:443: getsockopt: connection timed out',
    );
    const v = log(old, '2026-03-14T09:21:05Z');
    expect(v.status).toBe('info');
    expect(say(v.explanation)).toContain('is 3 h old');
  });

  it('warns when the log file does not exist', () => {
    expect(log(fixture('common/connector-log/no-such-file'), '2026-03-14T09:21:05Z').status).toBe('warn');
  });

  it('keeps a line cut at the end, and is inconclusive on non-logrus text and empty output', () => {
    expect(log(fixture('common/connector-log/truncated-last-line'), '2020-04-13T19:40:00Z').supports).toEqual([
      'cloud-unreachable',
    ]);
    expect(log(fixture('common/connector-log/not-logrus'), '2026-03-14T09:21:05Z').status).toBe('inconclusive');
    expect(log('', '2026-03-14T09:21:05Z').status).toBe('inconclusive');
  });

  it('is an error without permission to read it', () => {
    expect(
      log(
        "tail: cannot open '/ngfw/var/log/connector/connector.log' for reading: Permission denied",
        '2026-03-14T09:21:05Z',
      ).status,
    ).toBe('error');
  });
});
