import { INTERRUPTED, type CommandContext, type CommandImpl } from '../shell/env';
import { formatLsDate } from '../timing';
import { basename, mayAccess, resolvePath, type VNode } from '../vfs';
import { contentReader, openFile, OptionError, parseOptions } from './support';

/**
 * cat, more/less and ls over the simulated filesystem. cat streams in chunks with backpressure (a
 * 500 MB connector.log costs what it costs, and Ctrl-C or a closed pipe stops it); more pages on a
 * terminal with `--More--(NN%)` and behaves like cat into a pipe; ls -l shows the log's size.
 */

const copyStream = async (ctx: CommandContext, read: () => Promise<string | null>): Promise<boolean> => {
  for (let chunk = await read(); chunk !== null; chunk = await read()) {
    if (ctx.signal.aborted) return false;
    if (!(await ctx.stdout.write(chunk))) return false;
  }
  return true;
};

const cat: CommandImpl = async (ctx) => {
  const files = ctx.args.filter((arg) => arg === '-' || !arg.startsWith('-'));
  if (files.length === 0) {
    await copyStream(ctx, () => ctx.stdin.read());
    return ctx.signal.aborted ? INTERRUPTED : 0;
  }
  let status = 0;
  for (const path of files) {
    if (path === '-') {
      await copyStream(ctx, () => ctx.stdin.read());
      continue;
    }
    const opened = openFile(ctx, path);
    if (typeof opened === 'string') {
      await ctx.stderr.write(`${ctx.name}: ${path}: ${opened}\n`);
      status = 1;
      continue;
    }
    if (!(await copyStream(ctx, contentReader(opened.content)))) return ctx.signal.aborted ? INTERRUPTED : 141;
  }
  return status;
};

/** `more FILE` on a terminal: a page at a time, space/enter/q, like util-linux more. */
const more: CommandImpl = async (ctx) => {
  const files = ctx.args.filter((arg) => !arg.startsWith('-'));
  if (!ctx.stdout.isTerminal || files.length === 0) {
    if (files.length > 1 && !ctx.stdout.isTerminal) {
      let status = 0;
      for (const path of files) {
        await ctx.stdout.write(`::::::::::::::\n${path}\n::::::::::::::\n`);
        status = Math.max(status, await cat({ ...ctx, args: [path] }));
      }
      return status;
    }
    return cat({ ...ctx, args: files });
  }
  const term = ctx.env.term;
  const pageLines = Math.max(1, term.rows - 1);
  let status = 0;
  for (const path of files) {
    const opened = openFile(ctx, path);
    if (typeof opened === 'string') {
      await ctx.stderr.write(
        `${ctx.name}: ${opened === 'Is a directory' ? `\n*** ${path}: directory ***\n` : `cannot open ${path}: ${opened}`}\n`,
      );
      status = 1;
      continue;
    }
    const { content } = opened;
    let offset = 0;
    let budget = pageLines;
    while (offset < content.size) {
      if (ctx.signal.aborted) return INTERRUPTED;
      // Take up to `budget` lines from the current offset.
      let text = '';
      let lines = 0;
      while (lines < budget && offset < content.size) {
        const chunk = content.read(offset, 4096);
        let cut = chunk.length;
        for (let i = 0; i < chunk.length; i += 1)
          if (chunk[i] === '\n' && ++lines === budget) {
            cut = i + 1;
            break;
          }
        text += chunk.slice(0, cut);
        offset += cut;
      }
      if (!(await ctx.stdout.write(text))) return 141;
      if (offset >= content.size) break;
      const percent = Math.floor((offset / content.size) * 100);
      await term.write(`--More--(${percent}%)`);
      const key = await term.readKey();
      await term.write('\r\x1b[K');
      if (key === null || key === 'q' || key === 'Q' || key === '\x03') return 0;
      budget = key === '\r' || key === '\n' ? 1 : pageLines;
    }
  }
  return status;
};

const permissions = (node: VNode): string => (node.kind === 'dir' ? node.mode : node.mode);

const humanSize = (bytes: number): string => {
  if (bytes < 1024) return String(bytes);
  const units = ['K', 'M', 'G', 'T'];
  let value = bytes;
  let unit = '';
  for (const u of units) {
    if (value < 1024) break;
    value /= 1024;
    unit = u;
  }
  return value >= 10 ? `${Math.round(value)}${unit}` : `${value.toFixed(1)}${unit}`;
};

const ls: CommandImpl = async (ctx) => {
  let parsed;
  try {
    parsed = parseOptions(ctx.args, 'lahdrt1', '', { all: 'flag', 'human-readable': 'flag', color: 'flag' });
  } catch (error) {
    await ctx.stderr.write(
      `ls: invalid option -- '${error instanceof OptionError ? error.option.replace(/^-+/, '') : ''}'\n`,
    );
    return 2;
  }
  const long = parsed.flags.has('l');
  const all = parsed.flags.has('a') || parsed.flags.has('all');
  const human = parsed.flags.has('h') || parsed.flags.has('human-readable');
  const targets = parsed.operands.length ? parsed.operands : ['.'];
  const vfs = ctx.env.runtime.vfs;
  const now = ctx.env.runtime.clock.now();
  let status = 0;
  const sizeOf = (node: VNode) => (node.kind === 'dir' ? 4096 : (node.content()?.size ?? 0));
  const render = (entries: [string, VNode][]): string[] => {
    if (!long) return entries.map(([name]) => name);
    const sizes = entries.map(([, node]) => (human ? humanSize(sizeOf(node)) : String(sizeOf(node))));
    const width = Math.max(1, ...sizes.map((s) => s.length));
    return entries.map(
      ([name, node], i) =>
        `${permissions(node)} ${node.kind === 'dir' ? 2 : 1} ${node.owner.padEnd(5)} ${node.group.padEnd(5)} ${(sizes[i] ?? '').padStart(width)} ${formatLsDate(
          node.mtime(),
          now,
        )} ${name}`,
    );
  };
  const blocks: string[] = [];
  for (const target of targets) {
    const path = resolvePath(ctx.env.cwd, ctx.env.home, target);
    const node = vfs.lookup(path, ctx.env.user);
    if (typeof node === 'string') {
      await ctx.stderr.write(`ls: cannot access '${target}': ${node}\n`);
      status = 2;
      continue;
    }
    if (node.kind === 'file' || parsed.flags.has('d')) {
      blocks.push(render([[target, node]]).join(ctx.stdout.isTerminal && !long ? '  ' : '\n'));
      continue;
    }
    if (!mayAccess(node, ctx.env.user, 'read')) {
      await ctx.stderr.write(`ls: cannot open directory '${target}': Permission denied\n`);
      status = 2;
      continue;
    }
    let entries = vfs.list(path, node);
    if (all) entries = [['.', node], ['..', node], ...entries];
    const lines = render(entries);
    const header = targets.length > 1 ? `${basename(target) === target ? target : target}:\n` : '';
    const total = long ? `total ${entries.reduce((sum, [, n]) => sum + Math.ceil(sizeOf(n) / 1024), 0)}\n` : '';
    const body = ctx.stdout.isTerminal && !long ? lines.join('  ') : lines.join('\n');
    blocks.push(`${header}${total}${body}`);
  }
  const text = blocks.filter((b) => b !== '').join('\n\n');
  if (text) await ctx.stdout.write(`${text}\n`);
  return status;
};

export const FILE_COMMANDS: readonly (readonly [string, CommandImpl])[] = [
  ['cat', cat],
  ['more', more],
  ['less', more],
  ['ls', ls],
];
