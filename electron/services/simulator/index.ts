/**
 * The built-in simulated Cisco Firepower device (FTD/FMC over real SSH): the demo's device, the
 * default device for new users and the device every test tier runs against.
 */
export {
  startSimulator,
  buildDevice,
  type RunningSimulator,
  type SimulatorOptions,
  type AuthMethodName,
} from './server';
export {
  SCENARIOS,
  findScenario,
  expectedCause,
  DEFAULT_DEMO_SCENARIO,
  SCENARIO_CAUSES,
  type Scenario,
} from './scenarios';
export { parseFault, FAULT_DESCRIPTIONS, FAULT_IMPACT, HUGE_LOG_BYTES, type Fault, type FaultKind } from './faults';
export { REGION_HOSTS, AMP_HOSTS, apiHost, eventingHost } from './cloud-hosts';
export { contextJson } from './commands/curl';
export type { DeviceState, HostBehaviour, ManagerRegistration, ProxyState, ConnectorProcess } from './state';
