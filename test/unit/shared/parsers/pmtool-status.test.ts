import { describe, expect, it } from 'vitest';
import {
  findPmtoolProcess,
  parsePmtoolStatus,
  type PmtoolStatusResult,
} from '../../../../shared/parsers/pmtool-status';
import { itParsesEveryFixture } from '../../../helpers/parser-fixtures';
import { fuzzParser } from '../../../helpers/parser-fuzz';

describe('parsePmtoolStatus (pmtool status | grep -i SSEConnector)', () => {
  const fixtures = itParsesEveryFixture('pmtool-status', parsePmtoolStatus);
  const parsed = (name: string) => {
    const f = fixtures.find((x) => x.name === name);
    return parsePmtoolStatus(f?.raw ?? '', f?.run as never);
  };

  it('reads each state pmtool prints, with the PID when running', () => {
    expect(findPmtoolProcess(parsed('grep-running'), 'SSEConnector')).toMatchObject({ state: 'running', pid: 7742 });
    expect(findPmtoolProcess(parsed('grep-waiting'), 'sseconnector')?.state).toBe('waiting');
    expect(findPmtoolProcess(parsed('grep-disabled'), 'SSEConnector')?.state).toBe('disabled');
    expect(findPmtoolProcess(parsed('grep-user-disabled'), 'SSEConnector')?.state).toBe('user-disabled');
  });

  it('finds SSEConnector in the unfiltered status, with its command', () => {
    expect(findPmtoolProcess(parsed('full-status-excerpt'), 'SSEConnector')).toMatchObject({
      state: 'running',
      command: '/ngfw/usr/local/sf/bin/sse_connector',
    });
  });

  it('answers no-match only when grep said so (exit code 1); empty output alone stays unrecognized', () => {
    expect(parsed('no-match')).toEqual({ kind: 'no-match' });
    expect(parsed('empty-without-exit-code')).toMatchObject({ kind: 'unrecognized', code: 'empty' });
    expect(parsePmtoolStatus('', { grepExitCode: 2 })).toMatchObject({ kind: 'unrecognized' });
  });

  fuzzParser<PmtoolStatusResult>({
    parse: parsePmtoolStatus,
    fixtures,
    passLooking: (r) => r.kind === 'processes' && r.processes.some((p) => p.state === 'running'),
    evidence: (r) =>
      r.kind === 'processes'
        ? r.processes.filter((p) => p.state === 'running').map((p) => `${p.name} (${p.category}) - Running`)
        : [],
  });
});
