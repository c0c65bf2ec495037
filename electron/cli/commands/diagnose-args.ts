import { parseArgs } from 'node:util';
import { DEVICE_TYPES, REGIONS, type DeviceType, type Region } from '../../../shared/model/device';
import { LANGUAGES, type Lang } from '../../../shared/i18n/dictionary';
import { UsageError } from '../io';

/** How the CLI authenticates: secrets only from the environment or an agent (PRODUCT.md, CLI contract). */
export type CliAuth =
  | { readonly kind: 'password'; readonly passwordEnv: string }
  | { readonly kind: 'key'; readonly keyFile: string; readonly passphraseEnv?: string }
  | { readonly kind: 'agent' };

export interface CommonOutput {
  readonly format: 'text' | 'json';
  readonly out?: string;
  readonly pdf?: string;
  readonly lang: Lang;
  readonly answersFile?: string;
  readonly verbose: boolean;
}

export type DiagnoseTarget =
  | {
      readonly kind: 'host';
      readonly host: string;
      readonly port: number;
      readonly user: string;
      readonly auth: CliAuth;
      readonly sudoPasswordEnv?: string;
      readonly jump?: string;
      readonly deviceType: DeviceType;
      readonly region: Region;
      readonly knownHosts?: string;
      readonly acceptNewHostKey: boolean;
    }
  | {
      readonly kind: 'profile';
      readonly profile: string;
      readonly profilesFile?: string;
      readonly passwordEnv?: string;
      readonly passphraseEnv?: string;
      readonly sudoPasswordEnv?: string;
      readonly knownHosts?: string;
      readonly acceptNewHostKey: boolean;
      readonly deviceType?: DeviceType;
      readonly region?: Region;
    }
  | { readonly kind: 'demo'; readonly scenario?: string; readonly deviceType?: DeviceType; readonly region?: Region };

export type DiagnoseRequest = { readonly target: DiagnoseTarget } & CommonOutput;

const OPTIONS = {
  host: { type: 'string' },
  port: { type: 'string' },
  user: { type: 'string' },
  'password-env': { type: 'string' },
  key: { type: 'string' },
  'passphrase-env': { type: 'string' },
  agent: { type: 'boolean' },
  'sudo-password-env': { type: 'string' },
  jump: { type: 'string' },
  'device-type': { type: 'string' },
  region: { type: 'string' },
  'known-hosts': { type: 'string' },
  'accept-new-host-key': { type: 'boolean' },
  answers: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  pdf: { type: 'string' },
  lang: { type: 'string' },
  profile: { type: 'string' },
  profiles: { type: 'string' },
  demo: { type: 'boolean' },
  verbose: { type: 'boolean', short: 'v' },
} as const;

/** Flags that would put a secret on the command line (visible in ps and shell history). */
const SECRET_FLAGS = ['--password', '--passphrase', '--sudo-password', '--secret'];

const oneOf = <T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined => {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}").`);
  }
  return value as T;
};

const JUMP = /^[A-Za-z0-9._-]+@[A-Za-z0-9.:\-[\]]+(:\d{1,5})?$/;
const HOST = /^[A-Za-z0-9.-]{1,253}$|^\[?[0-9A-Fa-f:]+\]?$/;

/**
 * Parse `diagnose` arguments into a typed request, or throw a UsageError with one line a user
 * can act on. `--demo` takes an optional scenario name as the next word.
 */
export const parseDiagnoseArgs = (argv: readonly string[]): DiagnoseRequest => {
  const secretFlag = argv.find((a) => SECRET_FLAGS.some((f) => a === f || a.startsWith(`${f}=`)));
  if (secretFlag) {
    throw new UsageError(
      `${secretFlag.split('=')[0]} is not accepted: secrets never go on the command line. Use --password-env VAR (or --passphrase-env / --sudo-password-env), --key FILE or --agent.`,
    );
  }
  const args = [...argv];
  let scenario: string | undefined;
  const demoAt = args.indexOf('--demo');
  if (demoAt >= 0 && args[demoAt + 1] !== undefined && !args[demoAt + 1]!.startsWith('-')) {
    scenario = args.splice(demoAt + 1, 1)[0];
  }
  let values: { [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'boolean' ? boolean : string };
  try {
    ({ values } = parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, ''));
  }

  const output: CommonOutput = {
    format: oneOf('format', values.format, ['text', 'json'] as const) ?? 'text',
    lang: oneOf('lang', values.lang, LANGUAGES) ?? 'en',
    verbose: values.verbose ?? false,
    ...(values.out ? { out: values.out } : {}),
    ...(values.pdf ? { pdf: values.pdf } : {}),
    ...(values.answers ? { answersFile: values.answers } : {}),
  };
  const deviceType = oneOf('device-type', values['device-type'], DEVICE_TYPES);
  const region = oneOf('region', values.region, REGIONS);
  const modes = [values.demo, values.profile !== undefined, values.host !== undefined].filter(Boolean).length;
  if (modes !== 1) {
    throw new UsageError('Give exactly one of --host H, --profile NAME or --demo [SCENARIO].');
  }

  if (values.demo) {
    return {
      target: { kind: 'demo', ...(scenario ? { scenario } : {}), ...(deviceType ? { deviceType } : {}), ...(region ? { region } : {}) },
      ...output,
    };
  }

  const acceptNewHostKey = values['accept-new-host-key'] ?? false;
  if (values.profile !== undefined) {
    return {
      target: {
        kind: 'profile',
        profile: values.profile,
        acceptNewHostKey,
        ...(values.profiles ? { profilesFile: values.profiles } : {}),
        ...(values['password-env'] ? { passwordEnv: values['password-env'] } : {}),
        ...(values['passphrase-env'] ? { passphraseEnv: values['passphrase-env'] } : {}),
        ...(values['sudo-password-env'] ? { sudoPasswordEnv: values['sudo-password-env'] } : {}),
        ...(values['known-hosts'] ? { knownHosts: values['known-hosts'] } : {}),
        ...(deviceType ? { deviceType } : {}),
        ...(region ? { region } : {}),
      },
      ...output,
    };
  }

  const host = values.host ?? '';
  if (!HOST.test(host)) throw new UsageError(`--host "${host}" is not a host name or IP address.`);
  const port = values.port === undefined ? 22 : Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new UsageError(`--port must be a number from 1 to 65535 (got "${values.port}").`);
  }
  if (!values.user) throw new UsageError('--user is required with --host.');
  const authModes = [values['password-env'] !== undefined, values.key !== undefined, values.agent === true].filter(Boolean).length;
  if (authModes !== 1) {
    throw new UsageError('Give exactly one way to log in: --password-env VAR, --key FILE or --agent.');
  }
  if (values['passphrase-env'] && !values.key) throw new UsageError('--passphrase-env goes with --key FILE.');
  if (values.jump && !JUMP.test(values.jump)) throw new UsageError(`--jump must look like user@host:port (got "${values.jump}").`);
  const auth: CliAuth = values.key
    ? { kind: 'key', keyFile: values.key, ...(values['passphrase-env'] ? { passphraseEnv: values['passphrase-env'] } : {}) }
    : values.agent
      ? { kind: 'agent' }
      : { kind: 'password', passwordEnv: values['password-env'] ?? '' };
  return {
    target: {
      kind: 'host',
      host,
      port,
      user: values.user,
      auth,
      deviceType: deviceType ?? 'ftd',
      region: region ?? 'us',
      acceptNewHostKey,
      ...(values['sudo-password-env'] ? { sudoPasswordEnv: values['sudo-password-env'] } : {}),
      ...(values.jump ? { jump: values.jump } : {}),
      ...(values['known-hosts'] ? { knownHosts: values['known-hosts'] } : {}),
    },
    ...output,
  };
};

/** Read a secret from the environment variable the user named; a missing one is a usage error. */
export const secretFromEnv = (env: Readonly<Record<string, string | undefined>>, name: string, flag: string): string => {
  const value = env[name];
  if (value === undefined || value === '') {
    throw new UsageError(`${flag} ${name}: the environment variable ${name} is not set.`);
  }
  return value;
};
