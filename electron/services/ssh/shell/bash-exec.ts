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
import { boundedRead } from './bounded-read';
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
): Promise<RunResult> => {
  const started = Date.now();
  const decoder = new TextDecoder('utf-8');
  const streamDecoder = new TextDecoder('utf-8');
  const kept: Buffer[] = [];
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
  return boundedRead<RunResult>(channel, {
    send: commandLine(nonce, command),
    timeoutMs: options.timeoutMs,
    onTimeout: () => new SshError('timeout', { phase: 'command', timeoutMs: options.timeoutMs }, partial()),
    onClose: (error) => new SshError(error.kind, error.details, partial()),
    onData: (chunk, control) => {
      const done = reader.push(chunk);
      if (reader.truncatedBytes > 0 && options.onOverflow === 'error') {
        control.reject(new SshError('output-too-large', { maxBytes: options.maxBytes }, partial()));
      } else if (done) {
        control.resolve({
          output: text(),
          exitCode: reader.exitCode ?? null,
          durationMs: Date.now() - started,
          truncatedBytes: reader.truncatedBytes,
          syntaxError: null,
        });
      }
    },
  });
};

/** Wait until `marker` appears in the channel's output (bounded memory, bounded time). */
const waitForText = (channel: ShellChannel, marker: RegExp, send: string, timeoutMs: number): Promise<RegExpExecArray> => {
  let window = '';
  return boundedRead<RegExpExecArray>(channel, {
    send,
    timeoutMs,
    onTimeout: () => new SshError('timeout', { phase: 'mode-change', timeoutMs }),
    onData: (chunk, control) => {
      window = (window + chunk.toString('latin1')).slice(-4096);
      const match = marker.exec(window);
      if (match) control.resolve(match);
    },
  });
};

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
