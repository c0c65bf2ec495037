import type { StateCreator } from 'zustand';
import type { Lang } from '../../../shared/i18n/dictionary';
import type { Api } from '../api';
import type { AppState } from './app-store';

export interface SettingsSlice {
  readonly language: Lang;
  readonly appVersion: string;
  /** The last error to show in the frame's banner, already in words. */
  readonly frameError: string | undefined;
  readonly loadSettings: () => Promise<void>;
  readonly setLanguage: (language: Lang) => Promise<void>;
  readonly dismissFrameError: () => void;
}

/** Settings live in main (so the CLI and the next launch see them); the store mirrors them. */
export const createSettingsSlice =
  (api: Api): StateCreator<AppState, [], [], SettingsSlice> =>
  (set) => ({
    language: 'en',
    appVersion: '',
    frameError: undefined,
    loadSettings: async () => {
      try {
        const [settings, info] = await Promise.all([api.getSettings({}), api.getAppInfo({})]);
        set({ language: settings.language, appVersion: info.version });
      } catch (error) {
        set({ frameError: error instanceof Error ? error.message : String(error) });
      }
    },
    setLanguage: async (language) => {
      set({ language });
      try {
        await api.updateSettings({ language });
      } catch (error) {
        set({ frameError: error instanceof Error ? error.message : String(error) });
      }
    },
    dismissFrameError: () => set({ frameError: undefined }),
  });
