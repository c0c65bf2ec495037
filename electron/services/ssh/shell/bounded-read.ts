import type { SshError } from '../ssh-error';
import type { ShellChannel } from './shell-channel';

/** How a reader ends its read: once, whichever comes first. */
export interface ReadControl<T> {
  resolve(value: T): void;
  reject(error: Error): void;
}

export interface BoundedRead<T> {
  /** Typed once we are listening. */
  readonly send?: string;
  readonly timeoutMs: number;
  readonly onTimeout: () => SshError;
  /** The channel closed (connection dropped): the error to reject with. */
  readonly onClose?: (error: SshError) => SshError;
  onData(chunk: Buffer, control: ReadControl<T>): void;
  /** Run when the read ends, however it ends (e.g. clear a settle timer). */
  readonly onEnd?: () => void;
}

/**
 * The one way the shell layer reads: attach to the channel, feed chunks to the reader, and end
 * exactly once — on the reader's word, on the deadline, or at once when the channel closes —
 * always detaching and clearing its timers. Nothing here can wait forever.
 */
export const boundedRead = <T>(channel: ShellChannel, read: BoundedRead<T>): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    let ended = false;
    const end = (outcome: () => void) => {
      if (ended) return;
      ended = true;
      clearTimeout(deadline);
      read.onEnd?.();
      detach();
      outcome();
    };
    const control: ReadControl<T> = {
      resolve: (value) => end(() => resolve(value)),
      reject: (error) => end(() => reject(error)),
    };
    const deadline = setTimeout(() => control.reject(read.onTimeout()), read.timeoutMs);
    const detach = channel.attach({
      onData: (chunk) => {
        if (!ended) read.onData(chunk, control);
      },
      onClose: (error) => control.reject(read.onClose ? read.onClose(error) : error),
    });
    if (read.send !== undefined && !ended) channel.write(read.send);
  });
