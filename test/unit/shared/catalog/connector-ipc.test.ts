import { describe, expect, it } from 'vitest';
import { connectorIpc } from '../../../../shared/catalog/checks/connector-ipc';
import { fixture, runCheck, say, type Answer } from '../../../helpers/check-harness';

const NETSTAT = 'netstat -anlp | grep EventHandler_SSEConnector.sock';
const ipc = (answer: Answer) => runCheck(connectorIpc, { [NETSTAT]: answer }).verdict;

describe('connector.ipc (netstat -anlp | grep EventHandler_SSEConnector.sock)', () => {
  it('depends on connector.process', () => {
    expect(connectorIpc.dependsOn).toEqual(['connector.process']);
  });

  it('passes a CONNECTED stream besides LISTENING (guide 000’s good example, its wrapped copy, and real netstat)', () => {
    for (const name of ['seed-000-connected', 'real-connected', 'not-root-no-pids']) {
      expect(ipc(fixture(`common/netstat-anlp/${name}`)).status, name).toBe('pass');
    }
  });

  it('fails LISTENING alone as connector-ipc-broken, with the disable/enable/reboot remedy', () => {
    for (const name of ['seed-000-listening-only', 'real-listening-only']) {
      const v = ipc(fixture(`common/netstat-anlp/${name}`));
      expect(v).toMatchObject({
        status: 'fail',
        supports: ['connector-ipc-broken'],
        remedy: {
          command: 'pmtool disablebyid SSEConnector\npmtool enablebyid SSEConnector',
          actionId: 'restart-sse-connector',
        },
      });
      expect(say(v.remedy!.text)).toContain('reboot');
      expect(say(v.remedy!.text, 'ko')).toContain('재시작');
    }
  });

  it('fails when grep found no line at all: not even EventHandler listens', () => {
    const v = ipc({ output: '', exitCode: 1 });
    expect(v).toMatchObject({ status: 'fail', supports: ['connector-ipc-broken'] });
    expect(say(v.explanation)).toContain('not even a LISTENING socket');
  });

  it('is inconclusive on empty output without grep’s exit code and on garbage; an error without netstat', () => {
    expect(ipc({ output: '', exitCode: null }).status).toBe('inconclusive');
    expect(ipc('#### unix?').status).toBe('inconclusive');
    expect(ipc('-bash: netstat: command not found').status).toBe('error');
  });
});
