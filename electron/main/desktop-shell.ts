import type { App, BrowserWindow, Dialog, SaveDialogOptions, Shell } from 'electron';
import { join } from 'node:path';
import type { DesktopShell } from '../services/desktop/desktop-shell';

/**
 * The DesktopShell of the desktop app: Electron's native save dialog (in the user's documents
 * folder, attached to the app window), `shell.openPath` and `shell.showItemInFolder`. Nothing
 * else: which file to write and which files may be opened is decided by the services.
 */
export const createElectronDesktopShell = (
  electron: {
    readonly app: Pick<App, 'getPath'>;
    readonly dialog: Pick<Dialog, 'showSaveDialog'>;
    readonly shell: Pick<Shell, 'openPath' | 'showItemInFolder'>;
  },
  getWindow: () => BrowserWindow | undefined,
): DesktopShell => ({
  chooseSavePath: async ({ title, defaultFileName, filters }) => {
    const options: SaveDialogOptions = {
      title,
      defaultPath: join(electron.app.getPath('documents'), defaultFileName),
      filters: filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const window = getWindow();
    const result =
      window && !window.isDestroyed()
        ? await electron.dialog.showSaveDialog(window, options)
        : await electron.dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? undefined : result.filePath;
  },
  openPath: async (path) => {
    // Resolves with an error string (empty on success) rather than rejecting.
    const error = await electron.shell.openPath(path);
    if (error) throw new Error(error);
  },
  showInFolder: (path) => electron.shell.showItemInFolder(path),
});
