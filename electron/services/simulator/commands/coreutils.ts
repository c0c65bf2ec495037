import { INTERRUPTED, type CommandImpl } from '../shell/env';
import { formatUnixDate, strftime } from '../timing';
import { mayAccess, resolvePath } from '../vfs';
import { parseDuration } from './support';

/**
 * Small coreutils the checks and client framing use: echo, printf (enough for
 * `printf '%s\n' "__M_abc__ $?"`), pwd, date (`-u`, `+FORMAT`), hostname, whoami, id, uname, sleep,
 * timeout (exit 124, honoured by every simulated wait), env/printenv, stty (accepts everything;
 * `-echo`/`echo` switch the terminal's echo), test/[, clear, uptime.
 */

const ESCAPES: Readonly<Record<string, string>> = {
  n: '\n',
  t: '\t',
  r: '\r',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
  '\\': '\\',
  e: '\x1b',
};

/** Backslash escapes of `echo -e` and printf formats; `\c` stops output (returns the cut text and true). */
const unescape = (text: string, octalNeedsZero: boolean): { text: string; stop: boolean } => {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c !== '\\' || i + 1 >= text.length) {
      out += c;
      continue;
    }
    const next = text[i + 1] ?? '';
    if (next === 'c') return { text: out, stop: true };
    if (next === 'x') {
      const hex = /^[0-9a-fA-F]{1,2}/.exec(text.slice(i + 2))?.[0];
      if (hex) {
        out += String.fromCharCode(Number.parseInt(hex, 16));
        i += 1 + hex.length;
        continue;
      }
    }
    const octal = (octalNeedsZero ? /^0[0-7]{0,3}/ : /^[0-7]{1,3}/).exec(text.slice(i + 1))?.[0];
    if (octal) {
      out += String.fromCharCode(Number.parseInt(octal, 8) & 0xff);
      i += octal.length;
      continue;
    }
    const mapped = ESCAPES[next];
    if (mapped !== undefined) {
      out += mapped;
      i += 1;
    } else if (next === '"' || next === "'") {
      out += next;
      i += 1;
    } else out += c;
  }
  return { text: out, stop: false };
};

const echo: CommandImpl = async (ctx) => {
  let newline = true;
  let escapes = false;
  let index = 0;
  for (; index < ctx.args.length; index += 1) {
    const arg = ctx.args[index] ?? '';
    if (!/^-[neE]+$/.test(arg)) break;
    for (const flag of arg.slice(1)) {
      if (flag === 'n') newline = false;
      else if (flag === 'e') escapes = true;
      else escapes = false;
    }
  }
  let text = ctx.args.slice(index).join(' ');
  if (escapes) {
    const result = unescape(text, true);
    text = result.text;
    if (result.stop) newline = false;
  }
  await ctx.stdout.write(newline ? `${text}\n` : text);
  return 0;
};

/** One printf conversion: flags, width, precision, specifier. */
const convert = (
  spec: string,
  flags: string,
  width: string,
  precision: string,
  arg: string | undefined,
  errors: string[],
): string => {
  const value = arg ?? '';
  let body: string;
  const number = () => {
    if (arg === undefined || arg === '') return 0;
    const quoted = /^['"](.)/.exec(value);
    if (quoted) return quoted[1]?.charCodeAt(0) ?? 0;
    const n = Number(value);
    if (!Number.isFinite(n)) {
      errors.push(`printf: ${value}: invalid number`);
      return 0;
    }
    return n;
  };
  switch (spec) {
    case 's':
      body = precision !== '' ? value.slice(0, Number(precision)) : value;
      break;
    case 'b':
      body = unescape(value, true).text;
      break;
    case 'c':
      body = value.slice(0, 1);
      break;
    case 'q':
      body = /^[A-Za-z0-9_./:=@%+,-]+$/.test(value) ? value : `'${value.replace(/'/g, "'\\''")}'`;
      break;
    case 'd':
    case 'i':
    case 'u':
      body = String(Math.trunc(number()));
      if (flags.includes('+') && !body.startsWith('-')) body = `+${body}`;
      break;
    case 'x':
      body = Math.trunc(number()).toString(16);
      break;
    case 'X':
      body = Math.trunc(number()).toString(16).toUpperCase();
      break;
    case 'o':
      body = Math.trunc(number()).toString(8);
      break;
    case 'f':
    case 'F':
      body = number().toFixed(precision === '' ? 6 : Number(precision));
      break;
    case 'e':
      body = number().toExponential(precision === '' ? 6 : Number(precision));
      break;
    case 'g':
      body = String(Number(number().toPrecision(precision === '' ? 6 : Math.max(1, Number(precision)))));
      break;
    default:
      body = '';
  }
  const w = width === '' ? 0 : Number(width);
  if (body.length >= w) return body;
  if (flags.includes('-')) return body.padEnd(w);
  if (flags.includes('0') && /[diuxXofFeg]/.test(spec)) {
    const sign = /^[+-]/.test(body) ? (body[0] ?? '') : '';
    return sign + body.slice(sign ? 1 : 0).padStart(w - sign.length, '0');
  }
  return body.padStart(w);
};

const printf: CommandImpl = async (ctx) => {
  const [format, ...args] = ctx.args;
  if (format === undefined) {
    await ctx.stderr.write('printf: usage: printf [-v var] format [arguments]\n');
    return 2;
  }
  const errors: string[] = [];
  const pattern = /%([-+ 0#]*)(\d*)(?:\.(\d*))?([sbcdiouxXfFeEgq%])/g;
  let out = '';
  let used = 0;
  let stop = false;
  do {
    const before = used;
    let conversions = 0;
    let last = 0;
    for (const match of format.matchAll(pattern)) {
      const literal = unescape(format.slice(last, match.index), false);
      out += literal.text;
      if (literal.stop) {
        stop = true;
        break;
      }
      last = (match.index ?? 0) + match[0].length;
      const [, flags = '', width = '', precision = '', spec = 's'] = match;
      if (spec === '%') {
        out += '%';
        continue;
      }
      conversions += 1;
      const arg = args[used];
      if (used < args.length) used += 1;
      if (spec === 'b' && arg !== undefined && unescape(arg, true).stop) {
        out += unescape(arg, true).text;
        stop = true;
        break;
      }
      out += convert(spec, flags, width, precision ?? '', arg, errors);
    }
    if (!stop) {
      const tail = unescape(format.slice(last), false);
      out += tail.text;
      stop = tail.stop;
    }
    if (conversions === 0 || used === before) break;
  } while (used < args.length && !stop);
  await ctx.stdout.write(out);
  for (const error of errors) await ctx.stderr.write(`${error}\n`);
  return errors.length ? 1 : 0;
};

const pwd: CommandImpl = async (ctx) => {
  await ctx.stdout.write(`${ctx.env.cwd}\n`);
  return 0;
};

const date: CommandImpl = async (ctx) => {
  const now = ctx.env.runtime.clock.now();
  let format: string | undefined;
  for (const arg of ctx.args) {
    if (arg === '-u' || arg === '--utc' || arg === '--universal') continue;
    if (arg === '-R' || arg === '--rfc-2822') format = '%a, %d %b %Y %H:%M:%S +0000';
    else if (arg === '-I' || arg === '--iso-8601') format = '%F';
    else if (arg.startsWith('-Iseconds') || arg === '--iso-8601=seconds') format = '%FT%T+00:00';
    else if (arg.startsWith('+')) format = arg.slice(1);
    else {
      await ctx.stderr.write(
        `date: invalid option -- '${arg.replace(/^-+/, '')}'\nTry 'date --help' for more information.\n`,
      );
      return 1;
    }
  }
  await ctx.stdout.write(`${format === undefined ? formatUnixDate(now) : strftime(format, now)}\n`);
  return 0;
};

const hostname: CommandImpl = async (ctx) => {
  await ctx.stdout.write(`${ctx.env.runtime.state.identity.hostname}\n`);
  return 0;
};

const whoami: CommandImpl = async (ctx) => {
  await ctx.stdout.write(`${ctx.env.user}\n`);
  return 0;
};

/** `id`, `id -u`, `id -un` (the SSH driver checks the real uid with `id -u` after sudo). */
const id: CommandImpl = async (ctx) => {
  const root = ctx.env.user === 'root';
  const flags = ctx.args.filter((a) => a.startsWith('-')).join('');
  const uid = flags.includes('u');
  const name = flags.includes('n');
  const text = uid
    ? name
      ? ctx.env.user
      : root
        ? '0'
        : '1000'
    : root
      ? 'uid=0(root) gid=0(root) groups=0(root)'
      : 'uid=1000(admin) gid=1000(admin) groups=1000(admin),500(sfcli)';
  await ctx.stdout.write(`${text}\n`);
  return 0;
};

const uname: CommandImpl = async (ctx) => {
  const host = ctx.env.runtime.state.identity.hostname;
  await ctx.stdout.write(
    ctx.args.includes('-a')
      ? `Linux ${host} 4.18.45rt28 #1 SMP PREEMPT RT Tue Oct 10 12:00:00 UTC 2023 x86_64 GNU/Linux\n`
      : 'Linux\n',
  );
  return 0;
};

const sleep: CommandImpl = async (ctx) => {
  const seconds = ctx.args.map(parseDuration);
  if (seconds.length === 0 || seconds.some((s) => s === null)) {
    await ctx.stderr.write(
      ctx.args.length ? `sleep: invalid time interval '${ctx.args[0] ?? ''}'\n` : 'sleep: missing operand\n',
    );
    return 1;
  }
  const total = seconds.reduce<number>((sum, s) => sum + (s ?? 0), 0);
  return (await ctx.env.runtime.clock.sleep(total * 1000, ctx.signal)) ? 0 : INTERRUPTED;
};

/** `timeout [-s SIG] [-k D] DURATION COMMAND…`: 124 when the time ran out (GNU coreutils). */
const timeout: CommandImpl = async (ctx) => {
  const args = [...ctx.args];
  while (args[0]?.startsWith('-')) {
    const option = args.shift() ?? '';
    if (option === '-s' || option === '-k' || option === '--signal' || option === '--kill-after') args.shift();
    else if (option === '--preserve-status' || option === '--foreground' || /^-[sk]./.test(option)) continue;
    else if (option === '--') break;
  }
  const duration = parseDuration(args.shift() ?? '');
  if (duration === null || args.length === 0) {
    await ctx.stderr.write("timeout: missing operand\nTry 'timeout --help' for more information.\n");
    return 125;
  }
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  ctx.signal.addEventListener('abort', onAbort, { once: true });
  let expired = false;
  const timer = setTimeout(
    () => {
      expired = true;
      controller.abort();
    },
    duration * 1000 * ctx.env.runtime.clock.scale,
  );
  try {
    const status = await ctx.run(args, { signal: controller.signal });
    return expired ? 124 : status;
  } finally {
    clearTimeout(timer);
    ctx.signal.removeEventListener('abort', onAbort);
  }
};

const env: CommandImpl = async (ctx) => {
  const args = [...ctx.args];
  const overrides: [string, string][] = [];
  while (args[0] !== undefined && /^[A-Za-z_][A-Za-z0-9_]*=/.test(args[0])) {
    const pair = args.shift() ?? '';
    const eq = pair.indexOf('=');
    overrides.push([pair.slice(0, eq), pair.slice(eq + 1)]);
  }
  if (args.length > 0) {
    const saved = overrides.map(([k]) => [k, ctx.env.vars.get(k)] as const);
    for (const [k, v] of overrides) ctx.env.vars.set(k, v);
    try {
      return await ctx.run(args);
    } finally {
      for (const [k, v] of saved) {
        if (v === undefined) ctx.env.vars.delete(k);
        else ctx.env.vars.set(k, v);
      }
    }
  }
  const vars = new Map(ctx.env.vars);
  for (const [k, v] of overrides) vars.set(k, v);
  vars.delete('PS1');
  vars.delete('PS2');
  const names = ctx.name === 'printenv' && ctx.args.length ? ctx.args : [...vars.keys()];
  const lines = names
    .filter((k) => vars.has(k))
    .map((k) => (ctx.name === 'printenv' && ctx.args.length ? (vars.get(k) ?? '') : `${k}=${vars.get(k) ?? ''}`));
  await ctx.stdout.write(lines.length ? `${lines.join('\n')}\n` : '');
  return ctx.name === 'printenv' && ctx.args.length && lines.length === 0 ? 1 : 0;
};

/** Accepts any setting; `-echo` / `echo` really switch the terminal's echo (readline honours it). */
const stty: CommandImpl = async (ctx) => {
  const term = ctx.env.term;
  if (!term.pty) {
    await ctx.stderr.write("stty: 'standard input': Inappropriate ioctl for device\n");
    return 1;
  }
  if (ctx.args.includes('size')) {
    await ctx.stdout.write(`${term.rows} ${term.pty.cols || 80}\n`);
    return 0;
  }
  if (ctx.args.includes('-a') || ctx.args.length === 0) {
    await ctx.stdout.write(
      `speed 38400 baud; rows ${term.rows}; columns ${term.pty.cols || 80}; line = 0;\n${term.echo ? 'echo' : '-echo'} icanon isig ${term.onlcr ? 'onlcr' : '-onlcr'}\n`,
    );
    return 0;
  }
  for (const arg of ctx.args) {
    if (arg === '-echo') term.echo = false;
    else if (arg === 'echo') term.echo = true;
    else if (arg === '-onlcr') term.onlcr = false;
    else if (arg === 'onlcr') term.onlcr = true;
    else if (arg === 'sane') term.echo = term.onlcr = true;
  }
  return 0;
};

const test: CommandImpl = async (ctx) => {
  const args = [...ctx.args];
  if (ctx.name === '[') {
    if (args[args.length - 1] !== ']') {
      await ctx.stderr.write("bash: [: missing `]'\n");
      return 2;
    }
    args.pop();
  }
  const fileTest = (op: string, path: string): boolean => {
    const node = ctx.env.runtime.vfs.lookup(resolvePath(ctx.env.cwd, ctx.env.home, path), ctx.env.user);
    if (typeof node === 'string') return false;
    switch (op) {
      case '-e':
        return true;
      case '-f':
        return node.kind === 'file';
      case '-d':
        return node.kind === 'dir';
      case '-r':
        return mayAccess(node, ctx.env.user, 'read');
      case '-s':
        return node.kind === 'file' && (node.content()?.size ?? 0) > 0;
      case '-S':
        return node.kind === 'file' && node.mode.startsWith('s');
      default:
        return false;
    }
  };
  const evaluate = (words: string[]): boolean => {
    if (words[0] === '!') return !evaluate(words.slice(1));
    if (words.length === 0) return false;
    if (words.length === 1) return (words[0] ?? '') !== '';
    if (words.length === 2) {
      const [op = '', value = ''] = words;
      if (op === '-z') return value === '';
      if (op === '-n') return value !== '';
      return fileTest(op, value);
    }
    const [a = '', op = '', b = ''] = words;
    const x = Number(a);
    const y = Number(b);
    switch (op) {
      case '=':
      case '==':
        return a === b;
      case '!=':
        return a !== b;
      case '-eq':
        return x === y;
      case '-ne':
        return x !== y;
      case '-lt':
        return x < y;
      case '-le':
        return x <= y;
      case '-gt':
        return x > y;
      case '-ge':
        return x >= y;
      default:
        return false;
    }
  };
  return evaluate(args) ? 0 : 1;
};

const clear: CommandImpl = async (ctx) => {
  await ctx.stdout.write('\x1b[H\x1b[2J\x1b[3J');
  return 0;
};

const uptime: CommandImpl = async (ctx) => {
  const now = ctx.env.runtime.clock.now();
  const time = strftime('%T', now);
  await ctx.stdout.write(` ${time} up 3 days,  2:11,  1 user,  load average: 0.52, 0.44, 0.40\n`);
  return 0;
};

export const COREUTILS: readonly (readonly [string, CommandImpl])[] = [
  ['echo', echo],
  ['printf', printf],
  ['pwd', pwd],
  ['date', date],
  ['hostname', hostname],
  ['whoami', whoami],
  ['id', id],
  ['uname', uname],
  ['sleep', sleep],
  ['timeout', timeout],
  ['env', env],
  ['printenv', env],
  ['stty', stty],
  ['test', test],
  ['[', test],
  ['clear', clear],
  ['uptime', uptime],
];
