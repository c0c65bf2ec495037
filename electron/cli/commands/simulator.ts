import { parseArgs } from 'node:util';
import { DEVICE_TYPES, REGIONS, type DeviceType, type Region } from '../../../shared/model/device';
import {
  FAULT_DESCRIPTIONS,
  parseFault,
  SCENARIOS,
  startSimulator,
  type AuthMethodName,
  type Fault,
  type RunningSimulator,
} from '../../services/simulator';
import { EXIT, UsageError, type CliIo, type ExitCode } from '../io';
import type { Command } from './registry';

/**
 * `firepower-cloud-doctor simulator`: the built-in simulated FTD/FMC as an SSH server on 127.0.0.1,
 * for the demo and for trying the product without a firewall. Prints what a client needs (address,
 * credentials, host key fingerprint and known_hosts line) and runs until Ctrl-C.
 */
const USAGE =
  'simulator --port P [--scenario S] [--region us|eu|apj] [--device-type ftd|fmc] [--fault F]… [--device-version V] [--fmc-landing clish|bash] [--auth METHODS] [--list-scenarios]';

const AUTH_METHODS: readonly AuthMethodName[] = ['password', 'keyboard-interactive', 'publickey'];

export interface SimulatorCommandOptions {
  readonly port: number;
  readonly scenario: string;
  readonly region: Region;
  readonly deviceType: DeviceType;
  readonly faults: readonly Fault[];
  readonly version?: string;
  readonly fmcLanding?: 'clish' | 'bash';
  readonly authMethods?: readonly AuthMethodName[];
  readonly listScenarios: boolean;
}

const oneOf = <T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T => {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`--${flag} must be one of ${allowed.join(', ')}, not "${value}"`);
  return value as T;
};

/** Parse and validate the flags; every problem is a one-line UsageError. */
export const parseSimulatorArgs = (args: readonly string[]): SimulatorCommandOptions => {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        scenario: { type: 'string' },
        region: { type: 'string' },
        'device-type': { type: 'string' },
        fault: { type: 'string', multiple: true },
        'device-version': { type: 'string' },
        'fmc-landing': { type: 'string' },
        auth: { type: 'string' },
        'list-scenarios': { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new UsageError(
      (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'invalid arguments',
    );
  }
  const portText = values.port ?? '0';
  if (!/^\d+$/.test(portText) || Number(portText) > 65535)
    throw new UsageError(`--port must be a number from 0 to 65535, not "${portText}"`);
  const deviceType = oneOf('device-type', values['device-type'], DEVICE_TYPES, 'ftd');
  const scenarioId = values.scenario ?? 'healthy';
  const scenario = SCENARIOS.find((s) => s.id === scenarioId);
  if (!scenario) throw new UsageError(`unknown scenario "${scenarioId}"; run with --list-scenarios to see them`);
  if (!scenario.deviceTypes.includes(deviceType))
    throw new UsageError(`scenario "${scenarioId}" exists only for ${scenario.deviceTypes.join(', ')}`);
  const faults = (values.fault ?? []).map((spec) => {
    try {
      return parseFault(spec);
    } catch (error) {
      throw new UsageError(`--fault ${spec}: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  const version = values['device-version'];
  if (version !== undefined && !/^\d+\.\d+(\.\d+){0,2}$/.test(version))
    throw new UsageError(`--device-version must look like 7.4.1, not "${version}"`);
  const authMethods = values.auth?.split(',').map((m) => oneOf('auth', m.trim(), AUTH_METHODS, 'password'));
  const fmcLanding =
    values['fmc-landing'] === undefined
      ? undefined
      : oneOf('fmc-landing', values['fmc-landing'], ['clish', 'bash'] as const, 'clish');
  return {
    port: Number(portText),
    scenario: scenarioId,
    region: oneOf('region', values.region, REGIONS, 'us'),
    deviceType,
    faults,
    ...(version ? { version } : {}),
    ...(fmcLanding ? { fmcLanding } : {}),
    ...(authMethods ? { authMethods } : {}),
    listScenarios: values['list-scenarios'] ?? false,
  };
};

export const scenarioList = (): string =>
  [
    'Scenarios (id — expected first cause — device types — what is wrong):',
    ...SCENARIOS.map(
      (s) => `  ${s.id.padEnd(34)} ${s.expectedCause.padEnd(32)} ${s.deviceTypes.join(',').padEnd(8)} ${s.title}`,
    ),
    '',
    'Faults (--fault, repeatable):',
    ...Object.values(FAULT_DESCRIPTIONS).map((d) => `  ${d}`),
    '',
  ].join('\n');

export const describeRunning = (sim: RunningSimulator): string => {
  const identity = sim.state.identity;
  return [
    `Simulated ${identity.type.toUpperCase()} ${identity.version} (build ${identity.build}), scenario ${sim.scenario.id}, region ${sim.state.region}${
      sim.faults.length ? `, faults: ${sim.faults.map((f) => f.kind).join(', ')}` : ''
    }`,
    `Listening on ${sim.host}:${sim.port}    ssh -p ${sim.port} ${sim.username}@${sim.host}`,
    `Username:       ${sim.username}`,
    `Password:       ${sim.password}`,
    `Sudo password:  ${sim.sudoPassword}`,
    `Host key:       ${sim.hostKeyFingerprint}`,
    `known_hosts:    ${sim.hostKeyLine}`,
    `Expected cause: ${sim.expectedCause}`,
    'Press Ctrl-C to stop.',
    '',
  ].join('\n');
};

/** Run with an explicit stop signal (tests resolve it; the CLI resolves it on SIGINT/SIGTERM). */
export const runSimulatorCommand = async (
  args: readonly string[],
  io: CliIo,
  stop: Promise<void>,
): Promise<ExitCode> => {
  const options = parseSimulatorArgs(args);
  if (options.listScenarios) {
    io.stdout.write(scenarioList());
    return EXIT.healthy;
  }
  const sim = await startSimulator({
    scenario: options.scenario,
    region: options.region,
    deviceType: options.deviceType,
    faults: options.faults,
    port: options.port,
    ...(options.authMethods ? { auth: { methods: options.authMethods } } : {}),
    device: {
      ...(options.version ? { version: options.version } : {}),
      ...(options.fmcLanding ? { fmcLanding: options.fmcLanding } : {}),
    },
  }).catch((error: unknown) => {
    throw new Error(`cannot start the simulator: ${error instanceof Error ? error.message : String(error)}`);
  });
  io.stdout.write(describeRunning(sim));
  await stop;
  await sim.close();
  io.stdout.write('Simulator stopped.\n');
  return EXIT.healthy;
};

const untilInterrupted = (): Promise<void> =>
  new Promise((resolve) => {
    const done = () => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve();
    };
    process.on('SIGINT', done);
    process.on('SIGTERM', done);
  });

export const simulatorCommand: Command = {
  name: 'simulator',
  summary: 'run the built-in simulated FTD/FMC as an SSH server on 127.0.0.1',
  usage: USAGE,
  run: (args, io) => runSimulatorCommand(args, io, untilInterrupted()),
};
