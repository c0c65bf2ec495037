import { randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { message } from '../../../shared/i18n/message';
import type {
  DraftField,
  FieldError,
  Profile,
  ProfileDraft,
  ProfileInput,
  SaveOutcome,
  StoreNotice,
} from '../../../shared/model/profile';
import { isFullPath, NAME_MAX, sameName, validateProfileDraft } from '../../../shared/model/profile-rules';
import { writeFileAtomic } from '../fs/atomic-write';
import { withFileLock, type FileLockOptions } from '../fs/file-lock';
import { moveAside, readJsonFile } from '../fs/json-file';
import { ServiceError } from '../ipc/service-error';
import type { Logger } from '../log';
import { checkKeyFile } from './key-file';
import { interpretProfileDoc, PROFILE_FILE_VERSION, serializeProfileFile, type ProfileDocument } from './profile-file';

export interface ProfileStoreOptions {
  readonly path: string;
  readonly log: Logger;
  readonly now?: () => Date;
  readonly newId?: () => string;
  readonly lock?: FileLockOptions;
  /** Where `~` in key paths points (tests use a temp folder). */
  readonly home?: string;
}

/** The profiles as the admin should see them, and what they must be told about the file. */
export interface ProfileSnapshot {
  readonly profiles: readonly Profile[];
  readonly notices: readonly StoreNotice[];
}

/** A change to make under the lock: the new list (or undefined for no write) and what to return. */
export type Mutation<T> = (current: readonly Profile[]) => Promise<{ readonly profiles?: readonly Profile[]; readonly result: T }>;

export interface ProfileStore {
  readonly path: string;
  list(): Promise<ProfileSnapshot>;
  get(id: string): Promise<Profile | undefined>;
  findByName(name: string): Promise<Profile | undefined>;
  create(draft: ProfileDraft): Promise<SaveOutcome>;
  update(id: string, draft: ProfileDraft): Promise<SaveOutcome>;
  duplicate(id: string): Promise<Profile>;
  remove(id: string): Promise<Profile>;
  /** Read-modify-write under the file lock; the building block of everything that changes the file. */
  mutate<T>(change: Mutation<T>): Promise<T>;
}

interface Loaded extends ProfileDocument {
  readonly notices: readonly StoreNotice[];
  /** The bytes read, when they were an older version: kept as a backup before the first write. */
  readonly olderText?: string;
}

const EMPTY: Loaded = { version: PROFILE_FILE_VERSION, profiles: [], skipped: [], skippedNames: [], notices: [] };

export const notFound = (id: string): ServiceError => new ServiceError('not-found', `No saved device has the id "${id}".`);

/**
 * Device profiles in one versioned JSON file in the user-data folder, shared by the desktop app
 * and the CLI. Every change is a read-modify-write under a lock file, written atomically (temp
 * file + rename), so two writers never corrupt the file nor lose each other's update. Reads take
 * no lock: atomic writes mean a reader sees the old file or the new, never half of one.
 *
 * A file that cannot be read or understood is moved aside under its new name, reported as a
 * notice (kept for the life of this store), and never overwritten. A file from an older version
 * is migrated in memory; it is rewritten only by the next change, after a copy of the original
 * is kept as `<file>.v<N>.bak`.
 */
export const createProfileStore = (options: ProfileStoreOptions): ProfileStore => {
  const { path, log } = options;
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? randomUUID;
  const movedAside: StoreNotice[] = [];

  const read = async (mayMoveAside: boolean): Promise<Loaded | 'retry-locked'> => {
    const file = await readJsonFile(path);
    if (file.kind === 'missing') return EMPTY;
    const doc = file.kind === 'ok' ? interpretProfileDoc(file.value, now()) : undefined;
    if (doc?.kind === 'ok') {
      const notices: StoreNotice[] = [];
      if (doc.skippedNames.length > 0) notices.push({ kind: 'entries-skipped', names: doc.skippedNames });
      if (doc.version > PROFILE_FILE_VERSION) notices.push({ kind: 'newer-version', version: doc.version });
      return {
        ...doc,
        notices,
        ...(doc.version < PROFILE_FILE_VERSION && file.kind === 'ok' ? { olderText: file.text } : {}),
      };
    }
    if (!mayMoveAside) return 'retry-locked';
    const reason = file.kind === 'ok' ? 'unrecognized' : file.kind;
    const detail = file.kind === 'ok' ? (doc?.kind === 'unrecognized' ? doc.detail : '') : file.detail;
    const aside = await moveAside(path);
    const notice: StoreNotice = { kind: 'moved-aside', file: 'profiles', reason, movedTo: aside };
    movedAside.push(notice);
    log.warn('profile file unusable: moved aside, starting an empty list', { reason, detail, movedTo: aside });
    return EMPTY;
  };

  /** Under the lock: a bad file is confirmed by a second read before it is moved aside. */
  const readLocked = async (): Promise<Loaded> => (await read(true)) as Loaded;

  const load = async (): Promise<Loaded> => {
    const first = await read(false);
    return first === 'retry-locked' ? withFileLock(path, readLocked, options.lock) : first;
  };

  const keepBackup = async (text: string | undefined, version: number): Promise<void> => {
    if (text === undefined) return;
    const backup = `${path}.v${version}.bak`;
    try {
      await copyFile(path, backup, constants.COPYFILE_EXCL);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      await copyFile(path, `${backup.slice(0, -4)}-${now().getTime()}.bak`, constants.COPYFILE_EXCL);
    }
    log.info('profile file migrated; original kept', { fromVersion: version, backup });
  };

  const mutate = <T>(change: Mutation<T>): Promise<T> =>
    withFileLock(
      path,
      async () => {
        const current = await readLocked();
        if (current.version > PROFILE_FILE_VERSION) {
          throw new ServiceError('conflict', `${path} was written by a newer version of the app (format ${current.version}); update the app to change devices.`);
        }
        const { profiles, result } = await change(current.profiles);
        if (profiles) {
          await keepBackup(current.olderText, current.version);
          await writeFileAtomic(path, serializeProfileFile(profiles, current.skipped), { mode: 0o600 });
        }
        return result;
      },
      options.lock,
    );

  /** The rules of profile-rules.ts, then the ones that need the disk and the other profiles. */
  const check = async (draft: ProfileDraft, others: readonly Profile[]): Promise<{ ok: true; input: ProfileInput } | { ok: false; errors: FieldError[] }> => {
    const validation = validateProfileDraft(draft);
    const errors: FieldError[] = [...validation.errors];
    const has = (field: DraftField) => errors.some((e) => e.field === field);
    const name = draft.name.trim();
    if (!has('name') && others.some((p) => sameName(p.name, name))) {
      errors.push({ field: 'name', message: message('profiles.validation.nameTaken', { name }) });
    }
    const keyChecks: [DraftField, string][] = [];
    if (draft.auth === 'key') keyChecks.push(['keyPath', draft.keyPath.trim()]);
    if (draft.jump.trim() !== '' && draft.jumpAuth === 'key') keyChecks.push(['jumpKeyPath', draft.jumpKeyPath.trim()]);
    for (const [field, keyPath] of keyChecks) {
      if (has(field) || !isFullPath(keyPath)) continue;
      const problem = await checkKeyFile(keyPath, options.home);
      if (problem) errors.push({ field, message: message(problem, { path: keyPath }) });
    }
    if (errors.length > 0 || !validation.ok) return { ok: false, errors };
    return { ok: true, input: validation.value };
  };

  const stamp = (): string => now().toISOString();

  return {
    path,
    list: async () => {
      const loaded = await load();
      return { profiles: loaded.profiles, notices: [...movedAside, ...loaded.notices] };
    },
    get: async (id) => (await load()).profiles.find((p) => p.id === id),
    findByName: async (name) => (await load()).profiles.find((p) => sameName(p.name, name)),
    create: (draft) =>
      mutate<SaveOutcome>(async (current) => {
        const checked = await check(draft, current);
        if (!checked.ok) return { result: { ok: false, errors: checked.errors } };
        const time = stamp();
        const profile: Profile = { ...checked.input, id: newId(), createdAt: time, updatedAt: time };
        return { profiles: [...current, profile], result: { ok: true, profile } };
      }),
    update: (id, draft) =>
      mutate<SaveOutcome>(async (current) => {
        const existing = current.find((p) => p.id === id);
        if (!existing) throw notFound(id);
        const checked = await check(draft, current.filter((p) => p.id !== id));
        if (!checked.ok) return { result: { ok: false, errors: checked.errors } };
        const profile: Profile = { ...checked.input, id, createdAt: existing.createdAt, updatedAt: stamp() };
        return { profiles: current.map((p) => (p.id === id ? profile : p)), result: { ok: true, profile } };
      }),
    duplicate: (id) =>
      mutate(async (current) => {
        const source = current.find((p) => p.id === id);
        if (!source) throw notFound(id);
        const time = stamp();
        const copy: Profile = { ...source, id: newId(), name: copyName(source.name, current), createdAt: time, updatedAt: time };
        return { profiles: [...current, copy], result: copy };
      }),
    remove: (id) =>
      mutate(async (current) => {
        const removed = current.find((p) => p.id === id);
        if (!removed) throw notFound(id);
        return { profiles: current.filter((p) => p.id !== id), result: removed };
      }),
    mutate,
  };
};

/** `Seoul FTD` → `Seoul FTD (2)`, then `(3)`…: language-neutral, and never a taken name. */
export const copyName = (name: string, existing: readonly Profile[]): string => {
  const base = name.replace(/ \(\d+\)$/, '');
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, NAME_MAX - suffix.length)}${suffix}`;
    if (!existing.some((p) => sameName(p.name, candidate))) return candidate;
  }
};
