import { message } from '../../i18n/message';
import { parseConnectorContext } from '../../parsers/connector-context';
import { CONNECTOR_PORT } from '../commands';
import { textOf } from '../outputs';
import type { CheckDefinition, CommandSpec } from '../types';
import { excerpt, unreadable } from '../verdict-kit';

/** `-sS`: quiet, but curl's error line stays, so a connector that does not answer is told apart from odd JSON. */
const CONTEXT: CommandSpec = {
  privilege: 'root',
  command: `curl -sS -m 5 localhost:${CONNECTOR_PORT}/v1/contexts/default`,
  timeoutMs: 15_000,
};

/**
 * Root `curl localhost:8989/v1/contexts/default` (guide 000 lists it under "구성 설정" without a sample): is the
 * device registered with SSE? Registered passes; not registered is information for the summary (the reason is
 * named by device.managers or connector.properties, so no cause is claimed here). No public sample of this JSON
 * exists (device-facts §2): anything the parser does not recognise is inconclusive. Depends on
 * connector.process: the local API only answers while the connector listens.
 */
export const connectorContext: CheckDefinition = {
  id: 'connector.context',
  kind: 'probe',
  stage: 'connector',
  deviceTypes: ['ftd', 'fmc'],
  privilege: 'root',
  dependsOn: ['connector.process'],
  commands: () => [CONTEXT],
  evaluate: (outputs) => {
    const result = parseConnectorContext(textOf(outputs, CONTEXT));
    switch (result.kind) {
      case 'registered':
        return {
          status: 'pass',
          explanation: message('checks.connector.context.verdict.registered', {
            field: result.signal.path,
            value: String(result.signal.value),
          }),
        };
      case 'not-registered':
        return {
          status: 'info',
          explanation: message('checks.connector.context.verdict.notRegistered', {
            field: result.signal.path,
            value: String(result.signal.value),
          }),
        };
      case 'connector-unreachable':
        // connector.process saw it listening a moment ago: say what curl got, claim no cause.
        return {
          status: 'warn',
          explanation: message('checks.connector.context.verdict.noAnswer', {
            port: CONNECTOR_PORT,
            detail: excerpt(result.curl.message),
          }),
        };
      case 'unrecognized':
        return unreadable(CONTEXT.command, result);
    }
  },
};
