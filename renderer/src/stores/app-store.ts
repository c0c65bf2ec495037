import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../api';
import { createConnectionSlice, type ConnectionSlice } from './connection-slice';
import { createNavigationSlice, type NavigationSlice } from './navigation-slice';
import { createProfilesSlice, type ProfilesSlice } from './profiles-slice';
import { createSessionSlice, type SessionSlice } from './session-slice';
import { createSettingsSlice, type SettingsSlice } from './settings-slice';

/** One store made of typed slices, combined once (zustand's slices pattern). */
export type AppState = NavigationSlice & SettingsSlice & ProfilesSlice & SessionSlice & ConnectionSlice;
export type AppStore = StoreApi<AppState>;

export const createAppStore = (api: Api): AppStore =>
  createStore<AppState>()((...args) => ({
    ...createNavigationSlice(...args),
    ...createSettingsSlice(api)(...args),
    ...createProfilesSlice(api)(...args),
    ...createSessionSlice(api)(...args),
    ...createConnectionSlice(api)(...args),
  }));
