import { randomUUID } from 'node:crypto';
import type { HostKeyPrompt, PromptAnswer, SecretPrompt } from '../../../shared/ipc/channels/prompts';
import type { EventSink } from '../ipc/dispatch';

type Pending =
  | { readonly kind: 'host-key'; readonly settle: (trust: boolean) => void }
  | { readonly kind: 'secret'; readonly settle: (value: string | undefined) => void };

/**
 * Asks the user through the renderer and waits for the answer, bounded: a prompt nobody answers
 * is a "no" after `timeoutMs`, so an SSH login never hangs on a closed dialog. Secrets pass
 * through once and are not kept here.
 */
export const createPromptBroker = (events: EventSink, options: { readonly timeoutMs?: number } = {}) => {
  const pending = new Map<string, Pending>();
  const timeoutMs = options.timeoutMs ?? 5 * 60_000;

  const open = <T>(
    emitPrompt: (id: string) => void,
    kind: Pending['kind'],
    fallback: T,
    signal: AbortSignal | undefined,
  ): { id: string; answer: Promise<T> } => {
    const id = randomUUID();
    if (signal?.aborted) return { id, answer: Promise.resolve(fallback) };
    const answer = new Promise<T>((resolve) => {
      const timer = setTimeout(() => finish(fallback), timeoutMs);
      const onAbort = () => finish(fallback);
      const finish = (value: T): void => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        if (!pending.delete(id)) return;
        events.emit('promptClosed', { id });
        resolve(value);
      };
      pending.set(id, { kind, settle: finish } as unknown as Pending);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    emitPrompt(id);
    return { id, answer };
  };

  return {
    /**
     * Trust this unknown host key? Resolves false on "no", timeout or cancel, or when `signal`
     * aborts (the operation that asked has ended: its dialog closes).
     */
    askHostKey(info: Omit<HostKeyPrompt, 'id' | 'kind'>, signal?: AbortSignal): Promise<boolean> {
      return open<boolean>(
        (id) => events.emit('prompt', { id, kind: 'host-key', ...info, otherKnownTypes: [...info.otherKnownTypes] }),
        'host-key',
        false,
        signal,
      ).answer;
    },
    /** A secret typed by the user; undefined when they cancel or do not answer, or `signal` aborts. */
    askSecret(request: Omit<SecretPrompt, 'id' | 'kind'>, signal?: AbortSignal): Promise<string | undefined> {
      return open<string | undefined>((id) => events.emit('prompt', { id, kind: 'secret', ...request }), 'secret', undefined, signal).answer;
    },
    /** The renderer's answer. False when that prompt is not waiting or the answer does not fit it. */
    answer(response: PromptAnswer): boolean {
      const waiting = pending.get(response.id);
      if (!waiting) return false;
      if (response.kind === 'cancel') {
        if (waiting.kind === 'host-key') waiting.settle(false);
        else waiting.settle(undefined);
        return true;
      }
      if (response.kind !== waiting.kind) return false;
      if (waiting.kind === 'host-key' && response.kind === 'host-key') waiting.settle(response.trust);
      if (waiting.kind === 'secret' && response.kind === 'secret') waiting.settle(response.value);
      return true;
    },
    /** Everything still waiting answers "no" (the window closed, the operation was cancelled). */
    cancelAll(): void {
      for (const id of [...pending.keys()]) this.answer({ id, kind: 'cancel' });
    },
    get waiting(): number {
      return pending.size;
    },
  };
};

export type PromptBroker = ReturnType<typeof createPromptBroker>;
