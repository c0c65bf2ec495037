import { describe, expect, it } from 'vitest';
import {
  classifyLogMessage,
  parseConnectorLog,
  summarizeConnectorLog,
  type ConnectorLogResult,
} from '../../../../shared/parsers/connector-log';
import { itParsesEveryFixture } from '../../../helpers/parser-fixtures';
import { fuzzParser } from '../../../helpers/parser-fuzz';

describe('parseConnectorLog (tail of /ngfw/var/log/connector/connector.log)', () => {
  const fixtures = itParsesEveryFixture('connector-log', parseConnectorLog);
  const entries = (name: string) => {
    const r = parseConnectorLog(fixtures.find((f) => f.name === name)?.raw ?? '');
    return r.kind === 'log' ? r.entries : [];
  };

  it("joins guide 000's wrapped lines and reads time, level, source and the websocket-timeout sign", () => {
    const seed = entries('seed-000-websocket-timeouts');
    expect(seed).toHaveLength(5);
    expect(seed[0]).toEqual({
      time: '2020-04-13T14:34:02.88472046-05:00',
      epochMs: Date.UTC(2020, 3, 13, 19, 34, 2, 884),
      level: 'error',
      msg: 'dial tcp 18.205.49.246:443: getsockopt: connection timed out',
      source: { host: 'firepower.cisco.com', file: 'events.go', line: 90, func: 'events:connectWebSocket' },
      sign: 'websocket-timeout',
      complete: true,
    });
  });

  it('gives each Go error form its sign', () => {
    expect(entries('go-error-forms').map((e) => e.sign ?? '-')).toEqual([
      '-',
      'x509-unknown-authority',
      'x509-validity',
      'dns',
      'dns',
      'proxy',
      'refused',
      'io-timeout',
      'websocket-timeout',
      'reset',
      'other',
      '-',
    ]);
    expect(entries('seed-000-zeromq-reconstructed')[0]?.sign).toBe('ipc-socket-missing');
  });

  it('keeps a line cut inside its message, marked incomplete', () => {
    expect(entries('truncated-last-line').map((e) => e.complete)).toEqual([true, false]);
  });

  it('puts a proxy failure before the DNS or timeout it wraps', () => {
    expect(classifyLogMessage('proxyconnect tcp: dial tcp: lookup proxy.corp: no such host')).toBe('proxy');
    expect(classifyLogMessage('dial tcp 1.2.3.4:443: i/o timeout', 'events:connectWebSocket')).toBe(
      'websocket-timeout',
    );
  });

  it('calls a lookup that times out or is refused at port 53 a DNS failure, not a websocket timeout', () => {
    // the simulator's dns-resolution-failed-timeout and dns-not-configured scenarios log these (Go's net.Resolver)
    expect(
      classifyLogMessage(
        'dial tcp: lookup eventing-ingest.sse.itd.cisco.com on 10.25.0.1:53: read udp 192.168.45.45:40123->10.25.0.1:53: i/o timeout',
        'events:connectWebSocket',
      ),
    ).toBe('dns');
    expect(
      classifyLogMessage(
        'dial tcp: lookup api-sse.cisco.com on [::1]:53: read udp [::1]:40123->[::1]:53: read: connection refused',
      ),
    ).toBe('dns');
  });

  it('summarises errors per sign, most frequent first, with the latest of each, optionally since a time', () => {
    const summary = summarizeConnectorLog(entries('seed-000-websocket-timeouts'));
    expect(summary.errorCount).toBe(5);
    expect(summary.signs).toHaveLength(1);
    expect(summary.signs[0]).toMatchObject({
      sign: 'websocket-timeout',
      count: 5,
      latest: { time: '2020-04-13T14:52:38.404700083-05:00' },
    });
    const recent = summarizeConnectorLog(entries('seed-000-websocket-timeouts'), {
      sinceEpochMs: Date.UTC(2020, 3, 13, 19, 45),
    });
    expect(recent.errorCount).toBe(2);
    const mixed = summarizeConnectorLog(entries('go-error-forms'));
    expect(mixed.signs[0]).toMatchObject({ sign: 'dns', count: 2 });
    expect(mixed.errorCount).toBe(9); // the warning (i/o timeout) is not an error
  });

  fuzzParser<ConnectorLogResult>({
    parse: parseConnectorLog,
    fixtures,
    passLooking: (r) => r.kind === 'log',
    evidence: (r) => (r.kind === 'log' ? r.entries.map((e) => `time="${e.time}"`) : []),
  });
});
