import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Api } from '../api';
import type { AppState, AppStore } from './app-store';

const StoreContext = createContext<{ readonly store: AppStore; readonly api: Api } | undefined>(undefined);

export const StoreProvider = ({ store, api, children }: { store: AppStore; api: Api; children: ReactNode }) => (
  <StoreContext.Provider value={{ store, api }}>{children}</StoreContext.Provider>
);

const useContextOrThrow = () => {
  const value = useContext(StoreContext);
  if (!value) throw new Error('StoreProvider is missing');
  return value;
};

/** Select narrowly: a component re-renders only when what it selected changes. */
export const useApp = <T,>(selector: (state: AppState) => T): T => useStore(useContextOrThrow().store, selector);
export const useApi = (): Api => useContextOrThrow().api;
