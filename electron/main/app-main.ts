import type * as Electron from 'electron';
import { createHandlers, type ServiceDeps } from '../services/handlers/index';
import { createSharedServices, type SharedServices } from '../services/handlers/shared-services';
import { createLogger } from '../services/log';
import { fileLogSink } from '../services/log-file';
import { dataFiles } from '../services/paths';
import { createElectronDesktopShell } from './desktop-shell';
import { windowEventSink } from './events';
import { registerIpc } from './ipc';
import { createSafeStorageEncryptor } from './safe-storage';
import { hardenSession, hardenWebContents, isTrustedSender } from './security';
import { registerAppScheme, RENDERER_ORIGIN, serveRenderer } from './protocol';
import { createMainWindow, rendererDir } from './window';

type ElectronModule = Pick<typeof Electron, 'app' | 'ipcMain' | 'session' | 'protocol' | 'safeStorage' | 'dialog' | 'shell'>;

/**
 * The desktop app's lifecycle. Takes the electron module as an argument so tests can hand it a
 * fake that records what main does (the real binary cannot run in CI).
 */
export const runMain = (electron: ElectronModule, mainDir: string): void => {
  const { app, ipcMain, session, protocol, safeStorage } = electron;

  // One instance: a second launch focuses the first instead of fighting over the profile file.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  registerAppScheme(protocol);
  const userDataDir = app.getPath('userData');
  const log = createLogger(fileLogSink(dataFiles(userDataDir).log), 'main');
  let window: Electron.BrowserWindow | undefined;

  app.on('second-instance', () => {
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  // Covers every WebContents, including any a bug might create later.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

  app.on('window-all-closed', () => app.quit());

  // Before quitting: close what is still open (a half-run session is saved to the history as
  // cancelled, its SSH connection closed), bounded so quitting never hangs on a device.
  let shared: SharedServices | undefined;
  let shutDown = false;
  app.on('before-quit', (event: Electron.Event) => {
    if (shutDown || !shared) return;
    event.preventDefault();
    void shared.shutdown().finally(() => {
      shutDown = true;
      app.quit();
    });
  });

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    serveRenderer(protocol, rendererDir(mainDir));
    const deps: ServiceDeps = {
      transport: 'electron',
      userDataDir,
      events: windowEventSink(() => window, log),
      log,
      encryptor: createSafeStorageEncryptor(safeStorage),
      desktop: createElectronDesktopShell(electron, () => window),
    };
    shared = createSharedServices(deps);
    const handlers = createHandlers(deps, shared);
    registerIpc(
      ipcMain,
      handlers,
      (event) =>
        window !== undefined &&
        !window.isDestroyed() &&
        isTrustedSender(event.senderFrame, { frame: window.webContents.mainFrame, urlPrefix: `${RENDERER_ORIGIN}/` }),
      log,
    );
    window = createMainWindow(mainDir);
    log.info('app ready', { version: app.getVersion() });
  });
};
