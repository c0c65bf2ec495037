import type { EvidenceLimits } from './options';
import { utf8Length } from './format';

/**
 * Long device output cut for print: the head (what a command says first: curl's connect and TLS
 * lines) and the tail (the most recent log lines), with the middle counted, never silently lost.
 */
export interface TrimmedOutput {
  readonly head: readonly string[];
  /** Empty when nothing was cut. */
  readonly tail: readonly string[];
  readonly omittedLines: number;
  readonly omittedBytes: number;
}

/** Line endings as a terminal shows them: CRLF and lone CR (progress redraws) become LF. */
export const normalizeOutput = (output: string): string => output.replace(/\r\n?/g, '\n').replace(/\n$/, '');

/** Cut a line to at most `budget` UTF-8 bytes, on a character boundary. */
const cutLine = (line: string, budget: number): string => {
  let used = 0;
  let out = '';
  for (const char of line) {
    const size = utf8Length(char);
    if (used + size > budget) return `${out}…`;
    used += size;
    out += char;
  }
  return out;
};

/** Take lines in order until the line count or the byte budget runs out; a first line too long may be cut. */
const takeWithin = (lines: readonly string[], maxLines: number, budget: number, cutFirst: boolean): string[] => {
  const taken: string[] = [];
  let used = 0;
  for (const line of lines) {
    if (taken.length >= maxLines) break;
    const size = utf8Length(line) + 1;
    if (used + size > budget) {
      if (taken.length === 0 && cutFirst && budget > 1) taken.push(cutLine(line, budget - 1));
      break;
    }
    taken.push(line);
    used += size;
  }
  return taken;
};

export const trimOutput = (output: string, limits: EvidenceLimits): TrimmedOutput => {
  const text = normalizeOutput(output);
  const lines = text === '' ? [] : text.split('\n');
  const totalBytes = utf8Length(text);
  if (lines.length <= limits.maxLines && totalBytes <= limits.maxBytes) {
    return { head: lines, tail: [], omittedLines: 0, omittedBytes: 0 };
  }
  const bytesOf = (shown: readonly string[]): number => shown.reduce((n, l) => n + utf8Length(l) + 1, 0);
  const head = takeWithin(lines, Math.ceil((limits.maxLines * 2) / 3), Math.floor((limits.maxBytes * 2) / 3), true);
  const rest = lines.slice(head.length);
  const tail = takeWithin(
    [...rest].reverse(),
    limits.maxLines - head.length,
    limits.maxBytes - bytesOf(head),
    false,
  ).reverse();
  const shownBytes = Math.max(bytesOf([...head, ...tail]) - 1, 0);
  return {
    head,
    tail,
    omittedLines: lines.length - head.length - tail.length,
    omittedBytes: Math.max(totalBytes - shownBytes, 0),
  };
};
