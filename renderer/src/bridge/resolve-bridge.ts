import { BRIDGE_GLOBAL, type Bridge } from '../../../shared/ipc/contract';
import { BRIDGE_TOKEN_PARAM } from '../../../shared/ipc/wire';
import { connectWsBridge } from './ws-bridge';

/**
 * The desktop app's preload puts the bridge on window. In a browser under test there is none;
 * the test bridge put its token in the URL fragment, which we read once and then remove.
 */
export const resolveBridge = async (win: Window): Promise<Bridge | undefined> => {
  const exposed = (win as unknown as Record<string, Bridge | undefined>)[BRIDGE_GLOBAL];
  if (exposed) return exposed;
  const token = new URLSearchParams(win.location.hash.slice(1)).get(BRIDGE_TOKEN_PARAM);
  if (!token) return undefined;
  win.history.replaceState(null, '', win.location.pathname);
  return connectWsBridge(win.location.origin, token);
};
