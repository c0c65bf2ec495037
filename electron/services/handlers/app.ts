import type { appInvoke } from '../../../shared/ipc/channels/app';
import { APP_META } from '../app-meta';
import type { Handlers } from '../ipc/dispatch';
import { dataFiles } from '../paths';
import { createSettingsStore } from '../settings/settings-store';
import type { ServiceDeps } from './deps';

export const createAppHandlers = (deps: ServiceDeps): Pick<Handlers, keyof typeof appInvoke> => {
  const store = createSettingsStore(dataFiles(deps.userDataDir).settings, deps.log.child('settings'));
  return {
    getAppInfo: () => ({ ...APP_META, transport: deps.transport }),
    getSettings: () => store.get(),
    updateSettings: async (patch) => {
      const next = await store.update(patch);
      deps.events.emit('settingsChanged', next);
      return next;
    },
  };
};
