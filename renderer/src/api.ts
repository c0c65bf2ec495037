import {
  EVENT_NAMES,
  INVOKE_NAMES,
  subscribeName,
  type Bridge,
  type EventName,
  type EventPayloadOf,
  type InvokeName,
  type PayloadOf,
  type ResultOf,
  type SubscribeName,
} from '../../shared/ipc/contract';
import type { IpcErrorCode } from '../../shared/ipc/define';

/** An error the main process reported; `code` says what kind, `message` is written for the user. */
export class ApiError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * The one object through which the renderer reaches main. Same methods whichever transport is
 * underneath (Electron's preload or the test bridge); failures arrive as ApiError.
 */
export type Api = {
  readonly [N in InvokeName]: (payload: PayloadOf<N>) => Promise<ResultOf<N>>;
} & {
  readonly [E in EventName as SubscribeName<E>]: (listener: (payload: EventPayloadOf<E>) => void) => () => void;
};

export const createApi = (bridge: Bridge): Api => {
  const api: Record<string, unknown> = {};
  for (const name of INVOKE_NAMES) {
    const call = bridge[name] as (payload: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { code: IpcErrorCode; message: string } }>;
    api[name] = async (payload: unknown) => {
      const envelope = await call(payload);
      if (!envelope.ok) throw new ApiError(envelope.error?.code ?? 'failed', envelope.error?.message ?? 'Unknown error.');
      return envelope.value;
    };
  }
  for (const name of EVENT_NAMES) api[subscribeName(name)] = bridge[subscribeName(name)];
  return Object.freeze(api) as Api;
};
