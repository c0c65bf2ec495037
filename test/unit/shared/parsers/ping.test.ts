import { describe, expect, it } from 'vitest';
import { parsePing, type PingResult } from '../../../../shared/parsers/ping';
import { itParsesEveryFixture } from '../../../helpers/parser-fixtures';
import { fuzzParser } from '../../../helpers/parser-fuzz';

describe('parsePing (ping -c N HOST, information only)', () => {
  const fixtures = itParsesEveryFixture('ping', parsePing);
  const parsed = (name: string) => parsePing(fixtures.find((f) => f.name === name)?.raw ?? '');

  it('reads iputils and busybox statistics', () => {
    expect(parsed('real-loopback')).toMatchObject({ kind: 'statistics', transmitted: 3, received: 3, lossPercent: 0 });
    expect(parsed('real-busybox-loopback')).toMatchObject({ transmitted: 2, received: 2, lossPercent: 0 });
    expect(parsed('real-blackhole-loss')).toMatchObject({ received: 0, lossPercent: 100, address: '10.255.0.1' });
  });

  it('tells an unknown host and an unreachable network apart, and a ping cut before its statistics', () => {
    for (const name of ['real-unknown-host', 'real-busybox-unknown-host', 'old-iputils-unknown-host']) {
      expect(parsed(name).kind).toBe('unknown-host');
    }
    expect(parsed('real-network-unreachable').kind).toBe('unreachable');
    expect(parsed('cut-before-statistics')).toMatchObject({ kind: 'unrecognized', code: 'truncated' });
  });

  fuzzParser<PingResult>({
    parse: parsePing,
    fixtures,
    passLooking: (r) => r.kind === 'statistics' && r.received > 0,
    evidence: (r) =>
      r.kind === 'statistics' ? [`${r.transmitted} packets transmitted, ${r.received} `, '% packet loss'] : [],
  });
});
