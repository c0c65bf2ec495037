import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createApi } from '../../../renderer/src/api';
import { App } from '../../../renderer/src/app';
import { createI18n } from '../../../renderer/src/i18n';
import { createAppStore } from '../../../renderer/src/stores/app-store';
import { StoreProvider } from '../../../renderer/src/stores/store-context';
import { inProcessBridge } from '../../helpers/in-process-bridge';

/**
 * The whole app in jsdom over the real services in-process. `prepare` may put files in the
 * user-data folder before anything reads it.
 */
export const renderApp = async (prepare?: (userDataDir: string) => void) => {
  const { bridge, userDataDir, shared } = inProcessBridge();
  prepare?.(userDataDir);
  const api = createApi(bridge);
  const store = createAppStore(api);
  await store.getState().loadSettings();
  const i18n = await createI18n(store.getState().language);
  render(
    <I18nextProvider i18n={i18n}>
      <StoreProvider store={store} api={api}>
        <App />
      </StoreProvider>
    </I18nextProvider>,
  );
  return { api, store, userDataDir, shared };
};
