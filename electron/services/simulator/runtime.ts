import { ConnectorLog } from './connector-log';
import { buildDeviceFiles } from './device-files';
import { FaultPlanner, type Fault } from './faults';
import type { DeviceState } from './state';
import { createClock, type SimClock } from './timing';
import type { Vfs } from './vfs';

/**
 * One simulated device at run time: its state, its clock, its connector.log, its files and the
 * fault planner. Every connection and channel of the simulator shares it, so a remedy applied on one
 * channel shows on all.
 */
export interface DeviceRuntime {
  readonly state: DeviceState;
  readonly clock: SimClock;
  readonly log: ConnectorLog;
  readonly vfs: Vfs;
  readonly faults: FaultPlanner;
  nextPid(): number;
  isKnownDaemon(id: string): boolean;
}

/** Process-manager daemons of an FTD/FMC (names from `pmtool status`, blog "Firepower Process Management"). */
export const DAEMONS: Readonly<Record<'ftd' | 'fmc', readonly string[]>> = {
  ftd: [
    'sfmbservice',
    'sftunnel',
    'EventHandler',
    'SSEConnector',
    'ntpd',
    'sfmgr',
    'ASAConfig',
    'SnortAttribConfig',
    'snort',
  ],
  fmc: [
    'mysqld',
    'sfmbservice',
    'sftunnel',
    'SFDataCorrelator',
    'EventHandler',
    'SSEConnector',
    'ntpd',
    'httpsd',
    'sfipproxy',
  ],
};

export const createRuntime = (
  state: DeviceState,
  options: { scale?: number; faults?: readonly Fault[] } = {},
): DeviceRuntime => {
  const clock = createClock(options.scale ?? 1, () => state.clockOffsetMs);
  const log = new ConnectorLog(state, () => clock.now());
  const vfs = buildDeviceFiles(state, log, () => clock.now());
  let pid = 20_000;
  return {
    state,
    clock,
    log,
    vfs,
    faults: new FaultPlanner(options.faults ?? []),
    nextPid: () => (pid += 137),
    isKnownDaemon: (id) => DAEMONS[state.identity.type].includes(id),
  };
};
