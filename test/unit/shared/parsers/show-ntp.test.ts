import { describe, expect, it } from 'vitest';
import { parseShowNtp, type ShowNtpResult } from '../../../../shared/parsers/show-ntp';
import { itParsesEveryFixture } from '../../../helpers/parser-fixtures';
import { fuzzParser } from '../../../helpers/parser-fuzz';

describe('parseShowNtp (CLISH show ntp)', () => {
  const fixtures = itParsesEveryFixture('show-ntp', parseShowNtp);
  const parsed = (name: string) => parseShowNtp(fixtures.find((f) => f.name === name)?.raw ?? '');

  it('reads each server with its status, offset in milliseconds and last update', () => {
    expect(parsed('being-used-doc-215468')).toEqual({
      kind: 'ntp',
      servers: [
        {
          server: '203.0.113.126',
          status: 'being-used',
          statusText: 'Being Used',
          offsetMs: 0.013,
          lastUpdateSeconds: 36,
        },
      ],
    });
    const two = parsed('two-servers-aligned');
    expect(two.kind === 'ntp' && two.servers.map((s) => s.status)).toEqual(['being-used', 'available']);
  });

  it('converts an offset printed in seconds', () => {
    expect(parseShowNtp('NTP Server : 10.0.0.1\nStatus : Being Used\nOffset : 1.5 (seconds)\n')).toMatchObject({
      servers: [{ offsetMs: 1500 }],
    });
  });

  it('does not read an offset cut before its unit as a small one', () => {
    expect(parsed('offset-cut-short')).toMatchObject({ servers: [{ status: 'being-used' }] });
    const cut = parsed('offset-cut-short');
    expect(cut.kind === 'ntp' && cut.servers[0]?.offsetMs).toBeUndefined();
  });

  it('keeps empty output and a block without Status unrecognized, and "not configured" as none', () => {
    expect(parsed('empty-output')).toMatchObject({ kind: 'unrecognized', code: 'empty' });
    expect(parsed('truncated-no-status')).toMatchObject({ kind: 'unrecognized', code: 'truncated' });
    expect(parsed('none-configured')).toMatchObject({ kind: 'none' });
  });

  fuzzParser<ShowNtpResult>({
    parse: parseShowNtp,
    fixtures,
    passLooking: (r) => r.kind === 'ntp' && r.servers.some((s) => s.status === 'being-used'),
    evidence: (r) =>
      r.kind === 'ntp'
        ? [
            /Status\s*:\s*Being Used/i,
            ...r.servers.filter((s) => s.status === 'being-used').map((s) => s.server),
            ...r.servers.flatMap((s) => (s.offsetMs === undefined ? [] : [/Offset\s*:\s*[-+]?[\d.]+\s*\(?\w+\)?/])),
          ]
        : [],
  });
});
