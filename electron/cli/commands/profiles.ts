import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { render } from '../../../shared/i18n/translate';
import { IMPORT_TEXT_MAX } from '../../../shared/ipc/channels/profiles';
import { DEVICE_TYPES, REGIONS } from '../../../shared/model/device';
import { formatJumpHost } from '../../../shared/model/jump-host';
import {
  AUTH_METHODS,
  SIMULATED_PROFILE,
  type DraftField,
  type Profile,
  type ProfileAuth,
  type ProfileDraft,
  type StoreNotice,
} from '../../../shared/model/profile';
import { EMPTY_DRAFT, isReservedName } from '../../../shared/model/profile-rules';
import { writeFileAtomic } from '../../services/fs/atomic-write';
import { silentLogger } from '../../services/log';
import { dataFiles, defaultUserDataDir } from '../../services/paths';
import { applyImport, exportProfiles, parseImport, previewImport } from '../../services/profiles/profile-exchange';
import { createProfileStore, type ProfileStore } from '../../services/profiles/profile-store';
import { EXIT, UsageError, type CliIo, type ExitCode } from '../io';
import type { Command } from './registry';

const USAGE =
  'profiles list|show NAME|add NAME --host H [--port P] --user U [--device-type ftd|fmc] [--region us|eu|apj] ' +
  '[--auth password|key|agent] [--key FILE] [--jump user@host:port [--jump-auth password|key|agent] [--jump-key FILE]] ' +
  '[--notes T]|remove NAME|import FILE [--dry-run]|export [--out FILE]  [--profiles FILE]';

/**
 * The profile file the CLI reads: `--profiles FILE`, else the desktop app's own (the same
 * user-data folder Electron uses, so both see the same devices).
 */
export const profileStorePath = (option: string | undefined, io: Pick<CliIo, 'cwd' | 'env'>): string =>
  option ? resolve(io.cwd, option) : dataFiles(defaultUserDataDir(process.platform, io.env)).profiles;

const OPTIONS = {
  profiles: { type: 'string' },
  host: { type: 'string' },
  port: { type: 'string' },
  user: { type: 'string' },
  'device-type': { type: 'string' },
  region: { type: 'string' },
  auth: { type: 'string' },
  key: { type: 'string' },
  jump: { type: 'string' },
  'jump-auth': { type: 'string' },
  'jump-key': { type: 'string' },
  notes: { type: 'string' },
  out: { type: 'string' },
  'dry-run': { type: 'boolean' },
} as const;

type Values = ReturnType<typeof parse>['values'];

const parse = (args: readonly string[]) => {
  try {
    return parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`profiles: ${error instanceof Error ? error.message : String(error)}`);
  }
};

/** Options a subcommand accepts beyond --profiles; anything else is a usage error, not ignored. */
const ALLOWED: Readonly<Record<string, readonly (keyof typeof OPTIONS)[]>> = {
  list: [],
  show: [],
  add: ['host', 'port', 'user', 'device-type', 'region', 'auth', 'key', 'jump', 'jump-auth', 'jump-key', 'notes'],
  remove: [],
  import: ['dry-run'],
  export: ['out'],
};
const ARITY: Readonly<Record<string, number>> = { list: 0, show: 1, add: 1, remove: 1, import: 1, export: 0 };

const choice = <T extends string>(flag: string, values: readonly T[], value: string | undefined): T | undefined => {
  if (value === undefined) return undefined;
  const found = values.find((v) => v === value.toLowerCase());
  if (!found) throw new UsageError(`profiles: --${flag} must be one of ${values.join(', ')} (got "${value}").`);
  return found;
};

const FLAG_OF: Readonly<Record<DraftField, string>> = {
  name: 'NAME',
  host: '--host',
  port: '--port',
  username: '--user',
  auth: '--auth',
  keyPath: '--key',
  deviceType: '--device-type',
  region: '--region',
  jump: '--jump',
  jumpAuth: '--jump-auth',
  jumpKeyPath: '--jump-key',
  notes: '--notes',
};

/** The add command's flags as the profile form: the store then applies exactly the app's rules. */
const draftFromFlags = (name: string, values: Values, cwd: string): ProfileDraft => {
  if (values.host === undefined) throw new UsageError('profiles add: --host is required.');
  if (values.user === undefined) throw new UsageError('profiles add: --user is required.');
  const absolute = (path: string | undefined) => (path === undefined || path.startsWith('~') || isAbsolute(path) ? path : resolve(cwd, path));
  const keyPath = absolute(values.key);
  const jumpKeyPath = absolute(values['jump-key']);
  return {
    ...EMPTY_DRAFT,
    name,
    host: values.host,
    port: values.port ?? EMPTY_DRAFT.port,
    username: values.user,
    auth: choice('auth', AUTH_METHODS, values.auth) ?? (keyPath ? 'key' : 'password'),
    keyPath: keyPath ?? '',
    deviceType: choice('device-type', DEVICE_TYPES, values['device-type']) ?? EMPTY_DRAFT.deviceType,
    region: choice('region', REGIONS, values.region) ?? EMPTY_DRAFT.region,
    jump: values.jump ?? '',
    jumpAuth: choice('jump-auth', AUTH_METHODS, values['jump-auth']) ?? (jumpKeyPath ? 'key' : 'agent'),
    jumpKeyPath: jumpKeyPath ?? '',
    notes: values.notes ?? '',
  };
};

const authText = (auth: ProfileAuth): string => (auth.method === 'key' ? `key ${auth.keyPath}` : auth.method);

/** A plain-text table: columns padded to their widest cell, two spaces apart. */
export const formatTable = (rows: readonly (readonly string[])[]): string => {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd()).join('\n');
};

const listTable = (profiles: readonly Profile[]): string =>
  formatTable([
    ['NAME', 'TYPE', 'REGION', 'HOST', 'PORT', 'USER', 'AUTH', 'JUMP'],
    ...[SIMULATED_PROFILE, ...profiles].map((p) => [
      p === SIMULATED_PROFILE ? `${p.name} (built in)` : p.name,
      p.deviceType.toUpperCase(),
      p.region.toUpperCase(),
      p.host,
      String(p.port),
      p.username,
      p.auth.method,
      p.jump ? formatJumpHost(p.jump) : '-',
    ]),
  ]);

const showText = (profile: Profile, builtIn: boolean): string =>
  [
    ['name', profile.name],
    ...(builtIn ? [['built in', 'yes: the simulated device']] : [['id', profile.id]]),
    ['device type', profile.deviceType.toUpperCase()],
    ['region', profile.region.toUpperCase()],
    ['host', profile.host],
    ['port', String(profile.port)],
    ['user', profile.username],
    ['auth', authText(profile.auth)],
    ['jump host', profile.jump ? `${formatJumpHost(profile.jump)} (${authText(profile.jump.auth)})` : '-'],
    ['notes', profile.notes.replace(/\s*\n\s*/g, ' ') || '-'],
    ...(builtIn ? [] : [['created', profile.createdAt], ['updated', profile.updatedAt]]),
  ]
    .map(([label, value]) => `${`${label}:`.padEnd(13)}${value}`)
    .join('\n');

const noticeText = (notice: StoreNotice): string => {
  switch (notice.kind) {
    case 'moved-aside':
      return render('en', {
        key: notice.file === 'profiles' ? 'profiles.notices.movedAside' : 'profiles.notices.secretsMovedAside',
        params: { reason: render('en', { key: `profiles.notices.reasons.${notice.reason}` }), movedTo: notice.movedTo },
      });
    case 'entries-skipped':
      return render('en', { key: 'profiles.notices.entriesSkipped', params: { names: notice.names.join(', ') } });
    case 'newer-version':
      return render('en', { key: 'profiles.notices.newerVersion', params: { version: notice.version } });
  }
};

const listWithNotices = async (store: ProfileStore, io: CliIo) => {
  const snapshot = await store.list();
  for (const notice of snapshot.notices) io.stderr.write(`warning: ${noticeText(notice)}\n`);
  return snapshot.profiles;
};

const byName = async (store: ProfileStore, name: string, io: CliIo): Promise<Profile> => {
  const profiles = await listWithNotices(store, io);
  const found = profiles.find((p) => p.name.localeCompare(name, undefined, { sensitivity: 'accent' }) === 0);
  if (!found) throw new UsageError(`profiles: no device named "${name}" in ${store.path}.`);
  return found;
};

const readImportFile = async (file: string): Promise<string> => {
  try {
    const info = await stat(file);
    if (info.size > IMPORT_TEXT_MAX) throw new UsageError(`profiles import: ${file} is too large to be a device list (${info.size} bytes).`);
    return await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`profiles import: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
};

const run = async (args: readonly string[], io: CliIo): Promise<ExitCode> => {
  const { values, positionals } = parse(args);
  const [sub, ...operands] = positionals;
  if (sub === undefined || !(sub in ALLOWED)) {
    throw new UsageError(sub === undefined ? `usage: firepower-cloud-doctor ${USAGE}` : `profiles: unknown subcommand "${sub}".`);
  }
  const extra = Object.keys(values).filter((flag) => flag !== 'profiles' && !ALLOWED[sub]?.includes(flag as keyof typeof OPTIONS));
  if (extra.length > 0) throw new UsageError(`profiles ${sub}: --${extra[0]} does not apply here.`);
  if (operands.length !== ARITY[sub]) {
    throw new UsageError(`profiles ${sub}: expected ${ARITY[sub] === 1 ? 'one argument' : 'no argument'}, got ${operands.length}.`);
  }
  const operand = operands[0] ?? '';
  const store = createProfileStore({ path: profileStorePath(values.profiles, io), log: silentLogger });

  switch (sub) {
    case 'list': {
      io.stdout.write(`${listTable(await listWithNotices(store, io))}\n`);
      return EXIT.healthy;
    }
    case 'show': {
      if (isReservedName(operand)) {
        io.stdout.write(`${showText(SIMULATED_PROFILE, true)}\n`);
        return EXIT.healthy;
      }
      io.stdout.write(`${showText(await byName(store, operand, io), false)}\n`);
      return EXIT.healthy;
    }
    case 'add': {
      const outcome = await store.create(draftFromFlags(operand, values, io.cwd));
      if (!outcome.ok) {
        const reasons = outcome.errors.map((e) => `${FLAG_OF[e.field]}: ${render('en', e.message)}`);
        throw new UsageError(`profiles add: ${reasons.join(' ')}`.replace(/[\r\n]+/g, ' '));
      }
      io.stdout.write(`added "${outcome.profile.name}" (${outcome.profile.id})\n`);
      return EXIT.healthy;
    }
    case 'remove': {
      if (isReservedName(operand)) throw new UsageError('profiles remove: the simulated device is built in and cannot be removed.');
      const target = await byName(store, operand, io);
      await store.remove(target.id);
      io.stdout.write(`removed "${target.name}"\n`);
      return EXIT.healthy;
    }
    case 'import': {
      const parsed = await parseImport(await readImportFile(resolve(io.cwd, operand)), new Date());
      if (!parsed.ok) throw new UsageError(`profiles import: ${render('en', parsed.error)}`);
      const preview = previewImport(parsed, await listWithNotices(store, io));
      for (const item of preview.items) {
        io.stdout.write(`${values['dry-run'] ? 'would ' : ''}${item.action} "${item.name}" (${item.host})\n`);
        for (const warning of item.warnings) io.stderr.write(`warning: "${item.name}": ${render('en', warning)}\n`);
      }
      for (const entry of preview.invalid) {
        const what = entry.name ? `"${entry.name}"` : `entry ${entry.position}`;
        io.stderr.write(`skipped ${what}: ${entry.errors.map((e) => render('en', e)).join(' ')}\n`);
      }
      if (values['dry-run']) return EXIT.healthy;
      const result = await store.mutate(async (current) => applyImport(parsed, current, new Date(), randomUUID));
      io.stdout.write(`imported: ${result.added} added, ${result.replaced} replaced, ${result.invalid} skipped\n`);
      return EXIT.healthy;
    }
    case 'export': {
      const exported = exportProfiles(await listWithNotices(store, io), new Date());
      if (!values.out) {
        io.stdout.write(exported.text);
        return EXIT.healthy;
      }
      await writeFileAtomic(resolve(io.cwd, values.out), exported.text, { mode: 0o600 });
      io.stderr.write(`exported ${exported.count} device(s) to ${resolve(io.cwd, values.out)} (no secrets)\n`);
      return EXIT.healthy;
    }
    default:
      throw new UsageError(`profiles: unknown subcommand "${sub}".`);
  }
};

/**
 * `firepower-cloud-doctor profiles …`: the same store as the desktop app. It never stores a
 * secret (PRODUCT.md: the CLI takes them from the environment, an agent or a prompt).
 */
export const profilesCommand: Command = {
  name: 'profiles',
  summary: 'List, show, add, remove, import and export saved devices (no secrets).',
  usage: USAGE,
  run,
};
