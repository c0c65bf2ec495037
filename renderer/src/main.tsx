import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { translate } from '../../shared/i18n/translate';
import { createApi } from './api';
import { App } from './app';
import { resolveBridge } from './bridge/resolve-bridge';
import { createI18n } from './i18n';
import { createAppStore } from './stores/app-store';
import { StoreProvider } from './stores/store-context';
import './styles.css';

const start = async (): Promise<void> => {
  const root = document.getElementById('root');
  if (!root) return;
  const bridge = await resolveBridge(window).catch(() => undefined);
  if (!bridge) {
    root.textContent = translate('en', 'app.errors.bridgeMissing');
    return;
  }
  const api = createApi(bridge);
  const store = createAppStore(api);
  await store.getState().loadSettings();
  const i18n = await createI18n(store.getState().language);
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <StoreProvider store={store} api={api}>
          <App />
        </StoreProvider>
      </I18nextProvider>
    </StrictMode>,
  );
};

void start();
