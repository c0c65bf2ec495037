import { connectorView } from './connector-view';
import type { DeviceRuntime } from './runtime';

/**
 * State changes the device's own commands make, each followed by the log lines a real device
 * would write. `configure network dns servers` fixes `dns-not-configured`; `pmtool disablebyid`
 * then `enablebyid SSEConnector` re-creates the EventHandler IPC (`connector-ipc-broken`, guide 000
 * "일반적인 문제"); `enablebyid` alone starts a disabled connector (`connector-not-running`).
 */
export const setDnsServers = (runtime: DeviceRuntime, servers: readonly string[]): void => {
  runtime.state.network.dnsServers = [...servers];
  reconcile(runtime);
  runtime.log.event('changed');
};

/** A connector that can now reach its API host registers (and keeps the registration). */
const reconcile = (runtime: DeviceRuntime): void => {
  const view = connectorView(runtime.state, runtime.clock.now());
  if (view.registered) runtime.state.connector.registered = true;
};

export type PmtoolResult = 'ok' | 'unknown-id';

const CONNECTOR_ID = 'SSEConnector';

export const pmtoolDisable = (runtime: DeviceRuntime, id: string): PmtoolResult => {
  const c = runtime.state.connector;
  if (id !== CONNECTOR_ID) return runtime.isKnownDaemon(id) ? 'ok' : 'unknown-id';
  if (!c.installed) return 'unknown-id';
  if (c.process !== 'disabled') {
    c.process = 'disabled';
    c.stoppedAt = runtime.clock.now();
    runtime.log.event('stopped');
  }
  return 'ok';
};

export const pmtoolEnable = (runtime: DeviceRuntime, id: string): PmtoolResult => {
  const c = runtime.state.connector;
  if (id !== CONNECTOR_ID) return runtime.isKnownDaemon(id) ? 'ok' : 'unknown-id';
  if (!c.installed) return 'unknown-id';
  if (c.process === 'running') return 'ok';
  // A fresh start re-dials the EventHandler socket, which repairs the broken PUSH endpoint.
  c.process = 'running';
  c.pid = runtime.nextPid();
  c.ipc = 'connected';
  delete c.stoppedAt;
  reconcile(runtime);
  runtime.log.event('started');
  return 'ok';
};

export const pmtoolRestart = (runtime: DeviceRuntime, id: string): PmtoolResult => {
  const first = pmtoolDisable(runtime, id);
  return first === 'ok' ? pmtoolEnable(runtime, id) : first;
};
