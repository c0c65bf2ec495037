import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';

/** The screens of the app frame. A discriminated union so a screen can later carry its own state. */
export type Screen =
  | { readonly kind: 'profiles' }
  | { readonly kind: 'session' }
  | { readonly kind: 'report' }
  /** `section`: scroll to and focus that part of Settings ("Open known hosts" from a test result). */
  | { readonly kind: 'settings'; readonly section?: 'known-hosts' };
export type ScreenKind = Screen['kind'];
export const SCREEN_KINDS: readonly ScreenKind[] = ['profiles', 'session', 'report', 'settings'];

export interface NavigationSlice {
  readonly screen: Screen;
  readonly goTo: (screen: Screen) => void;
}

export const createNavigationSlice: StateCreator<AppState, [], [], NavigationSlice> = (set) => ({
  screen: { kind: 'profiles' },
  goTo: (screen) => set({ screen }),
});
