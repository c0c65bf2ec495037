import { describe, expect, it } from 'vitest';
import { parseNetstat, unixSocketUse, type NetstatResult } from '../../../../shared/parsers/netstat';
import { itParsesEveryFixture } from '../../../helpers/parser-fixtures';
import { fuzzParser } from '../../../helpers/parser-fuzz';

describe('parseNetstat (netstat -anlp | grep EventHandler_SSEConnector.sock)', () => {
  const fixtures = itParsesEveryFixture('netstat-anlp', parseNetstat);
  const parsed = (name: string) => {
    const f = fixtures.find((x) => x.name === name);
    return parseNetstat(f?.raw ?? '', f?.run as never);
  };

  it("tells guide 000's broken IPC (LISTENING only) from the working one (a CONNECTED stream too)", () => {
    expect(unixSocketUse(parsed('seed-000-listening-only'))).toEqual({ listening: true, connectedStreams: 0 });
    expect(unixSocketUse(parsed('seed-000-connected'))).toEqual({ listening: true, connectedStreams: 1 });
    expect(unixSocketUse(parsed('real-listening-only'))).toEqual({ listening: true, connectedStreams: 0 });
    expect(unixSocketUse(parsed('real-connected'))).toEqual({ listening: true, connectedStreams: 1 });
  });

  it("joins a path wrapped onto its own line, as in the guide's copy", () => {
    expect(parsed('seed-000-listening-only')).toMatchObject({
      unix: [
        {
          state: 'LISTENING',
          inode: 3022791165,
          pid: 11204,
          program: 'EventHandler',
          path: '/ngfw/var/sf/run/EventHandler_SSEConnector.sock',
        },
      ],
    });
  });

  it('reads tcp and udp lines of the full output, and sockets without an owner when not root', () => {
    const full = parsed('real-full');
    expect(full.kind === 'sockets' && full.inet.find((s) => s.local.port === '8989')).toMatchObject({
      protocol: 'tcp',
      state: 'LISTEN',
      program: 'connector',
    });
    expect(full.kind === 'sockets' && full.inet.some((s) => s.protocol === 'udp' && s.state === undefined)).toBe(true);
    expect(unixSocketUse(parsed('not-root-no-pids'))).toEqual({ listening: true, connectedStreams: 1 });
  });

  it("answers no-match only with grep's exit code 1", () => {
    expect(parsed('no-match')).toEqual({ kind: 'no-match' });
    expect(unixSocketUse(parsed('no-match'))).toBeUndefined();
    expect(parseNetstat('')).toMatchObject({ kind: 'unrecognized', code: 'empty' });
  });

  fuzzParser<NetstatResult>({
    parse: parseNetstat,
    fixtures,
    passLooking: (r) => (unixSocketUse(r)?.connectedStreams ?? 0) > 0,
    evidence: () => ['CONNECTED', 'EventHandler_SSEConnector.sock'],
  });
});
