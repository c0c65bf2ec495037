import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DeviceType, Region } from '../../../shared/model/device';
import type { PrerequisiteAnswers } from '../../../shared/model/session';
import type { DeviceConnectOptions } from '../ssh/types';
import { DEFAULT_DEMO_SCENARIO, findScenario, SCENARIOS } from './scenarios';
import { startSimulator, type RunningSimulator } from './server';

export interface DemoDevice {
  readonly simulator: RunningSimulator;
  /** How to log in to it: its own known_hosts (holding its fresh host key), its credentials. */
  readonly connect: DeviceConnectOptions;
  /** The answers that go with the scenario, for the prerequisite questions. */
  readonly answers: PrerequisiteAnswers;
  /** Secrets the session used, for redaction. */
  readonly secrets: readonly string[];
  close(): Promise<void>;
}

/** A scenario name that does not exist, with the list to choose from. */
export class UnknownScenarioError extends Error {
  constructor(readonly scenario: string) {
    super(`unknown scenario "${scenario}". Scenarios: ${SCENARIOS.map((s) => s.id).join(', ')}.`);
    this.name = 'UnknownScenarioError';
  }
}

/**
 * The built-in simulated device, started on 127.0.0.1 for one session: what `diagnose --demo`
 * and the app's "Simulated device" connect to. Its host key is trusted because we just made it
 * (written to a private known_hosts), not because checking is off.
 */
export const startDemoDevice = async (options: {
  readonly scenario?: string;
  readonly region?: Region;
  readonly deviceType?: DeviceType;
  readonly faults?: readonly string[];
  readonly timeScale?: number;
}): Promise<DemoDevice> => {
  const id = options.scenario ?? DEFAULT_DEMO_SCENARIO;
  const scenario = findScenario(id);
  if (!scenario) throw new UnknownScenarioError(id);
  const deviceType = options.deviceType ?? (scenario.deviceTypes.includes('ftd') ? 'ftd' : 'fmc');
  const simulator = await startSimulator({
    scenario: id,
    region: options.region ?? 'us',
    deviceType,
    ...(options.faults ? { faults: options.faults } : {}),
    ...(options.timeScale ? { timeScale: options.timeScale } : {}),
  });
  const dir = mkdtempSync(join(tmpdir(), 'fcd-demo-'));
  const knownHostsPath = join(dir, 'known_hosts');
  writeFileSync(knownHostsPath, `${simulator.hostKeyLine}\n`, { mode: 0o600 });
  return {
    simulator,
    connect: {
      host: simulator.host,
      port: simulator.port,
      username: simulator.username,
      credential: { kind: 'password', password: simulator.password },
      sudoPassword: simulator.sudoPassword,
      knownHostsPath,
      deviceType,
    },
    answers: scenario.answers,
    secrets: [simulator.password, simulator.sudoPassword],
    close: async () => {
      await simulator.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};
