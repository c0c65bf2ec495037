import { join } from 'node:path';
import type { DesktopShell } from '../desktop/desktop-shell';
import { createHandlers, type ServiceDeps } from '../handlers/index';
import { createSharedServices } from '../handlers/shared-services';
import { createBroadcaster } from '../ipc/dispatch';
import type { Logger } from '../log';
import { createTestBridgeEncryptor } from '../secrets/test-bridge-encryptor';
import type { SimulatorKnobs } from '../sessions/session-target';
import { createFolderDesktopShell } from './folder-desktop-shell';
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
  /**
   * Let the test bridge save secrets, with its in-memory-key encryptor (NOT OS encryption; see
   * test-bridge-encryptor.ts). Off by default: the bridge then acts as a computer without a keyring.
   */
  readonly testEncryption?: boolean;
  /** Where "Export report" saves (test-only stand-in for the save dialog); default `<user data>/exports`. */
  readonly desktop?: DesktopShell;
  /** The simulated device's test knobs: a time scale for its waits, faults such as `drop-session`. */
  readonly simulator?: SimulatorKnobs;
}): Promise<BridgeServer> => {
  const events = createBroadcaster(options.log);
  const deps: ServiceDeps = {
    transport: 'bridge',
    userDataDir: options.userDataDir,
    events,
    log: options.log,
    encryptor: createTestBridgeEncryptor({ available: options.testEncryption === true }),
    desktop: options.desktop ?? createFolderDesktopShell(join(options.userDataDir, 'exports')),
    ...(options.simulator ? { simulator: options.simulator } : {}),
  };
  const shared = createSharedServices(deps);
  const server = await startBridgeServer({
    handlers: createHandlers(deps, shared),
    subscribe: events.subscribe,
    staticDir: options.staticDir,
    log: options.log,
    ...(options.port === undefined ? {} : { port: options.port }),
  });
  return {
    ...server,
    close: async () => {
      await shared.shutdown();
      await server.close();
    },
  };
};
