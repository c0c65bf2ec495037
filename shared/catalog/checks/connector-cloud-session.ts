import { message } from '../../i18n/message';
import { parseLsof, type LsofEntry } from '../../parsers/lsof';
import { LSOF_CONNECTOR } from '../commands';
import { grepRunOf, textOf } from '../outputs';
import type { CheckDefinition } from '../types';
import { unreadable } from '../verdict-kit';
import { connectorEntries } from './connector-process';

const remoteOf = (e: LsofEntry): string => (e.remote ? `${e.remote.host}:${e.remote.port}` : '?');

/**
 * Root `lsof -i | grep conn` (guide 000, "SSE 포털 및 CTR로 전송된 데이터 확인"; guide 004): the connector's
 * session to the cloud on https must be `ESTABLISHED`. `SYN_SENT` means its SYNs get no answer:
 * `cloud-unreachable`. No session at all is a failure too (events are not sent), but without a cause of its
 * own: the connector opens it only once registered and once DNS, TLS and any proxy let it through, which the
 * other checks name. Depends on connector.process (the same lsof output; no process, no session).
 */
export const connectorCloudSession: CheckDefinition = {
  id: 'connector.cloud-session',
  kind: 'probe',
  stage: 'connector',
  deviceTypes: ['ftd', 'fmc'],
  privilege: 'root',
  dependsOn: ['connector.process'],
  commands: () => [LSOF_CONNECTOR],
  evaluate: (outputs) => {
    const lsof = parseLsof(textOf(outputs, LSOF_CONNECTOR), grepRunOf(outputs, LSOF_CONNECTOR));
    if (lsof.kind === 'unrecognized') return unreadable(LSOF_CONNECTOR.command, lsof);
    const outbound = lsof.kind === 'files' ? connectorEntries(lsof.entries).filter((e) => e.remote !== undefined) : [];
    // Usually to the eventing host on https; through a configured proxy, to the proxy's port.
    const established = outbound.filter((e) => e.state === 'ESTABLISHED');
    if (established.length > 0) {
      return {
        status: 'pass',
        explanation: message('checks.connector.cloud-session.verdict.established', {
          remote: established.map(remoteOf).join(', '),
        }),
      };
    }
    const waiting = outbound.filter((e) => e.state === 'SYN_SENT');
    if (waiting.length > 0) {
      return {
        status: 'fail',
        explanation: message('checks.connector.cloud-session.verdict.synSent', {
          remote: waiting.map(remoteOf).join(', '),
        }),
        supports: ['cloud-unreachable'],
        remedy: { text: message('checks.connector.cloud-session.remedy.allow') },
      };
    }
    if (outbound.length > 0) {
      return {
        status: 'fail',
        explanation: message('checks.connector.cloud-session.verdict.otherState', {
          sessions: outbound.map((e) => `${remoteOf(e)} (${e.state ?? '?'})`).join(', '),
        }),
      };
    }
    return { status: 'fail', explanation: message('checks.connector.cloud-session.verdict.none') };
  },
};
