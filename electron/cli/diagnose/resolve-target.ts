import { resolve } from 'node:path';
import type { DeviceFacts } from '../../../shared/model/device';
import type { Profile } from '../../../shared/model/profile';
import type { PrerequisiteAnswers } from '../../../shared/model/session';
import { dataFiles, defaultUserDataDir } from '../../services/paths';
import { loadProfileByName, ProfileNotFoundError } from '../../services/profiles/load-profile';
import { startDemoDevice, UnknownScenarioError } from '../../services/simulator/demo-device';
import { parseJumpSpec } from '../../services/ssh/transport';
import type { Credential, DeviceConnectOptions, JumpHost } from '../../services/ssh/types';
import { profileStorePath } from '../commands/profiles';
import { secretFromEnv, type DiagnoseTarget } from '../commands/diagnose-args';
import { UsageError, type CliIo } from '../io';
import { promptSecret } from './prompt-secret';

/** Everything a diagnosis needs to start, whichever way the device was named. */
export interface ResolvedTarget {
  readonly connect: DeviceConnectOptions;
  readonly device: Pick<DeviceFacts, 'host' | 'type' | 'region'>;
  /** Answers that come with the target (the demo scenario's); --answers overrides them. */
  readonly answers: PrerequisiteAnswers;
  /** Every secret in play, so no report or message ever prints one. */
  readonly secrets: readonly string[];
  /** The demo scenario's name, when it is the built-in simulated device. */
  readonly scenario?: string;
  close(): Promise<void>;
}

const knownHostsPath = (option: string | undefined, io: CliIo): string =>
  option ? resolve(io.cwd, option) : dataFiles(defaultUserDataDir(process.platform, io.env)).knownHosts;

/**
 * A jump host logs in with the agent when one is running, else with the same key or password as
 * the device (the CLI contract has no separate jump credential).
 */
const jumpHost = (spec: string, device: Credential, io: CliIo): JumpHost => {
  const parsed = parseJumpSpec(spec);
  if (!parsed) throw new UsageError(`--jump must look like user@host:port (got "${spec}").`);
  return { ...parsed, credential: io.env.SSH_AUTH_SOCK ? { kind: 'agent' } : device };
};

/**
 * FCD_SIMULATOR_TIME_SCALE (e.g. 0.05) speeds up the simulated device's waits (curl and DNS
 * timeouts) for tests and quick demos; the output still shows real figures.
 */
const timeScaleFrom = (env: CliIo['env']): number | undefined => {
  const value = Number(env.FCD_SIMULATOR_TIME_SCALE);
  return Number.isFinite(value) && value > 0 && value <= 1 ? value : undefined;
};

const demo = async (
  target: { readonly scenario?: string; readonly deviceType?: DeviceFacts['type']; readonly region?: DeviceFacts['region'] },
  io: CliIo,
): Promise<ResolvedTarget> => {
  const timeScale = timeScaleFrom(io.env);
  try {
    const device = await startDemoDevice({
      ...(timeScale ? { timeScale } : {}),
      ...(target.scenario ? { scenario: target.scenario } : {}),
      ...(target.deviceType ? { deviceType: target.deviceType } : {}),
      ...(target.region ? { region: target.region } : {}),
    });
    return {
      connect: device.connect,
      device: { host: device.connect.host, type: device.connect.deviceType, region: target.region ?? 'us' },
      answers: device.answers,
      secrets: device.secrets,
      scenario: device.simulator.scenario.id,
      close: () => device.close(),
    };
  } catch (error) {
    if (error instanceof UnknownScenarioError) throw new UsageError(error.message);
    throw new UsageError(`--demo: ${(error as Error).message}`);
  }
};

const profileCredential = async (
  profile: Profile,
  target: Extract<DiagnoseTarget, { kind: 'profile' }>,
  io: CliIo,
): Promise<{ credential: Credential; secrets: string[] }> => {
  switch (profile.auth.method) {
    case 'agent':
      return { credential: { kind: 'agent' }, secrets: [] };
    case 'key': {
      const passphrase = target.passphraseEnv ? secretFromEnv(io.env, target.passphraseEnv, '--passphrase-env') : undefined;
      return {
        credential: { kind: 'key-file', path: profile.auth.keyPath, ...(passphrase ? { passphrase } : {}) },
        secrets: passphrase ? [passphrase] : [],
      };
    }
    case 'password': {
      const password = target.passwordEnv
        ? secretFromEnv(io.env, target.passwordEnv, '--password-env')
        : await promptSecret(io.stdin, io.stderr, `Password for ${profile.username}@${profile.host}: `, '--password-env');
      return { credential: { kind: 'password', password }, secrets: [password] };
    }
  }
};

/** Turn the parsed target into connect options, reading secrets only from env, agent or a prompt. */
export const resolveTarget = async (target: DiagnoseTarget, io: CliIo): Promise<ResolvedTarget> => {
  if (target.kind === 'demo') return demo(target, io);

  if (target.kind === 'profile') {
    let loaded;
    try {
      loaded = await loadProfileByName(profileStorePath(target.profilesFile, io), target.profile);
    } catch (error) {
      if (error instanceof ProfileNotFoundError) throw new UsageError(`--profile: ${error.message}`);
      throw error;
    }
    for (const notice of loaded.notices) io.stderr.write(`note: ${JSON.stringify(notice)}\n`);
    const { profile } = loaded;
    const region = target.region ?? profile.region;
    const type = target.deviceType ?? profile.deviceType;
    if (loaded.builtIn) return demo({ deviceType: type, region }, io);
    const { credential, secrets } = await profileCredential(profile, target, io);
    const sudoPassword = target.sudoPasswordEnv ? secretFromEnv(io.env, target.sudoPasswordEnv, '--sudo-password-env') : undefined;
    const jump = profile.jump ? jumpHost(`${profile.jump.username}@${profile.jump.host}:${profile.jump.port}`, credential, io) : undefined;
    return {
      connect: {
        host: profile.host,
        port: profile.port,
        username: profile.username,
        credential,
        deviceType: type,
        knownHostsPath: knownHostsPath(target.knownHosts, io),
        ...(target.acceptNewHostKey ? { onUnknownHostKey: () => Promise.resolve(true) } : {}),
        ...(sudoPassword ? { sudoPassword } : {}),
        ...(jump ? { jump } : {}),
      },
      device: { host: profile.host, type, region },
      answers: {},
      secrets: [...secrets, ...(sudoPassword ? [sudoPassword] : [])],
      close: () => Promise.resolve(),
    };
  }

  const secrets: string[] = [];
  let credential: Credential;
  if (target.auth.kind === 'password') {
    const password = secretFromEnv(io.env, target.auth.passwordEnv, '--password-env');
    secrets.push(password);
    credential = { kind: 'password', password };
  } else if (target.auth.kind === 'key') {
    const passphrase = target.auth.passphraseEnv ? secretFromEnv(io.env, target.auth.passphraseEnv, '--passphrase-env') : undefined;
    if (passphrase) secrets.push(passphrase);
    credential = { kind: 'key-file', path: resolve(io.cwd, target.auth.keyFile), ...(passphrase ? { passphrase } : {}) };
  } else {
    if (!io.env.SSH_AUTH_SOCK) throw new UsageError('--agent: no SSH agent is running (SSH_AUTH_SOCK is not set).');
    credential = { kind: 'agent' };
  }
  const sudoPassword = target.sudoPasswordEnv ? secretFromEnv(io.env, target.sudoPasswordEnv, '--sudo-password-env') : undefined;
  if (sudoPassword) secrets.push(sudoPassword);
  return {
    connect: {
      host: target.host,
      port: target.port,
      username: target.user,
      credential,
      deviceType: target.deviceType,
      knownHostsPath: knownHostsPath(target.knownHosts, io),
      ...(target.acceptNewHostKey ? { onUnknownHostKey: () => Promise.resolve(true) } : {}),
      ...(sudoPassword ? { sudoPassword } : {}),
      ...(target.jump ? { jump: jumpHost(target.jump, credential, io) } : {}),
    },
    device: { host: target.host, type: target.deviceType, region: target.region },
    answers: {},
    secrets,
    close: () => Promise.resolve(),
  };
};
