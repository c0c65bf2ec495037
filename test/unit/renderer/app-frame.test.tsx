import { act, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createApi } from '../../../renderer/src/api';
import { App } from '../../../renderer/src/app';
import { createI18n } from '../../../renderer/src/i18n';
import { createAppStore } from '../../../renderer/src/stores/app-store';
import { StoreProvider } from '../../../renderer/src/stores/store-context';
import { inProcessBridge } from '../../helpers/in-process-bridge';

const renderApp = async () => {
  const { bridge } = inProcessBridge();
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
  return { api, store };
};

describe('app frame', () => {
  it('shows the four screens in the navigation and switches between them', async () => {
    await renderApp();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(nav).toBeInTheDocument();
    for (const label of ['Devices', 'Troubleshoot', 'Report', 'Settings']) {
      expect(screen.getByRole('button', { name: label })).toBeInTheDocument();
    }
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Devices');
    fireEvent.click(screen.getByRole('button', { name: 'Troubleshoot' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Troubleshooting session');
    expect(screen.getByRole('button', { name: 'Troubleshoot' })).toHaveAttribute('aria-current', 'page');
  });

  it('switches to Korean and back, and keeps the choice in main', async () => {
    const { api } = await renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('radio', { name: '한국어' }));
    });
    expect(await screen.findByRole('button', { name: '설정' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('ko');
    await vi.waitFor(async () => expect(await api.getSettings({})).toEqual({ language: 'ko' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('radio', { name: 'English' }));
    });
    expect(await screen.findByRole('button', { name: 'Settings' })).toBeInTheDocument();
  });
});
