import type { Terminal } from '../terminal';
import type { Vfs } from '../vfs';

/**
 * The plumbing between simulated processes: a bounded pipe with backpressure (so `cat` of a 500 MB
 * log into `grep … | head -5` stops as soon as head has its lines, like SIGPIPE), the terminal as
 * stdout/stderr/stdin, /dev/null and files of the overlay.
 */
export interface OutStream {
  /** Resolves false when nobody reads any more (a closed pipe or channel): stop producing. */
  write(text: string): Promise<boolean>;
  /** True when this is the terminal (curl hides its progress meter then, `more` pages). */
  readonly isTerminal: boolean;
}

export interface InStream {
  /** The next chunk, or null at end of input. */
  read(): Promise<string | null>;
  readonly isTerminal: boolean;
}

const HIGH_WATER = 256 * 1024;

export class Pipe implements OutStream, InStream {
  readonly isTerminal = false;
  private chunks: string[] = [];
  private buffered = 0;
  private ended = false;
  private cancelled = false;
  private readerWaiting: (() => void) | null = null;
  private writersWaiting: (() => void)[] = [];

  async write(text: string): Promise<boolean> {
    if (this.cancelled) return false;
    if (text.length === 0) return true;
    this.chunks.push(text);
    this.buffered += text.length;
    this.wakeReader();
    while (this.buffered > HIGH_WATER && !this.cancelled)
      await new Promise<void>((resolve) => this.writersWaiting.push(resolve));
    return !this.cancelled;
  }

  /** The writer is done. */
  end(): void {
    this.ended = true;
    this.wakeReader();
  }

  /** The reader is gone: writers see false from now on. */
  cancel(): void {
    this.cancelled = true;
    this.chunks = [];
    this.buffered = 0;
    this.wakeWriters();
  }

  async read(): Promise<string | null> {
    while (this.chunks.length === 0) {
      if (this.ended || this.cancelled) return null;
      await new Promise<void>((resolve) => (this.readerWaiting = resolve));
    }
    const chunk = this.chunks.shift() ?? '';
    this.buffered -= chunk.length;
    if (this.buffered <= HIGH_WATER) this.wakeWriters();
    return chunk;
  }

  private wakeReader(): void {
    const wake = this.readerWaiting;
    this.readerWaiting = null;
    wake?.();
  }

  private wakeWriters(): void {
    const waiting = this.writersWaiting;
    this.writersWaiting = [];
    for (const wake of waiting) wake();
  }
}

export const terminalOut = (term: Terminal): OutStream => ({ isTerminal: true, write: (text) => term.write(text) });
export const terminalErr = (term: Terminal): OutStream => ({ isTerminal: true, write: (text) => term.writeErr(text) });

/** stdin from the terminal: one typed line at a time (Ctrl-D ends it). */
export const terminalIn = (term: Terminal): InStream => ({
  isTerminal: true,
  read: async () => {
    const result = await term.readLine({ prompt: '' });
    return result.kind === 'line' ? `${result.text}\n` : null;
  },
});

export const nullOut: OutStream = { isTerminal: false, write: () => Promise.resolve(true) };
export const emptyIn: InStream = { isTerminal: false, read: () => Promise.resolve(null) };

/** A stream from a string (files opened with `<`, here-strings). */
export const stringIn = (text: string): InStream => {
  let done = text.length === 0;
  return {
    isTerminal: false,
    read: () => {
      if (done) return Promise.resolve(null);
      done = true;
      return Promise.resolve(text);
    },
  };
};

/** Collects everything (command substitution). Bounded: past `limit` it drops and reports closed. */
export class Collector implements OutStream {
  readonly isTerminal = false;
  private parts: string[] = [];
  private size = 0;
  constructor(private readonly limit = 4 * 1024 * 1024) {}
  write(text: string): Promise<boolean> {
    if (this.size >= this.limit) return Promise.resolve(false);
    this.parts.push(text);
    this.size += text.length;
    return Promise.resolve(true);
  }
  text(): string {
    return this.parts.join('');
  }
}

/** A file in the overlay, written as the command writes (`>` truncates first, `>>` appends). */
export const fileOut = (vfs: Vfs, path: string, user: string): OutStream => ({
  isTerminal: false,
  write: (text) => Promise.resolve(vfs.write(path, user, text, true) === null),
});
