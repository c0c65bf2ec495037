import { message } from '../../../shared/i18n/message';
import type {
  ConnectionErrorKind,
  ConnectionTestFailure,
  ConnectionTestResult,
  ConnectionTestStep,
  ConnectionTestSuccess,
  HostKeyTrust,
} from '../../../shared/model/connection-test';
import type { Profile, SecretKind } from '../../../shared/model/profile';
import { silentLogger, type Logger } from '../log';
import type { PromptBroker } from '../prompts/prompt-broker';
import { startDemoDevice } from '../simulator/demo-device';
import { connectDevice } from '../ssh/device-session';
import { deviceDetail, isSshError } from '../ssh/ssh-error';
import type { DeviceConnectOptions, HostKeyInfo, Timeouts } from '../ssh/types';
import { LoginCancelledError, profileLogin } from './profile-login';
import { readDeviceVersion } from './read-device-version';

/** A test never takes longer than this, dialogs included; an unanswered dialog closes then. */
export const TEST_BOUND_MS = 120_000;
const COMMAND_TIMEOUT_MS = 15_000;
const MODE_CHANGE_TIMEOUT_MS = 10_000;

export interface ConnectionTestOptions {
  /** Asks the admin: trust an unknown key, type a secret that is not saved. */
  readonly prompts: Pick<PromptBroker, 'askHostKey' | 'askSecret'>;
  /** The whole test's bound (default TEST_BOUND_MS). */
  readonly boundMs?: number;
  /** Bound on each command (`show version`, `cat /etc/sf/sf-version`). */
  readonly commandTimeoutMs?: number;
  readonly timeouts?: Timeouts;
  readonly onStep?: (step: ConnectionTestStep) => void;
  readonly log?: Logger;
}

export interface ProfileTestOptions extends ConnectionTestOptions {
  /** The app's own known_hosts: an accepted key is written there. */
  readonly knownHostsPath: string;
  /** A secret saved for this profile in the vault, or undefined ("ask every time"). */
  readonly savedSecret: (kind: SecretKind) => Promise<string | undefined>;
  /** Called once a key was trusted (and written), whatever the outcome of the login after it. */
  readonly onKeyAccepted?: () => void;
}

interface Where {
  host: string;
  port: number;
}

const failure = (
  where: Where,
  started: number,
  fields: {
    readonly kind: ConnectionErrorKind;
    readonly message: ConnectionTestFailure['message'];
    readonly hostKey?: ConnectionTestFailure['hostKey'] | undefined;
    readonly knownHost?: ConnectionTestFailure['knownHost'] | undefined;
  },
): ConnectionTestFailure => ({
  ok: false,
  kind: fields.kind,
  message: fields.message,
  host: where.host,
  port: where.port,
  ...(fields.hostKey ? { hostKey: fields.hostKey } : {}),
  ...(fields.knownHost ? { knownHost: fields.knownHost } : {}),
  durationMs: Date.now() - started,
});

/** Any error as the typed failure the renderer shows: the SSH layer's kind and words, or ours. */
const toFailure = (error: unknown, where: Where, started: number): ConnectionTestFailure => {
  if (error instanceof LoginCancelledError) {
    return failure(where, started, { kind: 'cancelled', message: message('connection.errors.cancelled', { secret: message(`connection.secrets.${error.secret}`) }) });
  }
  if (isSshError(error)) {
    // Compiles only while every SshError kind is a ConnectionErrorKind.
    const kind: ConnectionErrorKind = error.kind;
    const key = isSshError(error, 'host-key-unknown') || isSshError(error, 'host-key-changed') ? error.details : undefined;
    const changed = isSshError(error, 'host-key-changed') ? error.details : undefined;
    return failure(where, started, {
      kind,
      message: error.userMessage,
      hostKey: key ? { keyType: key.keyType, fingerprint: key.fingerprint } : undefined,
      knownHost: changed ? { file: changed.file, line: changed.line } : undefined,
    });
  }
  const detail = deviceDetail(error instanceof Error ? error.message : String(error)) || 'unknown error';
  return failure(where, started, { kind: 'failed', message: message('connection.errors.failed', { detail }) });
};

/**
 * Run `work` within `boundMs`. Past it the test answers `test-timeout` at once; the signal then
 * aborts, which closes any dialog the test opened and the connection it holds.
 */
const runBounded = async (
  where: Where,
  options: ConnectionTestOptions,
  work: (signal: AbortSignal, started: number) => Promise<ConnectionTestSuccess>,
): Promise<ConnectionTestResult> => {
  const started = Date.now();
  const boundMs = options.boundMs ?? TEST_BOUND_MS;
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const overrun = new Promise<ConnectionTestResult>((resolve) => {
    timer = setTimeout(
      () => resolve(failure(where, started, { kind: 'test-timeout', message: message('connection.errors.testTimeout', { seconds: Math.round(boundMs / 100) / 10 }) })),
      boundMs,
    );
  });
  const result = await Promise.race([work(controller.signal, started).catch((error: unknown) => toFailure(error, where, started)), overrun]);
  clearTimeout(timer);
  controller.abort();
  (options.log ?? silentLogger).info('connection test finished', {
    host: where.host,
    port: where.port,
    ok: result.ok,
    kind: result.ok ? null : result.kind,
    durationMs: result.durationMs,
  });
  return result;
};

/** Log in, read the version, log out. The session is closed whatever happens, and at once on abort. */
const probe = async (
  connect: DeviceConnectOptions,
  trust: () => HostKeyTrust,
  signal: AbortSignal,
  started: number,
  options: ConnectionTestOptions,
): Promise<ConnectionTestSuccess> => {
  const step = (name: ConnectionTestStep) => {
    if (!signal.aborted) options.onStep?.(name);
  };
  step('connecting');
  const session = await connectDevice(connect);
  const closeNow = () => void session.close();
  signal.addEventListener('abort', closeNow, { once: true });
  try {
    if (signal.aborted) throw new Error('the test ended before the login finished');
    step('reading-version');
    const device = await readDeviceVersion(session, options.commandTimeoutMs ?? COMMAND_TIMEOUT_MS);
    step('disconnecting');
    const { info } = session;
    return {
      ok: true,
      device,
      host: info.host,
      port: info.port,
      username: info.username,
      hostKey: { ...info.hostKey, trust: trust() },
      algorithms: info.algorithms,
      authMethod: info.authMethod,
      landing: info.landing,
      durationMs: Date.now() - started,
    };
  } finally {
    signal.removeEventListener('abort', closeNow);
    await session.close();
  }
};

/** The fields of a host-key prompt (the broker's event schema is strict: no file path in it). */
const hostKeyQuestion = (info: HostKeyInfo) => ({
  role: info.role,
  host: info.host,
  port: info.port,
  keyType: info.keyType,
  fingerprint: info.fingerprint,
  otherKnownTypes: [...info.otherKnownTypes],
});

/**
 * "Test connection" for a saved device (issue 5, item 4): credentials from the vault or asked,
 * the host key checked against the app's known_hosts (an unknown one is shown to the admin and
 * written only if trusted; a changed one is refused naming its line), `show version`, then
 * disconnect. Always resolves, within its bound, with the device or the typed error.
 */
export const testProfileConnection = (profile: Profile, options: ProfileTestOptions): Promise<ConnectionTestResult> =>
  runBounded({ host: profile.host, port: profile.port }, options, async (signal, started) => {
    const login = await profileLogin(profile, {
      saved: options.savedSecret,
      ask: (request) => options.prompts.askSecret(request, signal),
    });
    let trust: HostKeyTrust = 'known';
    let accepted = false;
    try {
      return await probe(
        {
          host: profile.host,
          port: profile.port,
          username: profile.username,
          deviceType: profile.deviceType,
          knownHostsPath: options.knownHostsPath,
          ...login,
          onUnknownHostKey: async (info) => {
            const yes = await options.prompts.askHostKey(hostKeyQuestion(info), signal);
            if (yes) accepted = true;
            if (yes && info.role === 'target') trust = 'accepted';
            return yes && !signal.aborted;
          },
          modeChangeTimeoutMs: MODE_CHANGE_TIMEOUT_MS,
          ...(options.timeouts ? { timeouts: options.timeouts } : {}),
          ...(options.log ? { log: options.log } : {}),
        },
        () => trust,
        signal,
        started,
        options,
      );
    } finally {
      if (accepted) options.onKeyAccepted?.();
    }
  });

/**
 * "Test connection" for the built-in simulated device: a fresh one for this test alone, its key
 * trusted in its own private known_hosts (never the app's), so no dialog ever appears.
 */
export const testSimulatedConnection = (profile: Profile, options: ConnectionTestOptions): Promise<ConnectionTestResult> => {
  const where: Where = { host: profile.host, port: profile.port };
  return runBounded(where, options, async (signal, started) => {
    const demo = await startDemoDevice({ deviceType: profile.deviceType, region: profile.region });
    where.host = demo.connect.host;
    where.port = demo.connect.port ?? 22;
    try {
      return await probe(
        {
          ...demo.connect,
          modeChangeTimeoutMs: MODE_CHANGE_TIMEOUT_MS,
          ...(options.timeouts ? { timeouts: options.timeouts } : {}),
          ...(options.log ? { log: options.log } : {}),
        },
        () => 'simulated',
        signal,
        started,
        options,
      );
    } finally {
      await demo.close();
    }
  });
};
