import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EVENT_NAMES, INVOKE_NAMES, subscribeName, type Bridge } from '../../shared/ipc/contract';
import { createHandlers } from '../../electron/services/handlers/index';
import { createSharedServices } from '../../electron/services/handlers/shared-services';
import { createBroadcaster, dispatch } from '../../electron/services/ipc/dispatch';
import { memoryLogger } from './memory-log';

/**
 * The real services behind the same Bridge the preload exposes, in one process: renderer unit
 * tests drive the real backend without a socket. Payloads go through a JSON round trip, as they
 * would over either transport.
 */
export const inProcessBridge = (userDataDir = mkdtempSync(join(tmpdir(), 'fcd-renderer-'))) => {
  const { log, records } = memoryLogger();
  const events = createBroadcaster(log);
  const deps = { transport: 'bridge', userDataDir, events, log } as const;
  const shared = createSharedServices(deps);
  const handlers = createHandlers(deps, shared);
  const bridge: Record<string, unknown> = {};
  for (const name of INVOKE_NAMES) {
    bridge[name] = async (payload: unknown) =>
      JSON.parse(JSON.stringify(await dispatch(handlers, name, JSON.parse(JSON.stringify(payload ?? null)), log)));
  }
  for (const name of EVENT_NAMES) {
    bridge[subscribeName(name)] = (listener: (payload: unknown) => void) =>
      events.subscribe((event, payload) => {
        if (event === name) listener(payload);
      });
  }
  return { bridge: bridge as Bridge, userDataDir, logs: records, shared };
};
