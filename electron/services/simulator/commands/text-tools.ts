import { lastLines, type FileContent } from '../file-content';
import { INTERRUPTED, type CommandContext, type CommandImpl } from '../shell/env';
import { contentReader, linesOf, openFile, OptionError, parseOptions, streamReader, yieldNow } from './support';

/**
 * grep, head, tail and wc. On files they read through FileContent ranges: `tail -n N` / `tail -c N`
 * touch only the end of a 500 MB connector.log, `head` only the start, while `grep` and `wc` of the
 * whole file really scan it (that is the cost the log check must avoid). On pipes they stop reading
 * as soon as they are done, which cancels the producer.
 */

/** Translate a POSIX basic regular expression into a JavaScript one (`\|`, `\+`, `\(` … are the specials). */
export const basicToJs = (pattern: string): string => {
  let out = '';
  for (let i = 0; i < pattern.length; i += 1) {
    const c = pattern[i] ?? '';
    if (c === '\\' && i + 1 < pattern.length) {
      const next = pattern[i + 1] ?? '';
      i += 1;
      if ('|+?(){}'.includes(next)) out += next;
      else if (next === '<' || next === '>') out += '\\b';
      else out += `\\${next}`;
    } else if ('|+?(){}'.includes(c)) out += `\\${c}`;
    else out += c;
  }
  return out;
};

const extendedToJs = (pattern: string): string => pattern.replace(/\\[<>]/g, '\\b');

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** POSIX character classes, which JavaScript lacks. */
const posixClasses = (pattern: string): string =>
  pattern
    .replace(/\[:digit:\]/g, '0-9')
    .replace(/\[:alpha:\]/g, 'A-Za-z')
    .replace(/\[:alnum:\]/g, 'A-Za-z0-9')
    .replace(/\[:space:\]/g, ' \\t\\r\\n\\f\\v')
    .replace(/\[:upper:\]/g, 'A-Z')
    .replace(/\[:lower:\]/g, 'a-z');

const source = (ctx: CommandContext, path: string | undefined): (() => Promise<string | null>) | string => {
  if (path === undefined || path === '-') return streamReader(ctx.stdin);
  const opened = openFile(ctx, path);
  return typeof opened === 'string' ? opened : contentReader(opened.content);
};

const grep: CommandImpl = async (ctx) => {
  let parsed;
  try {
    parsed = parseOptions(ctx.args, 'ivcnEFwqHhlsoa', 'me', {
      'ignore-case': 'flag',
      'invert-match': 'flag',
      count: 'flag',
      'extended-regexp': 'flag',
      'fixed-strings': 'flag',
      quiet: 'flag',
      color: 'value',
      colour: 'value',
      'max-count': 'value',
      regexp: 'value',
      'line-number': 'flag',
    });
  } catch (error) {
    const option = error instanceof OptionError ? error.option : '';
    await ctx.stderr.write(
      `grep: invalid option -- '${option.replace(/^-+/, '')}'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n`,
    );
    return 2;
  }
  const f = parsed.flags;
  const operands = [...parsed.operands];
  const patterns: string[] = [];
  const explicit = parsed.values.get('e') ?? parsed.values.get('regexp');
  if (explicit !== undefined) patterns.push(explicit);
  else if (operands.length > 0) patterns.push(operands.shift() ?? '');
  else {
    await ctx.stderr.write("Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n");
    return 2;
  }
  const fixed = f.has('F') || f.has('fixed-strings');
  const extended = f.has('E') || f.has('extended-regexp') || ctx.name === 'egrep';
  let regex: RegExp;
  try {
    const body = patterns
      .flatMap((p) => p.split('\n'))
      .map((p) => (fixed ? escapeRegex(p) : posixClasses(extended ? extendedToJs(p) : basicToJs(p))))
      .map((p) => (f.has('w') ? `\\b(?:${p})\\b` : p))
      .join('|');
    regex = new RegExp(body, f.has('i') || f.has('ignore-case') ? 'i' : '');
  } catch {
    await ctx.stderr.write('grep: Unmatched ( or \\(\n');
    return 2;
  }
  const invert = f.has('v') || f.has('invert-match');
  const countOnly = f.has('c') || f.has('count');
  const quiet = f.has('q') || f.has('quiet');
  const numbered = f.has('n') || f.has('line-number');
  const maxText = parsed.values.get('m') ?? parsed.values.get('max-count');
  const max = maxText === undefined ? Infinity : Number.parseInt(maxText, 10);
  if (!Number.isFinite(max) && maxText !== undefined) {
    await ctx.stderr.write(`grep: invalid max count\n`);
    return 2;
  }
  const files = operands.length ? operands : [undefined];
  const prefixName = (files.length > 1 && !f.has('h')) || f.has('H');
  let matchedAny = false;
  let status = 0;
  for (const file of files) {
    const read = source(ctx, file);
    if (typeof read === 'string') {
      if (!f.has('s')) await ctx.stderr.write(`grep: ${file ?? '-'}: ${read}\n`);
      status = 2;
      continue;
    }
    let count = 0;
    let lineNo = 0;
    let scanned = 0;
    for await (const { line } of linesOf(read)) {
      if (ctx.signal.aborted) return INTERRUPTED;
      lineNo += 1;
      if ((scanned += 1) % 20_000 === 0) await yieldNow();
      if (regex.test(line) === invert) continue;
      count += 1;
      matchedAny = true;
      if (quiet) return 0;
      if (!countOnly && !f.has('l')) {
        const prefix = `${prefixName ? `${file ?? '(standard input)'}:` : ''}${numbered ? `${lineNo}:` : ''}`;
        if (!(await ctx.stdout.write(`${prefix}${line}\n`))) return 141;
      }
      if (count >= max) break;
    }
    if (countOnly) await ctx.stdout.write(`${prefixName ? `${file ?? '(standard input)'}:` : ''}${count}\n`);
    if (f.has('l') && count > 0) await ctx.stdout.write(`${file ?? '(standard input)'}\n`);
  }
  if (status === 2 && !matchedAny) return 2;
  return matchedAny ? 0 : 1;
};

/** `-n N`, `-N`, `-n +N`, `-c N` (the numeric shorthand `-20` included). */
const countOptions = (
  args: readonly string[],
): { lines?: string; bytes?: string; follow: boolean; files: string[] } | string => {
  const files: string[] = [];
  let lines: string | undefined;
  let bytes: string | undefined;
  let follow = false;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (/^-\d+$/.test(arg)) lines = arg.slice(1);
    else if (arg === '-n' || arg === '--lines') lines = args[++i];
    else if (arg.startsWith('-n')) lines = arg.slice(2);
    else if (arg.startsWith('--lines=')) lines = arg.slice(8);
    else if (arg === '-c' || arg === '--bytes') bytes = args[++i];
    else if (arg.startsWith('-c')) bytes = arg.slice(2);
    else if (arg.startsWith('--bytes=')) bytes = arg.slice(8);
    else if (arg === '-f' || arg === '-F' || arg === '--follow') follow = true;
    else if (arg === '-q' || arg === '-s') continue;
    else if (arg.startsWith('-') && arg !== '-') return arg;
    else files.push(arg);
  }
  return { ...(lines !== undefined ? { lines } : {}), ...(bytes !== undefined ? { bytes } : {}), follow, files };
};

const validCount = (text: string | undefined): boolean => text === undefined || /^\+?\d+$/.test(text);

type CountOptions = Exclude<ReturnType<typeof countOptions>, string>;

/**
 * What head and tail share: option checks, and a `==> file <==` header per file when there are
 * several. `body` handles one file (`-` is stdin) and returns its status; 141 (reader gone) and 130
 * (Ctrl-C) end the command at once.
 */
const perFile =
  (name: string, body: (ctx: CommandContext, options: CountOptions, file: string) => Promise<number>): CommandImpl =>
  async (ctx) => {
    const options = countOptions(ctx.args);
    if (typeof options === 'string' || !validCount(options.lines) || !validCount(options.bytes)) {
      const what = typeof options === 'string' ? ` -- '${options.replace(/^-+/, '')}'` : ' value';
      await ctx.stderr.write(`${name}: invalid option${what}\n`);
      return 1;
    }
    const files = options.files.length ? options.files : ['-'];
    let status = 0;
    for (const [index, file] of files.entries()) {
      if (files.length > 1) await ctx.stdout.write(`${index > 0 ? '\n' : ''}==> ${file === '-' ? 'standard input' : file} <==\n`);
      const result = await body(ctx, { ...options, follow: options.follow && files.length === 1 }, file);
      if (result === 141 || result === INTERRUPTED) return result;
      if (result !== 0) status = result;
    }
    return status;
  };

const head = perFile('head', async (ctx, options, file) => {
  const read = source(ctx, file === '-' ? undefined : file);
  if (typeof read === 'string') {
    await ctx.stderr.write(`head: cannot open '${file}' for reading: ${read}\n`);
    return 1;
  }
  if (options.bytes !== undefined) {
    let remaining = Number(options.bytes);
    for (let chunk = await read(); chunk !== null && remaining > 0; chunk = await read()) {
      const piece = chunk.slice(0, remaining);
      remaining -= piece.length;
      if (!(await ctx.stdout.write(piece))) return 141;
    }
    return 0;
  }
  let remaining = Number(options.lines ?? 10);
  if (remaining <= 0) return 0;
  for await (const { line, hasNewline } of linesOf(read)) {
    if (ctx.signal.aborted) return INTERRUPTED;
    if (!(await ctx.stdout.write(hasNewline ? `${line}\n` : line))) return 141;
    if (--remaining <= 0) break;
  }
  return 0;
});

/** The last lines of a stream, keeping only `count` in memory. */
const tailOfStream = async (read: () => Promise<string | null>, count: number): Promise<string> => {
  const ring: string[] = [];
  for await (const { line, hasNewline } of linesOf(read)) {
    ring.push(hasNewline ? `${line}\n` : line);
    if (ring.length > count) ring.shift();
  }
  return ring.join('');
};

const tailOfContent = (content: FileContent, lines: string | undefined, bytes: string | undefined): string | null => {
  if (bytes !== undefined) {
    if (bytes.startsWith('+')) return null;
    const n = Math.min(Number(bytes), content.size);
    return content.read(content.size - n, n);
  }
  const spec = lines ?? '10';
  if (spec.startsWith('+')) return null;
  return lastLines(content, Number(spec));
};

const tail = perFile('tail', async (ctx, options, file) => {
  if (file !== '-') {
    const opened = openFile(ctx, file);
    if (typeof opened === 'string') {
      await ctx.stderr.write(`tail: cannot open '${file}' for reading: ${opened}\n`);
      return 1;
    }
    const direct = tailOfContent(opened.content, options.lines, options.bytes);
    if (direct !== null) {
      if (!(await ctx.stdout.write(direct))) return 141;
    } else {
      // `+N`: from line/byte N to the end, streamed.
      const from = Number((options.bytes ?? options.lines ?? '+1').slice(1));
      if (options.bytes !== undefined) {
        const read = contentReader(opened.content, Math.max(0, from - 1));
        for (let chunk = await read(); chunk !== null; chunk = await read()) if (!(await ctx.stdout.write(chunk))) return 141;
      } else {
        let n = 0;
        for await (const { line, hasNewline } of linesOf(contentReader(opened.content))) {
          if (ctx.signal.aborted) return INTERRUPTED;
          if ((n += 1) >= from && !(await ctx.stdout.write(hasNewline ? `${line}\n` : line))) return 141;
        }
      }
    }
    return options.follow ? follow(ctx, file, opened.content.size) : 0;
  }
  const read = streamReader(ctx.stdin);
  if (options.bytes !== undefined) {
    let text = '';
    for (let chunk = await read(); chunk !== null; chunk = await read()) text = (text + chunk).slice(-Number(options.bytes));
    await ctx.stdout.write(text);
    return 0;
  }
  const spec = options.lines ?? '10';
  if (!spec.startsWith('+')) {
    await ctx.stdout.write(await tailOfStream(read, Number(spec)));
    return 0;
  }
  let n = 0;
  const from = Number(spec.slice(1));
  for await (const { line, hasNewline } of linesOf(read)) if ((n += 1) >= from) await ctx.stdout.write(hasNewline ? `${line}\n` : line);
  return 0;
});

/** `tail -f`: print what is appended, once a second of device time, until Ctrl-C or timeout. */
const follow = async (ctx: CommandContext, file: string, from: number): Promise<number> => {
  let offset = from;
  for (;;) {
    if (!(await ctx.env.runtime.clock.sleep(1000, ctx.signal))) return INTERRUPTED;
    const opened = openFile(ctx, file);
    if (typeof opened === 'string') continue;
    if (opened.content.size > offset) {
      await ctx.stdout.write(opened.content.read(offset, opened.content.size - offset));
      offset = opened.content.size;
    }
  }
};

const wc: CommandImpl = async (ctx) => {
  let parsed;
  try {
    parsed = parseOptions(ctx.args, 'lwcm', '', { lines: 'flag', words: 'flag', bytes: 'flag', chars: 'flag' });
  } catch (error) {
    await ctx.stderr.write(
      `wc: invalid option -- '${error instanceof OptionError ? error.option.replace(/^-+/, '') : ''}'\n`,
    );
    return 1;
  }
  const f = parsed.flags;
  const any = f.size > 0;
  const show = {
    l: !any || f.has('l') || f.has('lines'),
    w: !any || f.has('w') || f.has('words'),
    c: !any || f.has('c') || f.has('m') || f.has('bytes') || f.has('chars'),
  };
  const files = parsed.operands.length ? parsed.operands : [undefined];
  let status = 0;
  const rows: [number, number, number, string | undefined][] = [];
  for (const file of files) {
    const read = source(ctx, file);
    if (typeof read === 'string') {
      await ctx.stderr.write(`wc: ${file ?? '-'}: ${read}\n`);
      status = 1;
      continue;
    }
    let lines = 0;
    let words = 0;
    let bytes = 0;
    for (let chunk = await read(); chunk !== null; chunk = await read()) {
      if (ctx.signal.aborted) return INTERRUPTED;
      bytes += Buffer.byteLength(chunk);
      for (let i = chunk.indexOf('\n'); i >= 0; i = chunk.indexOf('\n', i + 1)) lines += 1;
      if (show.w) words += chunk.split(/\s+/).filter(Boolean).length;
    }
    rows.push([lines, words, bytes, file]);
  }
  if (rows.length > 1)
    rows.push([
      rows.reduce((s, r) => s + r[0], 0),
      rows.reduce((s, r) => s + r[1], 0),
      rows.reduce((s, r) => s + r[2], 0),
      'total',
    ]);
  const single =
    rows.length === 1 && [show.l, show.w, show.c].filter(Boolean).length === 1 && rows[0]?.[3] === undefined;
  const width = single ? 0 : Math.max(1, ...rows.flatMap((r) => [r[0], r[1], r[2]].map((n) => String(n).length)));
  for (const [l, w, c, name] of rows) {
    const cols = [show.l ? l : null, show.w ? w : null, show.c ? c : null]
      .filter((n): n is number => n !== null)
      .map((n) => String(n).padStart(width));
    await ctx.stdout.write(`${cols.join(' ')}${name ? ` ${name}` : ''}\n`);
  }
  return status;
};

export const TEXT_COMMANDS: readonly (readonly [string, CommandImpl])[] = [
  ['grep', grep],
  ['egrep', grep],
  ['head', head],
  ['tail', tail],
  ['wc', wc],
];
