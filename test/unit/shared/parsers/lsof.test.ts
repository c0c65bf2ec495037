import { describe, expect, it } from 'vitest';
import { parseLsof, type LsofResult } from '../../../../shared/parsers/lsof';
import { itParsesEveryFixture } from '../../../helpers/parser-fixtures';
import { fuzzParser } from '../../../helpers/parser-fuzz';

describe('parseLsof (lsof -i | grep conn)', () => {
  const fixtures = itParsesEveryFixture('lsof-i', parseLsof);
  const parsed = (name: string) => {
    const f = fixtures.find((x) => x.name === name);
    return parseLsof(f?.raw ?? '', f?.run as never);
  };
  const states = (r: LsofResult) => (r.kind === 'files' ? r.entries.map((e) => e.state) : []);

  it("reads guide 000's two cases: LISTEN on localhost:8989 with SYN_SENT, or with ESTABLISHED", () => {
    expect(states(parsed('seed-000-grep-conn-syn-sent'))).toEqual(['LISTEN', 'SYN_SENT']);
    expect(states(parsed('seed-000-grep-conn-established'))).toEqual(['LISTEN', 'ESTABLISHED']);
    expect(parsed('seed-000-grep-conn-established')).toMatchObject({
      entries: [
        { command: 'connector', pid: 13277, user: 'www', local: { host: 'localhost', port: '8989', portNumber: 8989 } },
        {
          local: { host: '192.168.1.200', port: '56495' },
          remote: { host: 'ec2-35-172-147-246.compute-1.amazonaws.com', port: 'https', portNumber: 443 },
        },
      ],
    });
  });

  it('reads the real captures, numeric and named, with the header, and IPv6 in brackets', () => {
    expect(states(parsed('real-grep-conn-syn-sent'))).toEqual(['LISTEN', 'SYN_SENT']);
    expect(parsed('real-numeric')).toMatchObject({
      entries: [{}, { remote: { host: '127.0.0.10', portNumber: 443 } }],
    });
    expect(parsed('established-ipv6-numeric')).toMatchObject({
      entries: [
        {},
        { family: 'IPv6', remote: { host: '[2600:1f18:4a3:6901::10]', portNumber: 443 }, state: 'ESTABLISHED' },
      ],
    });
  });

  it("answers no-match only with grep's exit code 1", () => {
    expect(parsed('no-match')).toEqual({ kind: 'no-match' });
    expect(parsed('command-not-found')).toMatchObject({ kind: 'unrecognized', code: 'command-not-found' });
  });

  fuzzParser<LsofResult>({
    parse: parseLsof,
    fixtures,
    passLooking: (r) => r.kind === 'files' && r.entries.some((e) => e.state === 'ESTABLISHED' || e.state === 'LISTEN'),
    evidence: (r) =>
      r.kind === 'files'
        ? r.entries
            .filter((e) => e.state === 'ESTABLISHED' || e.state === 'LISTEN')
            .flatMap((e) => [`(${e.state ?? ''})`, `${e.local.host}:${e.local.port}`])
        : [],
  });
});
