import type { z } from 'zod';

/** A request/response channel: the renderer asks, main validates `payload` and answers `result`. */
export interface InvokeSpec<P extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  readonly kind: 'invoke';
  readonly payload: P;
  readonly result: R;
}

/** A main→renderer event: main validates `payload` before sending it. */
export interface EventSpec<P extends z.ZodType = z.ZodType> {
  readonly kind: 'event';
  readonly payload: P;
}

export const invoke = <P extends z.ZodType, R extends z.ZodType>(payload: P, result: R): InvokeSpec<P, R> => ({
  kind: 'invoke',
  payload,
  result,
});

export const event = <P extends z.ZodType>(payload: P): EventSpec<P> => ({ kind: 'event', payload });

/**
 * Errors that cross the IPC boundary. They are values in an envelope, never thrown across it,
 * so both transports (Electron IPC and the test bridge) carry them identically.
 */
export const IPC_ERROR_CODES = [
  'invalid-payload',
  'forbidden',
  'not-found',
  'conflict',
  'unavailable',
  'cancelled',
  'failed',
] as const;
export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];

export interface IpcError {
  readonly code: IpcErrorCode;
  readonly message: string;
}

export type Envelope<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: IpcError };
