import type { connectionInvoke } from '../../../shared/ipc/channels/connection';
import { SIMULATED_PROFILE, SIMULATED_PROFILE_ID } from '../../../shared/model/profile';
import { testProfileConnection, testSimulatedConnection } from '../connection/test-connection';
import type { Handlers } from '../ipc/dispatch';
import { dataFiles } from '../paths';
import { createProfileStore, notFound } from '../profiles/profile-store';
import { createSecretVault } from '../secrets/secret-vault';
import { listKnownHosts, removeKnownHost } from '../ssh/known-hosts/known-hosts-file';
import type { ServiceDeps } from './deps';
import type { SharedServices } from './shared-services';

/**
 * The `connection` channel group: "Test connection" over the profile store, the vault and the
 * prompt broker, and the app's known_hosts for Settings. Progress and trusted/removed keys are
 * events; results carry the device or a typed error, never a secret.
 */
export const createConnectionHandlers = (deps: ServiceDeps, shared: SharedServices): Pick<Handlers, keyof typeof connectionInvoke> => {
  const files = dataFiles(deps.userDataDir);
  const log = deps.log.child('connection');
  const store = createProfileStore({ path: files.profiles, log: deps.log.child('profiles') });
  const vault = createSecretVault({ path: files.secrets, log: deps.log.child('secrets'), ...(deps.encryptor ? { encryptor: deps.encryptor } : {}) });

  return {
    testConnection: async ({ profileId }) => {
      const common = {
        prompts: shared.prompts,
        onStep: (step: 'connecting' | 'reading-version' | 'disconnecting') => deps.events.emit('connectionTestProgress', { profileId, step }),
        log,
      };
      if (profileId === SIMULATED_PROFILE_ID) return testSimulatedConnection(SIMULATED_PROFILE, common);
      const profile = await store.get(profileId);
      if (!profile) throw notFound(profileId);
      return testProfileConnection(profile, {
        ...common,
        knownHostsPath: files.knownHosts,
        savedSecret: (kind) => vault.get(profileId, kind),
        onKeyAccepted: () => deps.events.emit('knownHostsChanged', { reason: 'accepted' }),
      });
    },
    listKnownHosts: async () => ({ file: files.knownHosts, entries: await listKnownHosts(files.knownHosts) }),
    removeKnownHost: async ({ line, fingerprint }) => {
      const removed = await removeKnownHost(files.knownHosts, { line, fingerprint });
      if (removed) {
        log.info('known host removed', { line, fingerprint });
        deps.events.emit('knownHostsChanged', { reason: 'removed' });
      }
      return { removed };
    },
  };
};
