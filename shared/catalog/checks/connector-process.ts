import { message } from '../../i18n/message';
import { actionRemedy, enableSseConnector, restartSseConnector } from '../actions';
import { parseLsof, type LsofEntry } from '../../parsers/lsof';
import { findPmtoolProcess, parsePmtoolStatus } from '../../parsers/pmtool-status';
import { CONNECTOR_PORT, LSOF_CONNECTOR } from '../commands';
import { grepRunOf, textOf } from '../outputs';
import type { CheckDefinition, CommandSpec, Verdict } from '../types';
import { unreadable } from '../verdict-kit';

const PMTOOL_STATUS: CommandSpec = {
  privilege: 'root',
  command: 'pmtool status | grep -i SSEConnector',
  timeoutMs: 20_000,
};

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1', 'localhost.localdomain']);

/** The connector's own lines of `lsof -i` (lsof cuts the command name to 9 characters: `connector`). */
export const connectorEntries = (entries: readonly LsofEntry[]): readonly LsofEntry[] =>
  entries.filter((e) => e.command.toLowerCase().startsWith('connector'));

/** Ports the connector listens on, on the loopback interface. */
const localListenPorts = (entries: readonly LsofEntry[]): readonly string[] =>
  connectorEntries(entries)
    .filter((e) => e.state === 'LISTEN' && LOCAL_HOSTS.has(e.local.host.toLowerCase()))
    .map((e) => (e.local.portNumber !== undefined ? String(e.local.portNumber) : e.local.port));

const enableRemedy = actionRemedy(message('checks.connector.process.remedy.enable'), enableSseConnector);

const restartRemedy = actionRemedy(message('checks.connector.process.remedy.restart'), restartSseConnector);

/**
 * Root `pmtool status | grep -i SSEConnector` and `lsof -i | grep conn` (guide 000; PRODUCT.md
 * connector.process): `SSEConnector (normal) - Running PID` and the connector listening on localhost:8989.
 * Waiting, disabled or absent is `connector-not-running` (remedy `pmtool enablebyid SSEConnector`, an action).
 * Running but listening on another port is the settings' fault (`connector-misconfigured`); running and not
 * listening at all is a connector that did not come up, restarted the guide's way. Depends on device.version:
 * before 6.4 there is no SSEConnector to look for.
 */
export const connectorProcess: CheckDefinition = {
  id: 'connector.process',
  kind: 'probe',
  stage: 'connector',
  deviceTypes: ['ftd', 'fmc'],
  privilege: 'root',
  dependsOn: ['device.privilege', 'device.version'],
  commands: () => [PMTOOL_STATUS, LSOF_CONNECTOR],
  evaluate: (outputs): Verdict => {
    const status = parsePmtoolStatus(textOf(outputs, PMTOOL_STATUS), grepRunOf(outputs, PMTOOL_STATUS));
    if (status.kind === 'unrecognized') return unreadable(PMTOOL_STATUS.command, status);
    const process = findPmtoolProcess(status, 'SSEConnector');
    if (!process) {
      return {
        status: 'fail',
        explanation: message('checks.connector.process.verdict.absent'),
        supports: ['connector-not-running'],
        remedy: enableRemedy,
      };
    }
    if (process.state === 'other') {
      return {
        status: 'inconclusive',
        explanation: message('checks.connector.process.verdict.unknownState', { state: process.stateText }),
      };
    }
    if (process.state !== 'running') {
      return {
        status: 'fail',
        explanation: message('checks.connector.process.verdict.notRunning', { state: process.stateText }),
        supports: ['connector-not-running'],
        remedy: enableRemedy,
      };
    }
    const pid = process.pid ?? '?';
    const lsof = parseLsof(textOf(outputs, LSOF_CONNECTOR), grepRunOf(outputs, LSOF_CONNECTOR));
    if (lsof.kind === 'unrecognized') return unreadable(LSOF_CONNECTOR.command, lsof);
    const ports = lsof.kind === 'files' ? localListenPorts(lsof.entries) : [];
    if (ports.includes(String(CONNECTOR_PORT))) {
      return {
        status: 'pass',
        explanation: message('checks.connector.process.verdict.running', { pid, port: CONNECTOR_PORT }),
      };
    }
    if (ports.length > 0) {
      return {
        status: 'fail',
        explanation: message('checks.connector.process.verdict.otherPort', {
          pid,
          ports: ports.join(', '),
          expected: CONNECTOR_PORT,
        }),
        supports: ['connector-misconfigured'],
      };
    }
    return {
      status: 'fail',
      explanation: message('checks.connector.process.verdict.notListening', { pid, expected: CONNECTOR_PORT }),
      supports: ['connector-not-running'],
      remedy: restartRemedy,
    };
  },
};
