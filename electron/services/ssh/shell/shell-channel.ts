import type { ClientChannel } from 'ssh2';
import { SshError } from '../ssh-error';

/** Whoever is reading the channel right now (one at a time: a prompt wait or a command). */
export interface Consumer {
  onData(chunk: Buffer): void;
  onClose(error: SshError): void;
}

/** Bytes that arrive while nobody reads (a late prompt) are kept, bounded, for the next reader. */
const PENDING_LIMIT = 64 * 1024;

/**
 * One PTY shell channel with exactly one reader at a time. A closed channel (the device hung
 * up, the connection dropped, or we closed it) tells the current reader at once, so no wait
 * outlives the connection.
 */
export class ShellChannel {
  private consumer: Consumer | undefined;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private closeError: SshError | undefined;
  private readonly closeListeners: ((error: SshError) => void)[] = [];

  constructor(private readonly stream: ClientChannel) {
    stream.on('data', (chunk: Buffer) => this.receive(chunk));
    stream.stderr.on('data', (chunk: Buffer) => this.receive(chunk));
    stream.on('close', () => this.markClosed(new SshError('disconnected', { reason: 'peer' })));
    stream.on('error', () => this.markClosed(new SshError('disconnected', { reason: 'peer' })));
  }

  get closed(): SshError | undefined {
    return this.closeError;
  }

  write(text: string): void {
    if (!this.closeError) this.stream.write(text);
  }

  /** Start reading: pending bytes first, then live ones. Returns the detach function. */
  attach(consumer: Consumer): () => void {
    this.consumer = consumer;
    const backlog = this.pending;
    this.pending = [];
    this.pendingBytes = 0;
    for (const chunk of backlog) consumer.onData(chunk);
    if (this.closeError) consumer.onClose(this.closeError);
    return () => {
      if (this.consumer === consumer) this.consumer = undefined;
    };
  }

  /** Forget bytes nobody read (stale prompts) before a fresh exchange. */
  discardPending(): void {
    this.pending = [];
    this.pendingBytes = 0;
  }

  onClose(listener: (error: SshError) => void): void {
    if (this.closeError) listener(this.closeError);
    else this.closeListeners.push(listener);
  }

  /** Close the channel; `reason` is what pending readers are told. */
  close(reason: SshError = new SshError('disconnected', { reason: 'closed' })): void {
    this.markClosed(reason);
    this.stream.close();
  }

  private receive(chunk: Buffer): void {
    if (this.consumer) {
      this.consumer.onData(chunk);
      return;
    }
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    while (this.pendingBytes > PENDING_LIMIT && this.pending.length > 1) {
      this.pendingBytes -= this.pending.shift()?.length ?? 0;
    }
  }

  private markClosed(error: SshError): void {
    if (this.closeError) return;
    this.closeError = error;
    this.consumer?.onClose(error);
    for (const listener of this.closeListeners.splice(0)) listener(error);
  }
}
