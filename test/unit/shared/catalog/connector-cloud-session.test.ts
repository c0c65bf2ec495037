import { describe, expect, it } from 'vitest';
import { connectorCloudSession } from '../../../../shared/catalog/checks/connector-cloud-session';
import { fixture, runCheck, say, type Answer } from '../../../helpers/check-harness';

const LSOF = 'lsof -nP -i | grep conn';
const session = (answer: Answer) => runCheck(connectorCloudSession, { [LSOF]: answer }).verdict;

describe('connector.cloud-session (lsof -i | grep conn)', () => {
  it('passes an ESTABLISHED session to the cloud (guide 000, real lsof, numeric IPv6)', () => {
    for (const name of ['seed-000-grep-conn-established', 'real-grep-conn-established', 'established-ipv6-numeric']) {
      expect(session(fixture(`common/lsof-i/${name}`)).status, name).toBe('pass');
    }
    expect(say(session(fixture('common/lsof-i/seed-000-grep-conn-established')).explanation)).toContain(
      'ec2-35-172-147-246.compute-1.amazonaws.com:https',
    );
  });

  it('fails SYN_SENT as cloud-unreachable (guide 000’s unestablished example)', () => {
    for (const name of ['seed-000-grep-conn-syn-sent', 'real-grep-conn-syn-sent']) {
      const v = session(fixture(`common/lsof-i/${name}`));
      expect(v).toMatchObject({ status: 'fail', supports: ['cloud-unreachable'] });
    }
  });

  it('fails a connector with no session at all without claiming a cause of its own', () => {
    const v = session('connector 13277 www   10u  IPv4  26077573      0t0  TCP 127.0.0.1:8989 (LISTEN)\n');
    expect(v.status).toBe('fail');
    expect(v.supports).toBeUndefined();
    expect(say(v.explanation)).toContain('no session to the cloud at all');
    expect(session({ output: '', exitCode: 1 }).status).toBe('fail');
  });

  it('fails a session in another state, naming it', () => {
    const v = session(
      'connector 13277 www   19u  IPv4  26077679      0t0  TCP 192.0.2.10:56495->52.6.187.110:443 (CLOSE_WAIT)\n',
    );
    expect(v.status).toBe('fail');
    expect(say(v.explanation)).toContain('52.6.187.110:443 (CLOSE_WAIT)');
  });

  it('ignores other programs grep matched, is inconclusive on garbage, an error without lsof', () => {
    const other =
      'sfconnect  2211 root    5u  IPv4  99123      0t0  TCP 192.0.2.10:41000->52.6.187.110:443 (ESTABLISHED)\n';
    expect(session(other).status).toBe('fail');
    expect(session({ output: '', exitCode: null }).status).toBe('inconclusive');
    expect(session('garbage line').status).toBe('inconclusive');
    expect(session(fixture('common/lsof-i/command-not-found')).status).toBe('error');
  });
});
