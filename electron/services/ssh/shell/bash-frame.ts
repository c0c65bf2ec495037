import { randomBytes } from 'node:crypto';

/**
 * The wire protocol of expert/root commands (device-facts lesson (b): frame each command with a
 * unique sentinel and `$?` instead of reading prompts). Every line we type in bash is one of:
 *
 *   setup:   PS2=''; stty -echo -onlcr 2>/dev/null; printf '%s%s%s>\n' '<FCD' ':N:R:' "$?"
 *            → prints `<FCD:N:R:<stty status>>`; turns off echo and LF→CRLF, so output is exact
 *   command: printf '%s%s\n' '<FCD' ':N:S>'; eval 'CMD' </dev/null; printf '\n%s%s%s>\n' '<FCD' ':N:E:' "$?"
 *            → `<FCD:N:S>\n` + CMD's output + `\n<FCD:N:E:<exit code>>\n`
 *   resync:  printf '%s%s\n' '<FCD' ':N:Y>'   → `<FCD:N:Y>` (the shell is back at a prompt)
 *   mode:    printf '%s%s\n' '<FCD' ':N:M>'; sudo su -     (or `exit`, `stty echo onlcr …; exit`)
 *            → `<FCD:N:M>` then what the mode change prints; a stale prompt before it is ignored
 *
 * N is a fresh random nonce per line, and the marker is split across two printf arguments, so
 * neither the echoed command nor anything the command prints can contain it: a prompt look-alike
 * in the output can never end a command early. CMD is single-quoted (`'` → `'\''`) and reads
 * /dev/null, so it can never swallow what we type next. A simulated device must accept exactly
 * these lines (printf with %s, `;` lists, eval of a single-quoted word, `$?`, a stdin redirect).
 */
export const newNonce = (): string => randomBytes(8).toString('hex');

const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

export const setupLine = (nonce: string): string =>
  `PS2=''; stty -echo -onlcr 2>/dev/null; printf '%s%s%s>\\n' '<FCD' ':${nonce}:R:' "$?"\n`;

export const commandLine = (nonce: string, command: string): string =>
  `printf '%s%s\\n' '<FCD' ':${nonce}:S>'; eval ${quote(command)} </dev/null; printf '\\n%s%s%s>\\n' '<FCD' ':${nonce}:E:' "$?"\n`;

export const resyncLine = (nonce: string): string => `printf '%s%s\\n' '<FCD' ':${nonce}:Y>'\n`;

export const markedLine = (nonce: string, command: string): string =>
  `printf '%s%s\\n' '<FCD' ':${nonce}:M>'; ${command}\n`;
export const modeMarker = (nonce: string): string => `<FCD:${nonce}:M>`;

/** `<FCD:N:R:0>` (setup, with stty's status) / `<FCD:N:Y>` (resync) as regexes over decoded text. */
export const setupMarker = (nonce: string): RegExp => new RegExp(`<FCD:${nonce}:R:(\\d+)>`);
export const resyncMarker = (nonce: string): string => `<FCD:${nonce}:Y>`;

/** How long a suffix of `data` is a prefix of `marker` (bytes we must hold back while streaming). */
const partialSuffix = (data: Buffer, marker: Buffer): number => {
  for (let n = Math.min(marker.length - 1, data.length); n > 0; n -= 1) {
    if (data.subarray(data.length - n).equals(marker.subarray(0, n))) return n;
  }
  return 0;
};

export interface FrameOptions {
  readonly maxBytes: number;
  /** True when the terminal still turns LF into CRLF (stty failed): our own `\n` arrives as `\r\n`. */
  readonly crlf: boolean;
  readonly onBytes: (kept: Buffer) => void;
}

/**
 * Reads one framed command's bytes: skips everything before the start marker, passes the body on
 * (up to `maxBytes`, counting the rest), and stops at the end marker with the exit code. Holds
 * back only bytes that could be the start of the end marker, so output streams as it comes and
 * memory stays bounded whatever the command prints.
 */
export class FrameReader {
  private readonly start: Buffer;
  private readonly end: Buffer;
  private head: Buffer = Buffer.alloc(0);
  private body: Buffer = Buffer.alloc(0);
  private inBody = false;
  private kept = 0;
  truncatedBytes = 0;
  exitCode: number | undefined;

  constructor(
    nonce: string,
    private readonly options: FrameOptions,
  ) {
    this.start = Buffer.from(`<FCD:${nonce}:S>`);
    this.end = Buffer.from(`${options.crlf ? '\r\n' : '\n'}<FCD:${nonce}:E:`);
  }

  get keptBytes(): number {
    return this.kept;
  }

  /** Feed bytes; true once the end marker (and its exit code) has been read. */
  push(chunk: Buffer): boolean {
    if (this.exitCode !== undefined) return true;
    if (!this.inBody) {
      this.head = Buffer.concat([this.head, chunk]);
      const at = this.head.indexOf(this.start);
      if (at < 0) {
        this.head = this.head.subarray(Math.max(0, this.head.length - this.start.length - 2));
        return false;
      }
      const after = at + this.start.length;
      const newline = this.head.indexOf(0x0a, after);
      if (newline < 0) return false;
      this.inBody = true;
      chunk = this.head.subarray(newline + 1);
      this.head = Buffer.alloc(0);
    }
    this.body = this.body.length ? Buffer.concat([this.body, chunk]) : chunk;
    const at = this.body.indexOf(this.end);
    if (at >= 0) {
      const close = this.body.indexOf(0x3e /* > */, at + this.end.length);
      if (close < 0) {
        this.emit(this.body.subarray(0, at));
        this.body = this.body.subarray(at);
        return false;
      }
      this.emit(this.body.subarray(0, at));
      this.exitCode = Number(this.body.subarray(at + this.end.length, close).toString('latin1'));
      this.body = Buffer.alloc(0);
      return true;
    }
    const safe = this.body.length - partialSuffix(this.body, this.end);
    this.emit(this.body.subarray(0, safe));
    this.body = this.body.subarray(safe);
    return false;
  }

  /** The command ended without its end marker (timeout, drop): pass on the bytes held back. */
  flush(): void {
    if (this.exitCode !== undefined || !this.inBody) return;
    this.emit(this.body);
    this.body = Buffer.alloc(0);
  }

  private emit(bytes: Buffer): void {
    if (bytes.length === 0) return;
    const room = Math.max(0, this.options.maxBytes - this.kept);
    const kept = bytes.length <= room ? bytes : bytes.subarray(0, room);
    this.truncatedBytes += bytes.length - kept.length;
    if (kept.length === 0) return;
    this.kept += kept.length;
    this.options.onBytes(Buffer.from(kept));
  }
}
