import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { INVOKE_NAMES, invokeWireName } from '../../shared/ipc/contract';
import { dispatch, type Handlers } from '../services/ipc/dispatch';
import type { Logger } from '../services/log';

/**
 * Register one `ipcMain.handle` per contract channel. This is the only module that touches
 * ipcMain (lint-enforced). The sender is checked before the payload is even parsed.
 */
export const registerIpc = (
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: Handlers,
  isTrusted: (event: IpcMainInvokeEvent) => boolean,
  log: Logger,
): void => {
  for (const name of INVOKE_NAMES) {
    ipcMain.handle(invokeWireName(name), (event, payload: unknown) => {
      if (!isTrusted(event)) {
        log.warn('ipc: refused a call from an untrusted frame', { channel: name });
        return { ok: false, error: { code: 'forbidden', message: 'Refused: not the app window.' } };
      }
      return dispatch(handlers, name, payload, log);
    });
  }
};
