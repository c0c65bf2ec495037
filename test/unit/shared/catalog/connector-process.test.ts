import { describe, expect, it } from 'vitest';
import { findAction } from '../../../../shared/catalog/actions';
import { connectorProcess } from '../../../../shared/catalog/checks/connector-process';
import { fixture, runCheck, say, type Answer } from '../../../helpers/check-harness';

const PMTOOL = 'pmtool status | grep -i SSEConnector';
const LSOF = 'lsof -nP -i | grep conn';
const NO_LINE = { output: '', exitCode: 1 };

const check = (pmtool: Answer, lsof: Answer) => runCheck(connectorProcess, { [PMTOOL]: pmtool, [LSOF]: lsof });

describe('connector.process (pmtool status and lsof -i)', () => {
  it('passes Running with the connector listening on localhost:8989 (names or numbers)', () => {
    for (const lsof of [
      'real-grep-conn-established',
      'seed-000-grep-conn-syn-sent',
      'real-numeric',
      'established-ipv6-numeric',
    ]) {
      const v = check(fixture('common/pmtool-status/grep-running'), fixture(`common/lsof-i/${lsof}`)).verdict;
      expect(v.status, lsof).toBe('pass');
    }
    expect(
      say(
        check(fixture('common/pmtool-status/grep-running'), fixture('common/lsof-i/real-numeric')).verdict.explanation,
      ),
    ).toBe('SSEConnector is running (PID 7742) and listens on localhost:8989.');
  });

  it('fails Waiting, Disabled, User Disabled as connector-not-running with the enable action', () => {
    for (const state of ['grep-waiting', 'grep-disabled', 'grep-user-disabled']) {
      const v = check(fixture(`common/pmtool-status/${state}`), NO_LINE).verdict;
      expect(v).toMatchObject({
        status: 'fail',
        supports: ['connector-not-running'],
        remedy: { command: 'pmtool enablebyid SSEConnector', actionId: 'enable-sse-connector' },
      });
      expect(findAction(v.remedy!.actionId!)).toBeDefined();
    }
  });

  it('fails an SSEConnector pmtool does not list (grep exit 1) as connector-not-running', () => {
    const v = check(NO_LINE, NO_LINE).verdict;
    expect(v).toMatchObject({ status: 'fail', supports: ['connector-not-running'] });
    expect(say(v.explanation)).toContain('does not list SSEConnector');
  });

  it('fails a running connector listening on another port as connector-misconfigured', () => {
    const lsof = 'connector 13277 www   10u  IPv4  26077573      0t0  TCP 127.0.0.1:8990 (LISTEN)\n';
    const v = check(fixture('common/pmtool-status/grep-running'), lsof).verdict;
    expect(v).toMatchObject({ status: 'fail', supports: ['connector-misconfigured'] });
    expect(say(v.explanation)).toContain('localhost:8990 instead of 8989');
  });

  it('fails a running connector that listens nowhere, with the restart action', () => {
    const v = check(fixture('common/pmtool-status/grep-running'), NO_LINE).verdict;
    expect(v).toMatchObject({
      status: 'fail',
      supports: ['connector-not-running'],
      remedy: { actionId: 'restart-sse-connector' },
    });
  });

  it('is inconclusive on empty output without grep’s exit code, garbage and an unknown state', () => {
    expect(check({ output: '', exitCode: null }, NO_LINE).verdict.status).toBe('inconclusive');
    expect(check('%%% garbage', NO_LINE).verdict.status).toBe('inconclusive');
    expect(check('SSEConnector (normal) - Restarting', NO_LINE).verdict.status).toBe('inconclusive');
    expect(check(fixture('common/pmtool-status/grep-running'), 'garbage').verdict.status).toBe('inconclusive');
  });

  it('is an error when pmtool or lsof is not there', () => {
    expect(check(fixture('common/pmtool-status/sudo-command-not-found'), NO_LINE).verdict.status).toBe('error');
    expect(
      check(fixture('common/pmtool-status/grep-running'), fixture('common/lsof-i/command-not-found')).verdict.status,
    ).toBe('error');
  });
});
