import type { FileContent } from '../file-content';
import type { CommandContext } from '../shell/env';
import type { InStream } from '../shell/streams';
import { mayAccess, resolvePath, type VNode } from '../vfs';

/** Helpers the simulated programs share: option parsing, opening files, reading input line by line. */

export interface ParsedOptions {
  readonly flags: Set<string>;
  readonly values: Map<string, string>;
  readonly operands: string[];
}

/**
 * getopt-style parsing: `-abc` bundles, `-n5` / `-n 5` values, `--` ends options. `withValue` lists
 * the short options that take a value; long options are passed through as flags/values by name.
 * Throws the offending option text on anything not in `known`.
 */
export const parseOptions = (
  args: readonly string[],
  known: string,
  withValue: string,
  longOptions: Readonly<Record<string, 'flag' | 'value'>> = {},
): ParsedOptions => {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const operands: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('--') && arg.length > 2) {
      const eq = arg.indexOf('=');
      const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      const kind = longOptions[name];
      if (!kind) throw new OptionError(arg);
      if (kind === 'flag') flags.add(name);
      else {
        const value = eq < 0 ? args[++i] : arg.slice(eq + 1);
        if (value === undefined) throw new OptionError(arg, 'missing');
        values.set(name, value);
      }
      continue;
    }
    if (arg.startsWith('-') && arg.length > 1 && !/^-\d/.test(arg)) {
      for (let j = 1; j < arg.length; j += 1) {
        const letter = arg[j] ?? '';
        if (withValue.includes(letter)) {
          const value = j + 1 < arg.length ? arg.slice(j + 1) : args[++i];
          if (value === undefined) throw new OptionError(`-${letter}`, 'missing');
          values.set(letter, value);
          break;
        }
        if (!known.includes(letter)) throw new OptionError(`-${letter}`);
        flags.add(letter);
      }
      continue;
    }
    operands.push(arg);
  }
  return { flags, values, operands };
};

export class OptionError extends Error {
  constructor(
    readonly option: string,
    readonly reason: 'unknown' | 'missing' = 'unknown',
  ) {
    super(`${reason} option ${option}`);
  }
}

/** Open a file for reading as the shell's user; an error text (`cat: X: …`) when it cannot. */
export const openFile = (ctx: CommandContext, path: string): { node: VNode; content: FileContent } | string => {
  const full = resolvePath(ctx.env.cwd, ctx.env.home, path);
  const node = ctx.env.runtime.vfs.lookup(full, ctx.env.user);
  if (typeof node === 'string') return node;
  if (node.kind === 'dir') return 'Is a directory';
  if (!mayAccess(node, ctx.env.user, 'read')) return 'Permission denied';
  const content = node.content();
  if (!content) return 'No such file or directory';
  return { node, content };
};

/** Yield to the event loop so a long scan keeps the server responsive. */
export const yieldNow = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Lines of a stream of chunks (the last line may lack a newline; `hasNewline` says). */
export async function* linesOf(
  next: () => Promise<string | null> | string | null,
): AsyncGenerator<{ line: string; hasNewline: boolean }> {
  let rest = '';
  for (;;) {
    const chunk = await next();
    if (chunk === null) break;
    const parts = (rest + chunk).split('\n');
    rest = parts.pop() ?? '';
    for (const line of parts) yield { line, hasNewline: true };
  }
  if (rest !== '') yield { line: rest, hasNewline: false };
}

/** A reader over a file's content in chunks (64 KB), yielding to the loop between chunks. */
export const contentReader = (content: FileContent, start = 0, chunkSize = 256 * 1024) => {
  let offset = start;
  return async (): Promise<string | null> => {
    if (offset >= content.size) return null;
    const chunk = content.read(offset, chunkSize);
    offset += chunkSize;
    await yieldNow();
    return chunk;
  };
};

export const streamReader = (stream: InStream) => () => stream.read();

/** Parse a duration like `5`, `2.5`, `1m`, `500ms` into seconds (timeout/sleep syntax). */
export const parseDuration = (text: string): number | null => {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)?$/.exec(text);
  if (!match) return null;
  const value = Number(match[1]);
  const unit = match[2] ?? 's';
  const factor = unit === 'ms' ? 0.001 : unit === 's' ? 1 : unit === 'm' ? 60 : unit === 'h' ? 3600 : 86400;
  return value * factor;
};
