import { randomUUID } from 'node:crypto';
import type { profilesInvoke } from '../../../shared/ipc/channels/profiles';
import { SIMULATED_PROFILE, SIMULATED_PROFILE_ID, type ProfileListItem } from '../../../shared/model/profile';
import { LockTimeoutError } from '../fs/file-lock';
import type { Handlers } from '../ipc/dispatch';
import { ServiceError } from '../ipc/service-error';
import { dataFiles } from '../paths';
import { applyImport, exportProfiles, parseImport, previewImport } from '../profiles/profile-exchange';
import { createProfileStore, notFound } from '../profiles/profile-store';
import { createSecretVault } from '../secrets/secret-vault';
import type { ServiceDeps } from './deps';

const builtIn = (): ServiceError => new ServiceError('forbidden', 'The simulated device is built in: it cannot be changed or deleted.');

/** A busy lock becomes a typed error the renderer can word ("another copy is saving"). */
const unlocked = async <T>(work: () => Promise<T>): Promise<T> => {
  try {
    return await work();
  } catch (error) {
    if (error instanceof LockTimeoutError) throw new ServiceError('unavailable', error.message);
    throw error;
  }
};

/**
 * The `profiles` channel group: the store and the vault behind the contract. Results carry
 * profiles and which secret kinds are saved, never a secret. Every change emits profilesChanged.
 */
export const createProfileHandlers = (deps: ServiceDeps): Pick<Handlers, keyof typeof profilesInvoke> => {
  const files = dataFiles(deps.userDataDir);
  const log = deps.log.child('profiles');
  const now = deps.now ?? (() => new Date());
  const store = createProfileStore({ path: files.profiles, log, now });
  const vault = createSecretVault({ path: files.secrets, log: deps.log.child('secrets'), ...(deps.encryptor ? { encryptor: deps.encryptor } : {}) });

  const simulated: ProfileListItem = { profile: SIMULATED_PROFILE, builtIn: true, savedSecrets: [] };
  const item = async (id: string): Promise<ProfileListItem> => {
    if (id === SIMULATED_PROFILE_ID) return simulated;
    const profile = await store.get(id);
    if (!profile) throw notFound(id);
    return { profile, builtIn: false, savedSecrets: await vault.kinds(id) };
  };
  const saved = async (id: string): Promise<void> => {
    if (id === SIMULATED_PROFILE_ID) throw builtIn();
    if (!(await store.get(id))) throw notFound(id);
  };

  return {
    listProfiles: async () => {
      const [{ profiles, notices }, secrets] = await Promise.all([store.list(), vault.allKinds()]);
      return {
        profiles: [simulated, ...profiles.map((profile) => ({ profile, builtIn: false, savedSecrets: secrets.get(profile.id) ?? [] }))],
        notices: [...notices, ...vault.notices()],
      };
    },
    getProfile: ({ id }) => item(id),
    createProfile: ({ draft }) =>
      unlocked(async () => {
        const outcome = await store.create(draft);
        if (outcome.ok) deps.events.emit('profilesChanged', { reason: 'created', id: outcome.profile.id });
        return outcome;
      }),
    updateProfile: ({ id, draft }) =>
      unlocked(async () => {
        if (id === SIMULATED_PROFILE_ID) throw builtIn();
        const outcome = await store.update(id, draft);
        if (outcome.ok) deps.events.emit('profilesChanged', { reason: 'updated', id });
        return outcome;
      }),
    duplicateProfile: ({ id }) =>
      unlocked(async () => {
        if (id === SIMULATED_PROFILE_ID) throw builtIn();
        const copy = await store.duplicate(id);
        deps.events.emit('profilesChanged', { reason: 'duplicated', id: copy.id });
        return copy;
      }),
    deleteProfile: ({ id }) =>
      unlocked(async () => {
        if (id === SIMULATED_PROFILE_ID) throw builtIn();
        await store.remove(id);
        await vault.delete(id);
        deps.events.emit('profilesChanged', { reason: 'deleted', id });
        return { id };
      }),
    previewProfileImport: async ({ text }) => {
      const parsed = await parseImport(text, now());
      if (!parsed.ok) return parsed;
      return { ok: true, preview: previewImport(parsed, (await store.list()).profiles) };
    },
    applyProfileImport: ({ text }) =>
      unlocked(async () => {
        const parsed = await parseImport(text, now());
        if (!parsed.ok) return parsed;
        const result = await store.mutate(async (current) => applyImport(parsed, current, now(), randomUUID));
        deps.events.emit('profilesChanged', { reason: 'imported' });
        return { ok: true, result };
      }),
    exportProfiles: async ({ ids }) => {
      const { profiles } = await store.list();
      return exportProfiles(ids ? profiles.filter((p) => ids.includes(p.id)) : profiles, now());
    },
    getSecretAvailability: () => vault.availability(),
    saveProfileSecret: ({ id, kind, value }) =>
      unlocked(async () => {
        await saved(id);
        const savedSecrets = await vault.set(id, kind, value);
        deps.events.emit('profilesChanged', { reason: 'secrets', id });
        return { savedSecrets };
      }),
    clearProfileSecrets: ({ id, kind }) =>
      unlocked(async () => {
        await saved(id);
        const savedSecrets = await vault.delete(id, kind);
        deps.events.emit('profilesChanged', { reason: 'secrets', id });
        return { savedSecrets };
      }),
  };
};
