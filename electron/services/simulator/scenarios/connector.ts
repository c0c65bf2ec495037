import { apiHost } from '../cloud-hosts';
import { defineScenario } from './scenario';

const otherRegionApi = (region: 'us' | 'eu' | 'apj') => apiHost(region === 'eu' ? 'us' : 'eu');

export const connectorMisconfigured = defineScenario({
  id: 'connector-misconfigured',
  title: 'connector_fqdn of another region',
  description:
    'connector.properties points at another region\'s API host (guide 004 "올바른 URL의 connector_fqdn"): registration is refused there, the context stays unregistered.',
  expectedCause: 'connector-misconfigured',
  apply: (state) => {
    if (state.connectorProperties)
      state.connectorProperties = { ...state.connectorProperties, fqdn: otherRegionApi(state.region) };
    state.connector.registered = false;
  },
});

export const connectorMisconfiguredPort = defineScenario({
  id: 'connector-misconfigured-port',
  title: 'connector_port is not 8989',
  description:
    'connector.properties says connector_port=8990 (guide 004 expects 8989): the local API at localhost:8989 is refused.',
  expectedCause: 'connector-misconfigured',
  apply: (state) => {
    if (state.connectorProperties) state.connectorProperties = { ...state.connectorProperties, port: 8990 };
  },
});

export const connectorNotRunning = defineScenario({
  id: 'connector-not-running',
  title: 'SSEConnector disabled',
  description:
    '`pmtool status` shows `SSEConnector (normal) - User Disabled`; nothing listens on localhost:8989. Remedy: `pmtool enablebyid SSEConnector` (guide 000).',
  expectedCause: 'connector-not-running',
  apply: (state) => {
    state.connector.process = 'disabled';
    state.connector.stoppedAt = state.createdAt - 26 * 3600_000;
  },
});

export const connectorIpcBroken = defineScenario({
  id: 'connector-ipc-broken',
  title: 'SSEConnector cannot reach EventHandler',
  description:
    'After the 6.4 upgrade the connector cannot dial ipc:///ngfw/var/sf/run/EventHandler_SSEConnector.sock (ZeroMQ PUSH, "no such file or directory"); netstat shows only LISTENING. Remedy: `pmtool disablebyid SSEConnector` then `pmtool enablebyid SSEConnector` (guide 000 "일반적인 문제").',
  expectedCause: 'connector-ipc-broken',
  apply: (state) => {
    state.connector.ipc = 'broken';
  },
});
