import type { StateCreator } from 'zustand';
import type { ConnectionTestResult, ConnectionTestStep, KnownHostEntry } from '../../../shared/model/connection-test';
import type { Api } from '../api';
import type { AppState } from './app-store';

/** One profile's "Test connection": running (at a step), finished with main's result, or the call itself failed. */
export type ConnectionTestState =
  | { readonly status: 'running'; readonly step: ConnectionTestStep | 'starting' }
  | { readonly status: 'done'; readonly result: ConnectionTestResult }
  | { readonly status: 'call-failed'; readonly error: unknown };

/** The app's known_hosts as Settings shows it. */
export type KnownHostsListing =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly file: string; readonly entries: readonly KnownHostEntry[] }
  | { readonly status: 'failed'; readonly message: string };

export interface ConnectionSlice {
  /** By profile id; absent when never tested (or the result was hidden). */
  readonly connectionTests: Readonly<Record<string, ConnectionTestState>>;
  /** Runs one test; a second call while one runs for the same profile does nothing. */
  readonly testConnection: (profileId: string) => Promise<void>;
  /** Main's progress event: moves a running test to its next step. */
  readonly connectionTestStep: (profileId: string, step: ConnectionTestStep) => void;
  readonly dismissConnectionTest: (profileId: string) => void;
  readonly knownHosts: KnownHostsListing;
  readonly loadKnownHosts: () => Promise<void>;
  /** Removes the line only if it still holds that fingerprint; resolves whether it did, then reloads. */
  readonly removeKnownHost: (entry: Pick<KnownHostEntry, 'line' | 'fingerprint'>) => Promise<boolean>;
}

/**
 * Connection tests live in the store, not in a row, so a result survives leaving the Devices
 * screen and coming back. Main bounds every test, so `running` always ends.
 */
export const createConnectionSlice =
  (api: Api): StateCreator<AppState, [], [], ConnectionSlice> =>
  (set, get) => {
    const put = (profileId: string, state: ConnectionTestState | undefined) => {
      const { [profileId]: _old, ...rest } = get().connectionTests;
      set({ connectionTests: state ? { ...rest, [profileId]: state } : rest });
    };
    return {
      connectionTests: {},
      testConnection: async (profileId) => {
        if (get().connectionTests[profileId]?.status === 'running') return;
        put(profileId, { status: 'running', step: 'starting' });
        try {
          put(profileId, { status: 'done', result: await api.testConnection({ profileId }) });
        } catch (error) {
          put(profileId, { status: 'call-failed', error });
        }
      },
      connectionTestStep: (profileId, step) => {
        if (get().connectionTests[profileId]?.status === 'running') put(profileId, { status: 'running', step });
      },
      dismissConnectionTest: (profileId) => put(profileId, undefined),
      knownHosts: { status: 'loading' },
      loadKnownHosts: async () => {
        try {
          const { file, entries } = await api.listKnownHosts({});
          set({ knownHosts: { status: 'ready', file, entries } });
        } catch (error) {
          set({ knownHosts: { status: 'failed', message: error instanceof Error ? error.message : String(error) } });
        }
      },
      removeKnownHost: async ({ line, fingerprint }) => {
        const { removed } = await api.removeKnownHost({ line, fingerprint });
        await get().loadKnownHosts();
        return removed;
      },
    };
  };
