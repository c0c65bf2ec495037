import { SshError } from '../ssh-error';
import type { RunResult } from '../types';
import {
  commandLine,
  FrameReader,
  newNonce,
  resyncLine,
  resyncMarker,
  setupLine,
  setupMarker,
} from './bash-frame';
import type { ExecOptions } from './clish-exec';
import type { ShellChannel } from './shell-channel';

/**
 * Run one command in expert/root bash, framed by markers: the output is exactly what the
 * command printed (with `-onlcr`, no CR is added), and the exit code is the shell's `$?`.
 */
export const runFramed = (
  channel: ShellChannel,
  command: string,
  options: ExecOptions & { readonly crlf: boolean },
): Promise<RunResult> =>
  new Promise((resolve, reject) => {
    const started = Date.now();
    const decoder = new TextDecoder('utf-8');
    const streamDecoder = new TextDecoder('utf-8');
    const kept: Buffer[] = [];
    let finished = false;
    const nonce = newNonce();
    const reader = new FrameReader(nonce, {
      maxBytes: options.maxBytes,
      crlf: options.crlf,
      onBytes: (bytes) => {
        kept.push(bytes);
        if (options.onChunk) {
          const text = streamDecoder.decode(bytes, { stream: true });
          if (text.length > 0) options.onChunk(text);
        }
      },
    });
    const text = () => decoder.decode(Buffer.concat(kept));
    const partial = () => {
      reader.flush();
      return { output: text(), truncatedBytes: reader.truncatedBytes, durationMs: Date.now() - started };
    };
    const finish = (outcome: () => void) => {
      if (finished) return;
      finished = true;
      clearTimeout(deadline);
      detach();
      outcome();
    };
    const deadline = setTimeout(
      () => finish(() => reject(new SshError('timeout', { phase: 'command', timeoutMs: options.timeoutMs }, partial()))),
      options.timeoutMs,
    );
    const detach = channel.attach({
      onData: (chunk) => {
        const done = reader.push(chunk);
        if (reader.truncatedBytes > 0 && options.onOverflow === 'error') {
          finish(() => reject(new SshError('output-too-large', { maxBytes: options.maxBytes }, partial())));
          return;
        }
        if (!done) return;
        const result: RunResult = {
          output: text(),
          exitCode: reader.exitCode ?? null,
          durationMs: Date.now() - started,
          truncatedBytes: reader.truncatedBytes,
          syntaxError: null,
        };
        finish(() => resolve(result));
      },
      onClose: (error) => finish(() => reject(new SshError(error.kind, error.details, partial()))),
    });
    channel.write(commandLine(nonce, command));
  });

/** Wait until `marker` appears in the channel's output (bounded memory, bounded time). */
const waitForText = (channel: ShellChannel, marker: RegExp, send: string, timeoutMs: number): Promise<RegExpExecArray> =>
  new Promise((resolve, reject) => {
    let window = '';
    let finished = false;
    const finish = (outcome: () => void) => {
      if (finished) return;
      finished = true;
      clearTimeout(deadline);
      detach();
      outcome();
    };
    const deadline = setTimeout(
      () => finish(() => reject(new SshError('timeout', { phase: 'mode-change', timeoutMs }))),
      timeoutMs,
    );
    const detach = channel.attach({
      onData: (chunk) => {
        window = (window + chunk.toString('latin1')).slice(-4096);
        const match = marker.exec(window);
        if (match) finish(() => resolve(match));
      },
      onClose: (error) => finish(() => reject(error)),
    });
    channel.write(send);
  });

/**
 * Prepare a freshly entered bash for framed commands (no echo, no CRLF, no PS2). Returns true
 * when `stty` failed and the terminal still writes CRLF.
 */
export const setupBash = async (channel: ShellChannel, timeoutMs: number): Promise<{ crlf: boolean }> => {
  const nonce = newNonce();
  const match = await waitForText(channel, setupMarker(nonce), setupLine(nonce), timeoutMs);
  return { crlf: match[1] !== '0' };
};

/** Is the shell at a prompt again? Typed after Ctrl-C; true once the fresh marker comes back. */
export const resyncBash = async (channel: ShellChannel, timeoutMs: number): Promise<boolean> => {
  const nonce = newNonce();
  const escaped = resyncMarker(nonce).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  try {
    await waitForText(channel, new RegExp(escaped), resyncLine(nonce), timeoutMs);
    return true;
  } catch {
    return false;
  }
};
