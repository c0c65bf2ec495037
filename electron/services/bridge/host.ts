import { createHandlers } from '../handlers/index';
import { createBroadcaster } from '../ipc/dispatch';
import type { Logger } from '../log';
import { startBridgeServer, type BridgeServer } from './server';

/**
 * The services wired for the test bridge: the same handlers main builds, with plain-Node
 * stand-ins for what only Electron provides.
 */
export const startBridgeHost = async (options: {
  readonly userDataDir: string;
  readonly staticDir: string;
  readonly log: Logger;
  readonly port?: number;
}): Promise<BridgeServer> => {
  const events = createBroadcaster(options.log);
  const handlers = createHandlers({
    transport: 'bridge',
    userDataDir: options.userDataDir,
    events,
    log: options.log,
  });
  return startBridgeServer({
    handlers,
    subscribe: events.subscribe,
    staticDir: options.staticDir,
    log: options.log,
    ...(options.port === undefined ? {} : { port: options.port }),
  });
};
