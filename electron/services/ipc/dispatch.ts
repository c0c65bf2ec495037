import {
  eventChannels,
  invokeChannels,
  type EventName,
  type EventPayloadOf,
  type InvokeName,
  type ParsedPayloadOf,
  type ResultOf,
} from '../../../shared/ipc/contract';
import type { Envelope } from '../../../shared/ipc/define';
import type { Logger } from '../log';
import { ServiceError } from './service-error';

/** One handler per invoke channel; a missing or extra one is a compile error. */
export type Handlers = {
  readonly [N in InvokeName]: (payload: ParsedPayloadOf<N>) => Promise<ResultOf<N>> | ResultOf<N>;
};

const isInvokeName = (name: string): name is InvokeName => Object.hasOwn(invokeChannels, name);

/**
 * Validate, run, wrap. Both transports call this, so the renderer sees the same envelope whether it
 * talks to Electron or to the test bridge. Nothing thrown by a handler escapes: a bad payload is
 * `invalid-payload`, a ServiceError keeps its code, anything else is logged and reported as `failed`.
 */
export const dispatch = async (
  handlers: Handlers,
  name: string,
  rawPayload: unknown,
  log: Logger,
): Promise<Envelope<unknown>> => {
  if (!isInvokeName(name)) {
    log.warn('ipc: unknown channel', { channel: name });
    return { ok: false, error: { code: 'invalid-payload', message: `Unknown channel "${name}".` } };
  }
  const spec = invokeChannels[name];
  const parsed = spec.payload.safeParse(rawPayload);
  if (!parsed.success) {
    const message = `Invalid request for ${name}: ${parsed.error.issues
      .map((issue) => `${issue.path.join('.') || '(payload)'} ${issue.message}`)
      .join('; ')}`;
    log.warn('ipc: invalid payload', { channel: name, issues: parsed.error.issues.length });
    return { ok: false, error: { code: 'invalid-payload', message } };
  }
  try {
    const handler = handlers[name] as (payload: unknown) => unknown;
    const value = await handler(parsed.data);
    const checked = spec.result.safeParse(value);
    if (!checked.success) {
      log.error('ipc: handler returned a result outside its schema', { channel: name });
      return { ok: false, error: { code: 'failed', message: `Internal error in ${name}.` } };
    }
    return { ok: true, value: checked.data };
  } catch (error) {
    if (error instanceof ServiceError) return { ok: false, error: { code: error.code, message: error.message } };
    log.error('ipc: handler failed', { channel: name, error: error instanceof Error ? error.message : String(error) });
    return {
      ok: false,
      error: { code: 'failed', message: error instanceof Error ? error.message : 'Unexpected error.' },
    };
  }
};

/** Where services send main→renderer events; each transport provides one. */
export interface EventSink {
  emit<E extends EventName>(name: E, payload: EventPayloadOf<E>): void;
}

/**
 * Wrap a raw sender so every outgoing event is validated against the contract: a service bug
 * becomes a log line, not a malformed message in the renderer.
 */
export const validatingSink = (send: (name: EventName, payload: unknown) => void, log: Logger): EventSink => ({
  emit: (name, payload) => {
    const checked = eventChannels[name].payload.safeParse(payload);
    if (!checked.success) {
      log.error('ipc: event outside its schema dropped', { event: name });
      return;
    }
    send(name, checked.data);
  },
});

/** An EventSink that fans out to whoever subscribes (the bridge's clients, a CLI, a test). */
export const createBroadcaster = (log: Logger) => {
  const listeners = new Set<(name: EventName, payload: unknown) => void>();
  const sink = validatingSink((name, payload) => {
    for (const listener of listeners) listener(name, payload);
  }, log);
  return {
    ...sink,
    subscribe(listener: (name: EventName, payload: unknown) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};
