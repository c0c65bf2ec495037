import { BrowserWindow } from 'electron';
import { join } from 'node:path';
import { PRODUCT_NAME } from '../services/paths';
import { RENDERER_URL } from './protocol';
import { hardenWebContents, SECURE_WEB_PREFERENCES } from './security';

/** Where the built files are relative to the main bundle (dist/main/index.js). */
export const rendererDir = (mainDir: string): string => join(mainDir, '..', 'renderer');
export const preloadEntry = (mainDir: string): string => join(mainDir, '..', 'preload', 'index.js');

/** The only window factory: every window gets the same locked-down preferences. */
export const createMainWindow = (mainDir: string): BrowserWindow => {
  const window = new BrowserWindow({
    title: PRODUCT_NAME,
    width: 1200,
    height: 820,
    minWidth: 880,
    minHeight: 600,
    show: false,
    autoHideMenuBar: true,
    webPreferences: {
      ...SECURE_WEB_PREFERENCES,
      preload: preloadEntry(mainDir),
    },
  });
  hardenWebContents(window.webContents);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(RENDERER_URL);
  return window;
};
