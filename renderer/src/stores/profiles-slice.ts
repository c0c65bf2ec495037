import type { StateCreator } from 'zustand';
import type { ProfileDraft, ProfileListItem, SaveOutcome, SecretAvailability, SecretKind, StoreNotice } from '../../../shared/model/profile';
import type { Api } from '../api';
import type { AppState } from './app-store';

export type ProfilesStatus = 'idle' | 'loading' | 'ready' | 'failed';

export interface ProfilesSlice {
  /** The simulated device first, then the saved ones, as main lists them. */
  readonly profileItems: readonly ProfileListItem[];
  readonly profileNotices: readonly StoreNotice[];
  /** Notices the admin dismissed stay dismissed for this window's life (main keeps reporting them). */
  readonly dismissedNoticeKeys: readonly string[];
  readonly profilesStatus: ProfilesStatus;
  readonly secretAvailability: SecretAvailability | undefined;
  /** The device the next session runs against (the wizard reads it). */
  readonly selectedProfileId: string | undefined;
  readonly loadProfiles: () => Promise<void>;
  readonly saveProfile: (draft: ProfileDraft, id?: string) => Promise<SaveOutcome>;
  readonly duplicateProfile: (id: string) => Promise<void>;
  readonly deleteProfile: (id: string) => Promise<void>;
  readonly saveProfileSecret: (id: string, kind: SecretKind, value: string) => Promise<void>;
  readonly clearProfileSecret: (id: string, kind: SecretKind) => Promise<void>;
  readonly dismissProfileNotice: (notice: StoreNotice) => void;
  readonly selectProfile: (id: string | undefined) => void;
  /** Select the device and open the session screen (the wizard takes it from there). */
  readonly startTroubleshooting: (id: string) => void;
}

/**
 * Profiles live in main (shared with the CLI); the store mirrors the list and reloads it after
 * every change. Errors are thrown to the caller (ApiError), which words them for its dialog.
 * Secrets are sent to main and forgotten: nothing here ever holds one.
 */
export const createProfilesSlice =
  (api: Api): StateCreator<AppState, [], [], ProfilesSlice> =>
  (set, get) => {
    const reload = () => get().loadProfiles();
    return {
      profileItems: [],
      profileNotices: [],
      dismissedNoticeKeys: [],
      profilesStatus: 'idle',
      secretAvailability: undefined,
      selectedProfileId: undefined,
      loadProfiles: async () => {
        if (get().profilesStatus === 'idle') set({ profilesStatus: 'loading' });
        try {
          const [list, availability] = await Promise.all([api.listProfiles({}), api.getSecretAvailability({})]);
          const dismissed = get().dismissedNoticeKeys;
          set({
            profileItems: list.profiles,
            profileNotices: list.notices.filter((n) => !dismissed.includes(noticeKey(n))),
            secretAvailability: availability,
            profilesStatus: 'ready',
          });
        } catch (error) {
          set({ profilesStatus: 'failed', frameError: error instanceof Error ? error.message : String(error) });
        }
      },
      saveProfile: async (draft, id) => {
        const outcome = id === undefined ? await api.createProfile({ draft }) : await api.updateProfile({ id, draft });
        if (outcome.ok) await reload();
        return outcome;
      },
      duplicateProfile: async (id) => {
        await api.duplicateProfile({ id });
        await reload();
      },
      deleteProfile: async (id) => {
        await api.deleteProfile({ id });
        if (get().selectedProfileId === id) set({ selectedProfileId: undefined });
        await reload();
      },
      saveProfileSecret: async (id, kind, value) => {
        await api.saveProfileSecret({ id, kind, value });
        await reload();
      },
      clearProfileSecret: async (id, kind) => {
        await api.clearProfileSecrets({ id, kind });
        await reload();
      },
      dismissProfileNotice: (notice) =>
        set({
          dismissedNoticeKeys: [...get().dismissedNoticeKeys, noticeKey(notice)],
          profileNotices: get().profileNotices.filter((n) => noticeKey(n) !== noticeKey(notice)),
        }),
      selectProfile: (id) => set({ selectedProfileId: id }),
      startTroubleshooting: (id) => set({ selectedProfileId: id, screen: { kind: 'session' } }),
    };
  };

export const noticeKey = (notice: StoreNotice): string => JSON.stringify(notice);
