import { StringDecoder } from 'node:string_decoder';
import { SshError } from '../ssh-error';
import type { RunResult } from '../types';
import { classifyPrompt } from './prompts';
import { boundedRead } from './bounded-read';
import type { ShellChannel } from './shell-channel';
import { cleanTerminal, tailLine } from './terminal-text';

export interface ExecOptions {
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly onOverflow: 'truncate' | 'error';
  readonly onChunk?: (text: string) => void;
}

/** Pager prompts anywhere in CLISH text (they are answered with a space, then erased). */
const PAGER_ANY = /<-+ ?More ?-+>|-+ ?More ?-+/g;
const TAIL_KEEP = 2048;

/** CLISH output as text: pager prompts out, terminal-cleaned, echo line and final prompt removed. */
export const cleanClishOutput = (raw: string, command: string): { output: string; syntaxError: string | null } => {
  const lines = cleanTerminal(raw.replace(PAGER_ANY, '')).split('\n');
  if (lines.length > 0 && (lines[0] ?? '').trim().endsWith(command.trim())) lines.shift();
  const last = lines.at(-1) ?? '';
  if (classifyPrompt(last) === 'clish' || classifyPrompt(last) === 'module' || last.trim() === '') lines.pop();
  const output = lines.length > 0 ? `${lines.join('\n')}\n` : '';
  const syntaxError = lines.map((l) => l.trim()).find((l) => /^Syntax error:/i.test(l)) ?? null;
  return { output, syntaxError };
};

/**
 * Run one CLISH command: type it, answer `--More--` with a space, and finish when the device
 * has gone quiet on the `> ` prompt (CLISH has no exit codes, so the prompt is the only end).
 * `Syntax error:` is reported in the result, not thrown: the command ran and was refused.
 */
export const runClish = (
  channel: ShellChannel,
  command: string,
  options: ExecOptions & { readonly settleMs: number },
): Promise<RunResult> => {
  const started = Date.now();
  const decoder = new StringDecoder('utf8');
  const streamDecoder = new StringDecoder('utf8');
  const kept: Buffer[] = [];
  let keptBytes = 0;
  let truncatedBytes = 0;
  let tail = '';
  let streamHold = '';
  let echoSkipped = false;
  let settle: ReturnType<typeof setTimeout> | undefined;

  const partial = () => ({
    output: cleanClishOutput(Buffer.concat(kept).toString('utf8'), command).output,
    truncatedBytes,
    durationMs: Date.now() - started,
  });
  const stream = (bytes: Buffer) => {
    if (!options.onChunk) return;
    streamHold += streamDecoder.write(bytes);
    const cut = streamHold.lastIndexOf('\n');
    if (cut < 0) return;
    let lines = cleanTerminal(streamHold.slice(0, cut + 1).replace(PAGER_ANY, '')).split('\n');
    streamHold = streamHold.slice(cut + 1);
    if (!echoSkipped) {
      echoSkipped = true;
      lines = lines.slice(1);
    }
    const text = lines.join('\n');
    if (text.length > 0) options.onChunk(text);
  };
  const evaluate = (resolve: (result: RunResult) => void) => {
    const kind = classifyPrompt(tailLine(tail));
    if (kind === 'pager') {
      channel.write(' ');
      tail = '';
      return;
    }
    if (kind !== 'clish' && kind !== 'module') return;
    const { output, syntaxError } = cleanClishOutput(Buffer.concat(kept).toString('utf8'), command);
    resolve({ output, exitCode: null, durationMs: Date.now() - started, truncatedBytes, syntaxError });
  };

  channel.discardPending();
  return boundedRead<RunResult>(channel, {
    send: `${command}\n`,
    timeoutMs: options.timeoutMs,
    onTimeout: () => new SshError('timeout', { phase: 'command', timeoutMs: options.timeoutMs }, partial()),
    onClose: (error) => new SshError(error.kind, error.details, partial()),
    onEnd: () => clearTimeout(settle),
    onData: (chunk, control) => {
      const room = Math.max(0, options.maxBytes - keptBytes);
      const keep = chunk.length <= room ? chunk : chunk.subarray(0, room);
      truncatedBytes += chunk.length - keep.length;
      if (keep.length > 0) {
        kept.push(Buffer.from(keep));
        keptBytes += keep.length;
        stream(keep);
      }
      tail = (tail + decoder.write(chunk)).slice(-TAIL_KEEP);
      if (truncatedBytes > 0 && options.onOverflow === 'error') {
        control.reject(new SshError('output-too-large', { maxBytes: options.maxBytes }, partial()));
        return;
      }
      clearTimeout(settle);
      settle = setTimeout(() => evaluate(control.resolve), options.settleMs);
    },
  });
};
