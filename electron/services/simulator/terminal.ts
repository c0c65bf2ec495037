/**
 * One channel's terminal: the line discipline a real device's PTY and readline give a client.
 * On a PTY, output `\n` becomes `\r\n` (ONLCR, so curl's header lines arrive as `\r\r\n`, as on a
 * real tty), typed input is echoed when the program reads it (readline/klish style), backspace and
 * Ctrl-A/E/K/U/W edit the line, `\r`, `\n` or `\r\n` end it, and Ctrl-C (\x03) either interrupts the
 * running command (prints `^C`, flushes typeahead) or abandons the line being typed. Without a PTY
 * (exec channels) input is plain lines, output is untranslated and stderr goes to the extended
 * stream. Nothing here knows about CLISH or bash.
 */
export interface PtyInfo {
  readonly cols: number;
  readonly rows: number;
  readonly term: string;
}

export interface TerminalTransport {
  /** Write to stdout; resolves false once the channel is closed. Waits for the window (backpressure). */
  out(chunk: Buffer): Promise<boolean>;
  /** Write to the extended (stderr) stream; only used without a PTY. */
  err(chunk: Buffer): Promise<boolean>;
}

export type ReadResult =
  { readonly kind: 'line'; readonly text: string } | { readonly kind: 'interrupt' } | { readonly kind: 'eof' };

/** What the program wants when Enter is pressed: take the line, or stall (CLISH completing a word). */
export type EnterAction =
  | { readonly kind: 'accept' }
  | { readonly kind: 'stall'; readonly insert?: string; readonly candidates?: readonly string[] };

export interface ReadLineOptions {
  readonly prompt: string;
  /** Echo typed characters (false for passwords); ANDed with the terminal's `stty echo`. */
  readonly echo?: boolean;
  /** Print a newline after Enter even when not echoing (sudo does after a password). */
  readonly newlineWhenSilent?: boolean;
  readonly onEnter?: (line: string) => EnterAction;
  readonly onTab?: (line: string) => EnterAction;
}

const MAX_LINE = 1024 * 1024;
const BELL = '\x07';

interface LineReader {
  readonly kind: 'line';
  readonly options: ReadLineOptions;
  chars: string[];
  cursor: number;
  escape: string | null;
  resolve(result: ReadResult): void;
}

interface KeyReader {
  readonly kind: 'key';
  resolve(key: string | null): void;
}

export class Terminal {
  /** `stty echo` / `stty -echo`. */
  echo = true;
  /** `stty onlcr` / `stty -onlcr`: output `\n` becomes `\r\n` (on by default, as on a real PTY). */
  onlcr = true;
  /** sudo's per-tty timestamp (device ms until which no password is asked). */
  sudoValidUntil = 0;
  private typeahead = '';
  private reader: LineReader | KeyReader | null = null;
  private readonly foreground: AbortController[] = [];
  private closed = false;
  private inputEnded = false;
  private lastWasCr = false;
  private outputWatchers = new Set<(bytes: number) => void>();
  private cut: { remaining: number; then: () => void } | null = null;
  /** Echo produced while handling one chunk of input, written as one piece (as a tty would). */
  private echoBuffer: string | null = null;

  constructor(
    private readonly transport: TerminalTransport,
    readonly pty: PtyInfo | null,
  ) {}

  get isClosed(): boolean {
    return this.closed;
  }

  get rows(): number {
    return this.pty?.rows && this.pty.rows > 2 ? this.pty.rows : 24;
  }

  /** Bytes from the client. */
  feed(data: string): void {
    this.echoBuffer = '';
    try {
      this.feedChars(data);
    } finally {
      const echoed = this.echoBuffer;
      this.echoBuffer = null;
      if (echoed) void this.writeOut(echoed);
    }
  }

  private feedChars(data: string): void {
    for (const char of data) {
      if (this.pty && char === '\x03') {
        this.interrupt(true);
        continue;
      }
      if (char === '\n' && this.lastWasCr) {
        this.lastWasCr = false;
        continue;
      }
      this.lastWasCr = char === '\r';
      if (this.reader) this.handle(char);
      else if (this.typeahead.length < MAX_LINE * 4) this.typeahead += char;
    }
  }

  /** The client closed its side of stdin (exec channels): pending and future reads see EOF. */
  endInput(): void {
    this.inputEnded = true;
    this.settleAtEof();
  }

  /** The channel is gone: abort everything, resolve every read with EOF. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.inputEnded = true;
    for (const controller of this.foreground) controller.abort();
    this.settleAtEof();
  }

  private settleAtEof(): void {
    if (!this.inputEnded || this.typeahead.length > 0) return;
    const reader = this.reader;
    if (!reader) return;
    this.reader = null;
    if (reader.kind === 'line') {
      if (reader.chars.length > 0 && !this.closed) reader.resolve({ kind: 'line', text: reader.chars.join('') });
      else reader.resolve({ kind: 'eof' });
    } else reader.resolve(null);
  }

  /**
   * Ctrl-C, or an SSH `signal INT`. While a line is being read it abandons the line; while a
   * command runs it interrupts the innermost foreground command.
   */
  interrupt(echoed: boolean): void {
    this.typeahead = '';
    const reader = this.reader;
    if (reader?.kind === 'line') {
      this.reader = null;
      this.emit('^C\n');
      reader.resolve({ kind: 'interrupt' });
      return;
    }
    if (reader?.kind === 'key') {
      this.reader = null;
      reader.resolve('\x03');
      return;
    }
    if (echoed && this.pty) this.emit('^C');
    this.foreground[this.foreground.length - 1]?.abort();
  }

  /** A command is starting in the foreground: Ctrl-C will abort this controller. */
  pushForeground(controller: AbortController): void {
    this.foreground.push(controller);
    if (this.closed) controller.abort();
  }

  popForeground(controller: AbortController): void {
    const index = this.foreground.lastIndexOf(controller);
    if (index >= 0) this.foreground.splice(index, 1);
  }

  /** Called with the byte count of every stdout/stderr write (the drop-session fault watches it). */
  watchOutput(watcher: (bytes: number) => void): () => void {
    this.outputWatchers.add(watcher);
    return () => this.outputWatchers.delete(watcher);
  }

  private translate(text: string): Buffer {
    return Buffer.from(this.pty && this.onlcr ? text.replace(/\n/g, '\r\n') : text, 'utf8');
  }

  private writeOut(text: string): Promise<boolean> {
    return this.writeRaw(this.translate(text));
  }

  /** Program output (stdout). */
  write(text: string): Promise<boolean> {
    if (text.length === 0) return Promise.resolve(!this.closed);
    return this.writeRaw(this.translate(text));
  }

  /** Program diagnostics (stderr): the same screen on a PTY, the extended stream otherwise. */
  writeErr(text: string): Promise<boolean> {
    if (text.length === 0) return Promise.resolve(!this.closed);
    if (this.pty) return this.write(text);
    for (const watcher of this.outputWatchers) watcher(text.length);
    return this.closed ? Promise.resolve(false) : this.transport.err(Buffer.from(text, 'utf8'));
  }

  /**
   * Let `bytes` more bytes of output through, then swallow the rest and call `then` once they are
   * on their way (the drop-session fault cuts a command's output in the middle).
   */
  cutOutputAfter(bytes: number, then: () => void): void {
    this.cut = { remaining: bytes, then };
  }

  /** Bytes as they are (the garbage fault). */
  writeRaw(chunk: Buffer): Promise<boolean> {
    if (this.closed) return Promise.resolve(false);
    for (const watcher of this.outputWatchers) watcher(chunk.length);
    const cut = this.cut;
    if (cut) {
      if (chunk.length < cut.remaining) cut.remaining -= chunk.length;
      else {
        this.cut = null;
        this.closed = true;
        const head = chunk.subarray(0, cut.remaining);
        void (head.length ? this.transport.out(head) : Promise.resolve(true)).then(() => setTimeout(cut.then, 10));
        return Promise.resolve(false);
      }
    }
    return this.transport.out(chunk);
  }

  /** Print `prompt`, then read one edited line. */
  readLine(options: ReadLineOptions): Promise<ReadResult> {
    if (this.closed) return Promise.resolve({ kind: 'eof' });
    if (options.prompt) void this.writeOut(options.prompt);
    return new Promise((resolve) => {
      this.reader = { kind: 'line', options, chars: [], cursor: 0, escape: null, resolve };
      this.drainTypeahead();
      this.settleAtEof();
    });
  }

  /** One key press (the `more` pager). Resolves null at EOF, `\x03` on Ctrl-C. */
  readKey(): Promise<string | null> {
    if (this.closed) return Promise.resolve(null);
    return new Promise((resolve) => {
      this.reader = { kind: 'key', resolve };
      this.drainTypeahead();
      this.settleAtEof();
    });
  }

  private drainTypeahead(): void {
    while (this.reader && this.typeahead.length > 0) {
      const [char] = this.typeahead;
      this.typeahead = this.typeahead.slice(char?.length ?? 1);
      if (char !== undefined) this.handle(char);
    }
  }

  private echoing(reader: LineReader): boolean {
    return this.echo && reader.options.echo !== false && this.pty !== null;
  }

  private show(reader: LineReader, text: string): void {
    if (this.echoing(reader) && text) this.emit(text);
  }

  /** Terminal-generated output (echo, ^C): batched while a chunk of input is being handled. */
  private emit(text: string): void {
    if (this.echoBuffer !== null) this.echoBuffer += text;
    else void this.writeOut(text);
  }

  private handle(char: string): void {
    const reader = this.reader;
    if (!reader) return;
    if (reader.kind === 'key') {
      this.reader = null;
      reader.resolve(char);
      return;
    }
    if (reader.escape !== null) {
      this.handleEscape(reader, char);
      return;
    }
    const rest = () => reader.chars.slice(reader.cursor).join('');
    switch (char) {
      case '\r':
      case '\n':
        this.enter(reader);
        return;
      case '\x7f':
      case '\b':
        if (reader.cursor === 0) return;
        reader.chars.splice(reader.cursor - 1, 1);
        reader.cursor -= 1;
        this.show(reader, `\b${rest()} ${'\b'.repeat(rest().length + 1)}`);
        return;
      case '\x01':
        this.show(reader, '\b'.repeat(reader.cursor));
        reader.cursor = 0;
        return;
      case '\x05':
        this.show(reader, rest());
        reader.cursor = reader.chars.length;
        return;
      case '\x0b': {
        const killed = rest().length;
        reader.chars.splice(reader.cursor);
        this.show(reader, `${' '.repeat(killed)}${'\b'.repeat(killed)}`);
        return;
      }
      case '\x15': {
        const tail = rest();
        const removed = reader.cursor;
        reader.chars.splice(0, reader.cursor);
        reader.cursor = 0;
        this.show(reader, `${'\b'.repeat(removed)}${tail}${' '.repeat(removed)}${'\b'.repeat(removed + tail.length)}`);
        return;
      }
      case '\x17': {
        let start = reader.cursor;
        while (start > 0 && reader.chars[start - 1] === ' ') start -= 1;
        while (start > 0 && reader.chars[start - 1] !== ' ') start -= 1;
        const removed = reader.cursor - start;
        if (removed === 0) return;
        reader.chars.splice(start, removed);
        reader.cursor = start;
        const tail = rest();
        this.show(reader, `${'\b'.repeat(removed)}${tail}${' '.repeat(removed)}${'\b'.repeat(removed + tail.length)}`);
        return;
      }
      case '\x04':
        if (reader.chars.length === 0) {
          this.reader = null;
          reader.resolve({ kind: 'eof' });
        } else if (reader.cursor < reader.chars.length) {
          reader.chars.splice(reader.cursor, 1);
          const tail = rest();
          this.show(reader, `${tail} ${'\b'.repeat(tail.length + 1)}`);
        }
        return;
      case '\t':
        this.complete(reader, reader.options.onTab);
        return;
      case '\x1b':
        reader.escape = '';
        return;
      default:
        break;
    }
    if (char < ' ' || char === '\x7f') return;
    if (reader.chars.length >= MAX_LINE) return;
    this.insert(reader, char);
  }

  private insert(reader: LineReader, text: string): void {
    const chars = [...text];
    reader.chars.splice(reader.cursor, 0, ...chars);
    reader.cursor += chars.length;
    const tail = reader.chars.slice(reader.cursor).join('');
    this.show(reader, `${text}${tail}${'\b'.repeat(tail.length)}`);
  }

  private handleEscape(reader: LineReader, char: string): void {
    const sequence = reader.escape + char;
    if (sequence === '[' || sequence === 'O' || /^\[[0-9;]*$/.test(sequence)) {
      reader.escape = sequence;
      return;
    }
    reader.escape = null;
    if (sequence === '[D' || sequence === 'OD') {
      if (reader.cursor > 0) {
        reader.cursor -= 1;
        this.show(reader, '\b');
      }
    } else if (sequence === '[C' || sequence === 'OC') {
      if (reader.cursor < reader.chars.length) {
        this.show(reader, reader.chars[reader.cursor] ?? '');
        reader.cursor += 1;
      }
    } else if (sequence === '[3~') {
      if (reader.cursor < reader.chars.length) {
        reader.chars.splice(reader.cursor, 1);
        const tail = reader.chars.slice(reader.cursor).join('');
        this.show(reader, `${tail} ${'\b'.repeat(tail.length + 1)}`);
      }
    }
    // Anything else (history keys, function keys, a lone ESC) is ignored.
  }

  /** Tab, or Enter on an abbreviation: complete the word in place, list candidates, or ring the bell. */
  private complete(reader: LineReader, hook: ((line: string) => EnterAction) | undefined): boolean {
    const action = hook?.(reader.chars.join('')) ?? { kind: 'stall' as const };
    if (action.kind === 'accept') return false;
    this.show(reader, BELL);
    if (action.insert) {
      reader.cursor = reader.chars.length;
      this.insert(reader, action.insert);
    }
    if (action.candidates && action.candidates.length > 0)
      this.show(reader, `\n${action.candidates.join('  ')}\n${reader.options.prompt}${reader.chars.join('')}`);
    return true;
  }

  private enter(reader: LineReader): void {
    if (reader.options.onEnter && this.complete(reader, reader.options.onEnter)) return;
    this.reader = null;
    if (this.echoing(reader) || (reader.options.newlineWhenSilent && this.pty)) this.emit('\n');
    reader.resolve({ kind: 'line', text: reader.chars.join('') });
  }
}
