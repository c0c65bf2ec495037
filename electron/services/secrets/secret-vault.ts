import type { SecretAvailability, SecretKind, StoreNotice } from '../../../shared/model/profile';
import { SECRET_KINDS } from '../../../shared/model/profile';
import { writeFileAtomic } from '../fs/atomic-write';
import { withFileLock, type FileLockOptions } from '../fs/file-lock';
import { moveAside, readJsonFile } from '../fs/json-file';
import { ServiceError } from '../ipc/service-error';
import type { Logger } from '../log';
import { PLAINTEXT_BACKENDS, type Encryptor } from './encryptor';

/**
 * Saved secrets, by profile id and kind, apart from the profiles (ARCHITECTURE rule 12). Nothing
 * is ever returned to the renderer; `get` is for the main process when it connects.
 */
export interface SecretVault {
  availability(): Promise<SecretAvailability>;
  get(profileId: string, kind: SecretKind): Promise<string | undefined>;
  set(profileId: string, kind: SecretKind, value: string): Promise<readonly SecretKind[]>;
  /** Forget one kind, or every secret of the profile when no kind is given. */
  delete(profileId: string, kind?: SecretKind): Promise<readonly SecretKind[]>;
  /** Which kinds a profile has saved, without decrypting anything. */
  kinds(profileId: string): Promise<readonly SecretKind[]>;
  /** Every profile id with saved kinds, for the list in one read. */
  allKinds(): Promise<ReadonlyMap<string, readonly SecretKind[]>>;
  notices(): readonly StoreNotice[];
}

/** `{ version: 1, secrets: { <profile id>: { <kind>: <base64 ciphertext> } } }`, mode 0600. */
interface VaultFile {
  readonly version: 1;
  readonly secrets: Readonly<Record<string, Readonly<Partial<Record<SecretKind, string>>>>>;
}

const EMPTY: VaultFile = { version: 1, secrets: {} };

const isVaultFile = (value: unknown): value is VaultFile => {
  if (typeof value !== 'object' || value === null) return false;
  const doc = value as Record<string, unknown>;
  if (doc.version !== 1 || typeof doc.secrets !== 'object' || doc.secrets === null || Array.isArray(doc.secrets)) return false;
  return Object.values(doc.secrets).every(
    (entry) =>
      typeof entry === 'object' &&
      entry !== null &&
      Object.entries(entry).every(([kind, data]) => (SECRET_KINDS as readonly string[]).includes(kind) && typeof data === 'string'),
  );
};

const kindsOf = (entry: Partial<Record<SecretKind, string>> | undefined): SecretKind[] =>
  SECRET_KINDS.filter((kind) => entry?.[kind] !== undefined);

/** Thrown when there is no real encryption: the secret is not saved, and the message says why. */
export const secretsUnavailable = (availability: SecretAvailability): ServiceError =>
  new ServiceError(
    'unavailable',
    `Secrets cannot be saved on this computer (${availability.state === 'unavailable' ? availability.reason : ''}); they will be asked for every time.`,
  );

/**
 * The vault over an Encryptor (safeStorage in the app). Without one, or when the OS offers no
 * real encryption, it refuses to save (and says why) rather than write a secret in the clear:
 * the app then asks every time. Ciphertext only ever reaches the disk, base64, in a 0600 file
 * written atomically under the same kind of lock as the profiles.
 */
export const createSecretVault = (options: {
  readonly path: string;
  readonly encryptor?: Encryptor;
  readonly log: Logger;
  readonly lock?: FileLockOptions;
}): SecretVault => {
  const { path, encryptor, log } = options;
  const notices: StoreNotice[] = [];

  const read = async (mayMoveAside: boolean): Promise<VaultFile | 'retry-locked'> => {
    const file = await readJsonFile(path);
    if (file.kind === 'missing') return EMPTY;
    if (file.kind === 'ok' && isVaultFile(file.value)) return file.value;
    if (!mayMoveAside) return 'retry-locked';
    const reason = file.kind === 'ok' ? 'unrecognized' : file.kind;
    const movedTo = await moveAside(path);
    notices.push({ kind: 'moved-aside', file: 'secrets', reason, movedTo });
    log.warn('secrets file unusable: moved aside', { reason, movedTo });
    return EMPTY;
  };
  const readLocked = async () => (await read(true)) as VaultFile;
  const load = async (): Promise<VaultFile> => {
    const first = await read(false);
    return first === 'retry-locked' ? withFileLock(path, readLocked, options.lock) : first;
  };
  const change = (fn: (file: VaultFile) => Promise<VaultFile>): Promise<VaultFile> =>
    withFileLock(
      path,
      async () => {
        const next = await fn(await readLocked());
        await writeFileAtomic(path, `${JSON.stringify(next, null, 2)}\n`, { mode: 0o600 });
        return next;
      },
      options.lock,
    );

  const availability = async (): Promise<SecretAvailability> => {
    if (!encryptor) return { state: 'unavailable', reason: 'no-encryptor' };
    const available = await encryptor.isAvailable().catch(() => false);
    const backend = encryptor.backend;
    const withBackend = backend === undefined ? {} : { backend };
    if (!available) return { state: 'unavailable', reason: 'os-unavailable', ...withBackend };
    if (backend !== undefined && PLAINTEXT_BACKENDS.includes(backend)) {
      return { state: 'unavailable', reason: 'plaintext-backend', backend };
    }
    return { state: 'encrypted', ...withBackend };
  };

  const without = (file: VaultFile, profileId: string, kind?: SecretKind): VaultFile => {
    const { [profileId]: entry, ...others } = file.secrets;
    if (!entry || kind === undefined) return { version: 1, secrets: others };
    const { [kind]: _gone, ...rest } = entry;
    return { version: 1, secrets: kindsOf(rest).length > 0 ? { ...others, [profileId]: rest } : others };
  };

  return {
    availability,
    get: async (profileId, kind) => {
      const data = (await load()).secrets[profileId]?.[kind];
      if (data === undefined) return undefined;
      if (!encryptor || (await availability()).state !== 'encrypted') return undefined;
      try {
        return await encryptor.decrypt(Buffer.from(data, 'base64'));
      } catch {
        // Keyring reset, or the file came from another machine: the admin types it again.
        log.warn('a saved secret could not be decrypted', { profileId, kind });
        return undefined;
      }
    },
    set: async (profileId, kind, value) => {
      const state = await availability();
      if (state.state !== 'encrypted' || !encryptor) throw secretsUnavailable(state);
      const data = (await encryptor.encrypt(value)).toString('base64');
      const next = await change(async (file) => ({
        version: 1,
        secrets: { ...file.secrets, [profileId]: { ...file.secrets[profileId], [kind]: data } },
      }));
      return kindsOf(next.secrets[profileId]);
    },
    delete: async (profileId, kind) => {
      if (kindsOf((await load()).secrets[profileId]).length === 0) return [];
      const next = await change(async (file) => without(file, profileId, kind));
      return kindsOf(next.secrets[profileId]);
    },
    kinds: async (profileId) => kindsOf((await load()).secrets[profileId]),
    allKinds: async () => {
      const file = await load();
      return new Map(Object.entries(file.secrets).map(([id, entry]) => [id, kindsOf(entry)] as const));
    },
    notices: () => [...notices],
  };
};
