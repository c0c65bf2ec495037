import type { IpcErrorCode } from '../../../shared/ipc/define';

/**
 * An error a service means to report to the user. Its message is shown as is, so it must be
 * written for an admin and must never contain a secret.
 */
export class ServiceError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}
