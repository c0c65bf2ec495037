import { contextBridge, ipcRenderer } from 'electron';
import {
  BRIDGE_GLOBAL,
  EVENT_NAMES,
  INVOKE_NAMES,
  eventWireName,
  invokeWireName,
  subscribeName,
  type Bridge,
} from '../../shared/ipc/contract';

/**
 * One method per contract channel and one `onX` per event, nothing else: never ipcRenderer itself
 * nor a generic send(channel). Listeners receive the payload only, never the IPC event.
 */
export const buildPreloadBridge = (renderer: Pick<typeof ipcRenderer, 'invoke' | 'on' | 'removeListener'>): Bridge => {
  const api: Record<string, unknown> = {};
  for (const name of INVOKE_NAMES) {
    api[name] = (payload: unknown) => renderer.invoke(invokeWireName(name), payload);
  }
  for (const name of EVENT_NAMES) {
    api[subscribeName(name)] = (listener: (payload: unknown) => void) => {
      const wire = eventWireName(name);
      const handler = (_event: unknown, payload: unknown): void => listener(payload);
      renderer.on(wire, handler);
      return () => {
        renderer.removeListener(wire, handler);
      };
    };
  }
  return Object.freeze(api) as Bridge;
};

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, buildPreloadBridge(ipcRenderer));
