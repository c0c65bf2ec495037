import { createContext, useContext } from 'react';

/**
 * Opens the remedy confirmation dialog. The dialog lives with the session, not inside the card
 * that offered it: the card re-renders (its check re-runs) while the dialog shows the outcome.
 */
export const ActionDialogContext = createContext<
  (request: { readonly actionId: string; readonly from?: HTMLElement | null }) => void
>(() => undefined);
export const useOpenAction = () => useContext(ActionDialogContext);
