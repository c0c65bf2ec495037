import {
  EVENT_NAMES,
  INVOKE_NAMES,
  subscribeName,
  type Bridge,
  type EventName,
} from '../../../shared/ipc/contract';
import type { Envelope } from '../../../shared/ipc/define';
import { BRIDGE_PATH, BRIDGE_TOKEN_PARAM, type WireMessage } from '../../../shared/ipc/wire';

/**
 * The contract over the test bridge's WebSocket. Implements the same Bridge the Electron preload
 * exposes, so nothing above api.ts knows which one it has.
 */
export const connectWsBridge = (origin: string, token: string): Promise<Bridge> =>
  new Promise((resolve, reject) => {
    const url = new URL(BRIDGE_PATH, origin.replace(/^http/, 'ws'));
    url.searchParams.set(BRIDGE_TOKEN_PARAM, token);
    const socket = new WebSocket(url);
    const pending = new Map<number, (envelope: Envelope<unknown>) => void>();
    const listeners = new Map<string, Set<(payload: unknown) => void>>();
    let nextId = 1;

    socket.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data)) as WireMessage;
      if (message.type === 'result') {
        pending.get(message.id)?.(message.envelope as Envelope<unknown>);
        pending.delete(message.id);
      } else {
        for (const listener of listeners.get(message.name) ?? []) listener(message.payload);
      }
    });
    socket.addEventListener('close', () => {
      for (const settle of pending.values()) {
        settle({ ok: false, error: { code: 'unavailable', message: 'The connection to the app service was lost.' } });
      }
      pending.clear();
    });
    socket.addEventListener('error', () => reject(new Error('Could not connect to the test bridge.')));
    socket.addEventListener('open', () => {
      const bridge: Record<string, unknown> = {};
      for (const name of INVOKE_NAMES) {
        bridge[name] = (payload: unknown) =>
          new Promise<Envelope<unknown>>((settle) => {
            if (socket.readyState !== WebSocket.OPEN) {
              settle({ ok: false, error: { code: 'unavailable', message: 'The app service is not connected.' } });
              return;
            }
            const id = nextId++;
            pending.set(id, settle);
            socket.send(JSON.stringify({ type: 'invoke', id, channel: name, payload }));
          });
      }
      for (const name of EVENT_NAMES) {
        bridge[subscribeName(name)] = (listener: (payload: unknown) => void) => {
          const set = listeners.get(name satisfies EventName) ?? new Set();
          set.add(listener);
          listeners.set(name, set);
          return () => set.delete(listener);
        };
      }
      resolve(Object.freeze(bridge) as Bridge);
    });
  });
