import { describe, expect, it } from 'vitest';
import { parseTelnet, type TelnetResult } from '../../../../shared/parsers/telnet';
import { itParsesEveryFixture } from '../../../helpers/parser-fixtures';
import { fuzzParser } from '../../../helpers/parser-fuzz';

const EXPECTED: Readonly<Record<string, string>> = {
  'real-open': 'connected',
  'real-busybox-open': 'connected',
  'real-refused-8989': 'refused',
  'real-refused-stderr-first': 'refused',
  'real-busybox-refused': 'refused',
  'real-timeout': 'timeout',
  'no-route': 'unreachable',
  'real-unknown-host': 'unknown-host',
  'old-netkit-unknown-host': 'unknown-host',
  'busybox-bad-address': 'unknown-host',
  'trying-only-cut-off': 'unrecognized',
};

describe('parseTelnet (telnet HOST PORT)', () => {
  const fixtures = itParsesEveryFixture('telnet', parseTelnet);

  it.each(fixtures.map((f) => [f.name, f] as const))('classifies %s as it was captured', (name, fixture) => {
    expect(parseTelnet(fixture.raw).kind).toBe(EXPECTED[name]);
  });

  it('keeps the address it tried', () => {
    expect(parseTelnet(fixtures.find((f) => f.name === 'real-timeout')?.raw ?? '')).toMatchObject({ ip: '10.255.0.1' });
  });

  fuzzParser<TelnetResult>({
    parse: parseTelnet,
    fixtures,
    passLooking: (r) => r.kind === 'connected',
    evidence: () => [/Connected to |Escape character is/],
  });
});
