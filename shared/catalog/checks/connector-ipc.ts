import { message } from '../../i18n/message';
import { actionRemedy, restartSseConnector } from '../actions';
import { parseNetstat, unixSocketUse } from '../../parsers/netstat';
import { EVENT_HANDLER_SOCKET } from '../commands';
import { grepRunOf, textOf } from '../outputs';
import type { CheckDefinition, CommandSpec } from '../types';
import { unreadable } from '../verdict-kit';

const NETSTAT_SOCKET: CommandSpec = {
  privilege: 'root',
  command: `netstat -anlp | grep ${EVENT_HANDLER_SOCKET}`,
  timeoutMs: 20_000,
};

/** Guide 000, 일반적인 문제: disable, enable, and reboot when that is not enough. */
const restartRemedy = actionRemedy(message('checks.connector.ipc.remedy'), restartSseConnector);

/**
 * Root `netstat -anlp | grep EventHandler_SSEConnector.sock` (guide 000): a `CONNECTED` stream besides the
 * `LISTENING` one means the SSE Connector is linked to EventHandler; `LISTENING` alone is the broken link seen
 * after upgrades to 6.4 (`connector-ipc-broken`). Depends on connector.process: with the connector down, no
 * link is expected and connector.process has already said why.
 */
export const connectorIpc: CheckDefinition = {
  id: 'connector.ipc',
  kind: 'probe',
  stage: 'connector',
  deviceTypes: ['ftd', 'fmc'],
  privilege: 'root',
  dependsOn: ['connector.process'],
  commands: () => [NETSTAT_SOCKET],
  evaluate: (outputs) => {
    const result = parseNetstat(textOf(outputs, NETSTAT_SOCKET), grepRunOf(outputs, NETSTAT_SOCKET));
    if (result.kind === 'unrecognized') return unreadable(NETSTAT_SOCKET.command, result);
    const use = result.kind === 'sockets' ? unixSocketUse(result) : undefined;
    if (use && use.connectedStreams > 0) {
      return {
        status: 'pass',
        explanation: message('checks.connector.ipc.verdict.connected', { count: use.connectedStreams }),
      };
    }
    return {
      status: 'fail',
      explanation: message(
        use?.listening ? 'checks.connector.ipc.verdict.listeningOnly' : 'checks.connector.ipc.verdict.noSocket',
      ),
      supports: ['connector-ipc-broken'],
      remedy: restartRemedy,
    };
  },
};
