import { createContext, useContext } from 'react';
import type { AppState } from '../../stores/app-store';
import type { SessionView, ViewSource } from '../../stores/session-slice';
import { useApp } from '../../stores/store-context';

const SourceContext = createContext<ViewSource>('live');

/** Which session the components below show: the live one or a past one opened read-only. */
export const ViewSourceProvider = SourceContext.Provider;
export const useViewSource = (): ViewSource => useContext(SourceContext);

/**
 * Select narrowly from the session on screen: a card re-renders when its check changes, an output
 * block when its command's output grows, and nothing else does.
 */
export const useView = <T,>(selector: (view: SessionView, state: AppState) => T, fallback: T): T => {
  const source = useViewSource();
  return useApp((state) => {
    const view = state.sessionViews[source];
    return view ? selector(view, state) : fallback;
  });
};
