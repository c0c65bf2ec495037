import type { BrowserWindow } from 'electron';
import { eventWireName } from '../../shared/ipc/contract';
import { validatingSink, type EventSink } from '../services/ipc/dispatch';
import type { Logger } from '../services/log';

/** Events to the app window, validated against the contract; dropped when no window is open. */
export const windowEventSink = (getWindow: () => BrowserWindow | undefined, log: Logger): EventSink =>
  validatingSink((name, payload) => {
    const window = getWindow();
    if (window && !window.isDestroyed()) window.webContents.send(eventWireName(name), payload);
  }, log);
