import type { StartSessionRequest } from '../../../shared/ipc/channels/sessions';
import { message, type Message } from '../../../shared/i18n/message';
import type { DeviceFacts } from '../../../shared/model/device';
import {
  SIMULATED_PROFILE,
  SIMULATED_PROFILE_ID,
  type Profile,
  type ProfileAuth,
  type SecretKind,
} from '../../../shared/model/profile';
import type { PrerequisiteAnswers } from '../../../shared/model/session';
import type { DeviceLink } from '../engine/device-link';
import { sshLink } from '../engine/ssh-link';
import { ServiceError } from '../ipc/service-error';
import type { PromptBroker } from '../prompts/prompt-broker';
import type { SecretVault } from '../secrets/secret-vault';
import { startDemoDevice } from '../simulator/demo-device';
import { DEFAULT_DEMO_SCENARIO, findScenario } from '../simulator/scenarios';
import { isSshError } from '../ssh/ssh-error';
import type { Credential, DeviceConnectOptions, HostKeyInfo, JumpHost } from '../ssh/types';

/** Everything a session needs to reach its device, with the secrets kept inside `link`. */
export interface SessionTarget {
  readonly profileId: string;
  /** The saved profile's name; empty for the simulated device. */
  readonly profileName: string;
  readonly scenario?: string;
  readonly device: Pick<DeviceFacts, 'host' | 'type' | 'region'>;
  readonly link: DeviceLink;
  /** Answers that come with the target (the simulated scenario's), offered to pre-fill the questions. */
  readonly suggestedAnswers: PrerequisiteAnswers;
  /** Every secret used so far, for masking what leaves main (grows as the admin types them). */
  secrets(): readonly string[];
  /** True while a password prompt of this target waits for the admin. */
  asking(): boolean;
  /** Forget every secret and stop what the target started (the simulated device). */
  close(): Promise<void>;
}

/** Knobs of the built-in simulated device that only tests set (the test bridge): faster waits, faults. */
export interface SimulatorKnobs {
  readonly timeScale?: number;
  readonly faults?: readonly string[];
}

export interface TargetDeps {
  readonly loadProfile: (id: string) => Promise<Profile | undefined>;
  readonly vault: Pick<SecretVault, 'get'>;
  readonly prompts: Pick<PromptBroker, 'askHostKey' | 'askSecret'>;
  readonly knownHostsPath: string;
  readonly simulator?: SimulatorKnobs;
}

/** The admin closed a password prompt: the login stops with that said plainly (engine kind `cancelled`). */
export class SecretNotGivenError extends Error {
  readonly kind = 'cancelled';
  readonly userMessage: Message;
  constructor(readonly secret: SecretKind) {
    super(`no ${secret} was given`);
    this.name = 'SecretNotGivenError';
    this.userMessage = message('session.errors.noSecret', { what: message(`session.secretKinds.${secret}`) });
  }
}

type PromptedKind = 'password' | 'passphrase' | 'sudo-password' | 'jump-password';

/**
 * A saved device: secrets come from the vault, else from the admin through the prompt broker
 * (host key decisions too). What is typed is kept for this session's reconnects only and
 * forgotten on close. A refused password or passphrase is asked again, twice at most.
 */
const savedTarget = (profile: Profile, deps: TargetDeps): SessionTarget => {
  const inUse = new Map<SecretKind, string>();
  /** Refused by the device: not taken from the vault again, and the prompt says so. */
  const refused = new Set<SecretKind>();
  /** A key's passphrase, once the key said it needs one: asked rather than tried without. */
  const needed = new Set<SecretKind>();
  let waiting = 0;

  const ask = async (kind: PromptedKind, host: string, username: string): Promise<string> => {
    waiting += 1;
    try {
      const value = await deps.prompts.askSecret({ secret: kind, host, username, retry: refused.has(kind) });
      if (value === undefined || value === '') throw new SecretNotGivenError(kind);
      return value;
    } finally {
      waiting -= 1;
    }
  };
  /** In use this session, else saved (unless the device refused it), else asked when `prompt` says how. */
  const secret = async (kind: SecretKind, prompt?: () => Promise<string>): Promise<string | undefined> => {
    const known = inUse.get(kind) ?? (refused.has(kind) ? undefined : await deps.vault.get(profile.id, kind));
    const value = known ?? (await prompt?.());
    if (value !== undefined) inUse.set(kind, value);
    return value;
  };

  const credentialFor = async (
    auth: ProfileAuth,
    kinds: { readonly password: SecretKind; readonly passphrase: SecretKind },
    prompt: { readonly kind: PromptedKind; readonly host: string; readonly username: string },
  ): Promise<Credential> => {
    switch (auth.method) {
      case 'agent':
        return { kind: 'agent' };
      case 'key': {
        // Asked only after the key said it needs one (see `again`), never up front.
        const passphrase = await secret(
          kinds.passphrase,
          needed.has(kinds.passphrase) ? () => ask('passphrase', prompt.host, prompt.username) : undefined,
        );
        return { kind: 'key-file', path: auth.keyPath, ...(passphrase ? { passphrase } : {}) };
      }
      case 'password': {
        const password = (await secret(kinds.password, () => ask(prompt.kind, prompt.host, prompt.username))) as string;
        return { kind: 'password', password };
      }
    }
  };

  const options = async (): Promise<DeviceConnectOptions> => {
    const credential = await credentialFor(
      profile.auth,
      { password: 'password', passphrase: 'passphrase' },
      {
        kind: 'password',
        host: profile.host,
        username: profile.username,
      },
    );
    // The Firepower admin's sudo password is their login password unless one is saved; with a key
    // or an agent there is no login password, so it is asked before connecting.
    const sudoPassword = await secret(
      'sudo-password',
      profile.auth.method === 'password' ? undefined : () => ask('sudo-password', profile.host, profile.username),
    );
    let jump: JumpHost | undefined;
    if (profile.jump) {
      const j = profile.jump;
      jump = {
        host: j.host,
        port: j.port,
        username: j.username,
        credential: await credentialFor(
          j.auth,
          { password: 'jump-password', passphrase: 'jump-passphrase' },
          {
            kind: 'jump-password',
            host: j.host,
            username: j.username,
          },
        ),
      };
    }
    return {
      host: profile.host,
      port: profile.port,
      username: profile.username,
      credential,
      deviceType: profile.deviceType,
      knownHostsPath: deps.knownHostsPath,
      onUnknownHostKey: (info: HostKeyInfo) =>
        deps.prompts.askHostKey({
          role: info.role,
          host: info.host,
          port: info.port,
          keyType: info.keyType,
          fingerprint: info.fingerprint,
          otherKnownTypes: [...info.otherKnownTypes],
        }),
      ...(sudoPassword !== undefined ? { sudoPassword } : {}),
      ...(jump ? { jump } : {}),
    };
  };

  /** Which secret to ask (again) after this failure, and whether the device refused the one given. */
  const again = (error: unknown): { readonly kind: SecretKind; readonly refused: boolean } | undefined => {
    if (isSshError(error, 'auth-failed') && profile.auth.method === 'password')
      return { kind: 'password', refused: true };
    if (isSshError(error, 'key-unusable') && profile.auth.method === 'key') {
      if (error.details.reason === 'passphrase-required') return { kind: 'passphrase', refused: false };
      if (error.details.reason === 'passphrase-wrong') return { kind: 'passphrase', refused: true };
    }
    return undefined;
  };

  const link: DeviceLink = {
    connect: async () => {
      for (let attempt = 0; ; attempt += 1) {
        const connectOptions = await options();
        try {
          return await sshLink(connectOptions).connect();
        } catch (error) {
          const next = again(error);
          if (!next || attempt >= 2) throw error;
          inUse.delete(next.kind);
          needed.add(next.kind);
          if (next.refused) refused.add(next.kind);
        }
      }
    },
  };

  return {
    profileId: profile.id,
    profileName: profile.name,
    device: { host: profile.host, type: profile.deviceType, region: profile.region },
    link,
    suggestedAnswers: {},
    secrets: () => [...inUse.values()],
    asking: () => waiting > 0,
    close: () => {
      inUse.clear();
      return Promise.resolve();
    },
  };
};

/** The built-in simulated device, started on 127.0.0.1 for this session only. */
const simulatedTarget = async (request: StartSessionRequest, deps: TargetDeps): Promise<SessionTarget> => {
  const scenarioId = request.simulated?.scenario ?? DEFAULT_DEMO_SCENARIO;
  const scenario = findScenario(scenarioId);
  if (!scenario) throw new ServiceError('not-found', `The simulated device has no scenario "${scenarioId}".`);
  const type = request.simulated?.deviceType ?? SIMULATED_PROFILE.deviceType;
  if (!scenario.deviceTypes.includes(type)) {
    throw new ServiceError(
      'invalid-payload',
      `The scenario "${scenarioId}" exists only for ${scenario.deviceTypes.join(', ').toUpperCase()}.`,
    );
  }
  const region = request.simulated?.region ?? SIMULATED_PROFILE.region;
  const demo = await startDemoDevice({
    scenario: scenarioId,
    region,
    deviceType: type,
    ...(deps.simulator?.faults?.length ? { faults: deps.simulator.faults } : {}),
    ...(deps.simulator?.timeScale ? { timeScale: deps.simulator.timeScale } : {}),
  });
  return {
    profileId: SIMULATED_PROFILE_ID,
    profileName: '',
    scenario: scenarioId,
    device: { host: demo.connect.host, type, region },
    link: sshLink(demo.connect),
    suggestedAnswers: demo.answers,
    secrets: () => demo.secrets,
    asking: () => false,
    close: () => demo.close(),
  };
};

/** Resolve what the renderer asked for (a profile id, simulated options) into a target. */
export const resolveSessionTarget = async (request: StartSessionRequest, deps: TargetDeps): Promise<SessionTarget> => {
  if (request.profileId === SIMULATED_PROFILE_ID) return simulatedTarget(request, deps);
  const profile = await deps.loadProfile(request.profileId);
  if (!profile)
    throw new ServiceError('not-found', 'That device is no longer saved. Choose it again from the device list.');
  return savedTarget(profile, deps);
};
