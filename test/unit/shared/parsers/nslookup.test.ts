import { describe, expect, it } from 'vitest';
import { parseNslookup, type NslookupResult } from '../../../../shared/parsers/nslookup';
import { itParsesEveryFixture } from '../../../helpers/parser-fixtures';
import { fuzzParser } from '../../../helpers/parser-fuzz';

/** What each fixture was captured or written to show. */
const EXPECTED: Readonly<Record<string, string>> = {
  'seed-004-api-sse-cname': 'resolved',
  'real-api-sse-cname': 'resolved',
  'real-two-addresses': 'resolved',
  'real-ipv4-and-ipv6': 'resolved',
  'real-busybox-api-sse-cname': 'resolved',
  'busybox-old-addresses': 'resolved',
  'real-nxdomain': 'nxdomain',
  'real-busybox-nxdomain': 'nxdomain',
  'real-servfail': 'servfail',
  'real-busybox-servfail': 'servfail',
  'real-refused': 'refused',
  'real-no-answer': 'no-answer',
  'real-timeout': 'timeout',
  'real-busybox-timeout': 'timeout',
  'bind-connection-timed-out': 'timeout',
  'real-communications-error': 'communications-error',
  'busybox-old-cant-resolve': 'cannot-resolve',
  'command-not-found': 'unrecognized',
  'server-lines-only': 'unrecognized',
};

describe('parseNslookup (BIND and busybox nslookup)', () => {
  const fixtures = itParsesEveryFixture('nslookup', parseNslookup);

  it.each(fixtures.map((f) => [f.name, f] as const))('classifies %s as it was captured', (name, fixture) => {
    const result = parseNslookup(fixture.raw);
    const got = result.kind === 'failed' ? result.failure : result.kind;
    expect(got).toBe(EXPECTED[name]);
  });

  it('follows the CNAME of guide 004 to both addresses, whatever the blank lines', () => {
    const seed = parseNslookup(fixtures.find((f) => f.name === 'seed-004-api-sse-cname')?.raw ?? '');
    expect(seed).toMatchObject({
      kind: 'resolved',
      style: 'bind',
      server: { address: '10.25.0.1', port: 53 },
      authoritative: false,
      canonicalNames: [{ alias: 'api-sse.cisco.com', canonical: 'api-sse.cisco.com.akadns.net' }],
      addresses: [
        { name: 'api-sse.cisco.com.akadns.net', address: '52.6.187.110', family: 4 },
        { name: 'api-sse.cisco.com.akadns.net', address: '18.234.20.16', family: 4 },
      ],
    });
  });

  it("never takes the server's own Address line for an answer", () => {
    expect(parseNslookup('Server:\t\t10.25.0.1\nAddress:\t10.25.0.1#53\n')).toMatchObject({ kind: 'unrecognized' });
  });

  fuzzParser<NslookupResult>({
    parse: parseNslookup,
    fixtures,
    passLooking: (r) => r.kind === 'resolved',
    evidence: (r) => (r.kind === 'resolved' ? ['Server:', 'Name:', ...r.addresses.map((a) => a.address)] : []),
  });
});
