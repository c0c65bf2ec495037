import { COMMANDS } from '../commands';
import { writeFlood } from './flood';
import { mayAccess, resolvePath } from '../vfs';
import { INTERRUPTED, ShellEnv, type CommandContext } from './env';
import { expandString, expandWord, type ExpandContext } from './expand';
import {
  IncompleteInput,
  parseShell,
  ShellSyntaxError,
  type Command,
  type List,
  type Pipeline,
  type Redirect,
} from './parser';
import { Collector, emptyIn, fileOut, nullOut, Pipe, stringIn, type InStream, type OutStream } from './streams';

/**
 * Runs parsed command lines: lists, `&&`/`||`, pipelines wired with bounded pipes, groups,
 * redirections, the shell builtins (cd, export, exit, …) and every other command from the registry
 * (commands/index.ts). Statuses follow bash: 127 not found, 126 not executable, 130 Ctrl-C, 2 syntax.
 */
export interface StdIo {
  readonly stdin: InStream;
  readonly stdout: OutStream;
  readonly stderr: OutStream;
}

const BUILTINS = new Set([
  'eval',
  'cd',
  'export',
  'unset',
  'exit',
  'logout',
  'set',
  'true',
  'false',
  ':',
  'type',
  'command',
  'alias',
  'unalias',
  'trap',
  'history',
  'umask',
  'shopt',
  'hash',
  'readonly',
  'wait',
]);

const expandContext = (env: ShellEnv, signal: AbortSignal): ExpandContext => ({
  getVar: (name) => env.vars.get(name),
  get lastStatus() {
    return env.lastStatus;
  },
  pid: env.pid,
  home: env.home,
  substitute: async (source) => {
    const out = new Collector();
    const sub = new ShellEnv(env.runtime, env.term, env.connection, env.programs, {
      user: env.user,
      cwd: env.cwd,
      login: false,
      inherit: env.vars,
    });
    sub.lastStatus = env.lastStatus;
    await runSource(sub, source, { stdin: emptyIn, stdout: out, stderr: nullOut }, signal);
    return out.text();
  },
});

/** Parse and run one input; syntax errors print bash's message and give status 2. */
export const runSource = async (env: ShellEnv, source: string, io: StdIo, signal: AbortSignal): Promise<number> => {
  let list: List;
  try {
    list = parseShell(source);
  } catch (error) {
    if (error instanceof ShellSyntaxError) {
      await io.stderr.write(`${env.shellName}: ${error.message}\n`);
      env.lastStatus = 2;
      return 2;
    }
    if (error instanceof IncompleteInput) {
      await io.stderr.write(`${env.shellName}: syntax error: unexpected end of file\n`);
      env.lastStatus = 2;
      return 2;
    }
    throw error;
  }
  return runList(env, list, io, signal);
};

const runList = async (env: ShellEnv, list: List, io: StdIo, signal: AbortSignal): Promise<number> => {
  let status = env.lastStatus;
  for (const item of list.items) {
    if (signal.aborted) return INTERRUPTED;
    status = await runPipeline(env, item.first, io, signal);
    for (const { op, pipeline } of item.rest) {
      if (env.exitRequested !== null || signal.aborted) break;
      if ((op === '&&' && status === 0) || (op === '||' && status !== 0))
        status = await runPipeline(env, pipeline, io, signal);
    }
    if (env.exitRequested !== null) return env.exitRequested;
  }
  return status;
};

const runPipeline = async (env: ShellEnv, pipeline: Pipeline, io: StdIo, signal: AbortSignal): Promise<number> => {
  let status: number;
  const commands = pipeline.commands;
  if (commands.length === 1 && commands[0]) status = await runCommand(env, commands[0], io, signal);
  else {
    const pipes = commands.slice(1).map(() => new Pipe());
    const last = commands.length - 1;
    const statuses = await Promise.all(
      commands.map(async (command, index) => {
        const stdin = index === 0 ? io.stdin : (pipes[index - 1] ?? emptyIn);
        const stdout = index === last ? io.stdout : (pipes[index] ?? nullOut);
        try {
          return await runCommand(env, command, { stdin, stdout, stderr: io.stderr }, signal);
        } finally {
          if (index < last) pipes[index]?.end();
          if (index > 0) pipes[index - 1]?.cancel();
        }
      }),
    );
    status = statuses[last] ?? 0;
  }
  if (signal.aborted && status === 0) status = INTERRUPTED;
  if (pipeline.negate) status = status === 0 ? 1 : 0;
  env.lastStatus = status;
  return status;
};

/** Apply redirections left to right; returns the new io or an error message. */
const redirect = async (
  env: ShellEnv,
  redirects: readonly Redirect[],
  io: StdIo,
  signal: AbortSignal,
): Promise<StdIo | string> => {
  let { stdin, stdout, stderr } = io;
  const vfs = env.runtime.vfs;
  for (const r of redirects) {
    const target = await expandString(r.target, expandContext(env, signal));
    if (r.op === '>&') {
      if (target === '1' || target === '2') {
        const stream = target === '1' ? stdout : stderr;
        if (r.fd === 2) stderr = stream;
        else stdout = stream;
        continue;
      }
      if (target === '-') continue;
    }
    const path = resolvePath(env.cwd, env.home, target);
    if (r.op === '<') {
      const node = vfs.lookup(path, env.user);
      if (typeof node === 'string') return `${env.shellName}: ${target}: ${node}`;
      if (node.kind === 'dir') return `${env.shellName}: ${target}: Is a directory`;
      if (!mayAccess(node, env.user, 'read')) return `${env.shellName}: ${target}: Permission denied`;
      const content = node.content();
      stdin = content ? stringIn(content.read(0, Math.min(content.size, 8 * 1024 * 1024))) : emptyIn;
      continue;
    }
    if (path === '/dev/null') {
      if (r.fd === 2) stderr = nullOut;
      else if (r.fd === 'both') stdout = stderr = nullOut;
      else stdout = nullOut;
      continue;
    }
    const error = vfs.write(path, env.user, '', r.op === '>>');
    if (error) return `${env.shellName}: ${target}: ${error}`;
    const out = fileOut(vfs, path, env.user);
    if (r.fd === 2) stderr = out;
    else if (r.fd === 'both') stdout = stderr = out;
    else stdout = out;
  }
  return { stdin, stdout, stderr };
};

const runCommand = async (env: ShellEnv, command: Command, io: StdIo, signal: AbortSignal): Promise<number> => {
  if (signal.aborted) return INTERRUPTED;
  const wired = await redirect(env, command.redirects, io, signal);
  if (typeof wired === 'string') {
    await io.stderr.write(`${wired}\n`);
    return 1;
  }
  if (command.kind !== 'simple') {
    if (command.kind === 'group') return runList(env, command.body, wired, signal);
    const sub = new ShellEnv(env.runtime, env.term, env.connection, env.programs, {
      user: env.user,
      cwd: env.cwd,
      login: env.login,
      inherit: env.vars,
    });
    sub.lastStatus = env.lastStatus;
    const status = await runList(sub, command.body, wired, signal);
    return sub.exitRequested ?? status;
  }
  const context = expandContext(env, signal);
  const argv: string[] = [];
  for (const word of command.words) argv.push(...(await expandWord(word, context)));
  const assigned: [string, string][] = [];
  for (const { name, value } of command.assigns) assigned.push([name, await expandString(value, context)]);
  if (argv.length === 0) {
    for (const [name, value] of assigned) env.vars.set(name, value);
    return 0;
  }
  return execute(env, argv, wired, signal, assigned);
};

/** Run an argv: a builtin or a registered command. */
export const execute = async (
  env: ShellEnv,
  argv: readonly string[],
  io: StdIo,
  signal: AbortSignal,
  assigned: readonly [string, string][] = [],
): Promise<number> => {
  const [name = '', ...args] = argv;
  if (BUILTINS.has(name)) return builtin(env, name, args, io, signal);
  const base = name.includes('/') ? (name.split('/').pop() ?? '') : name;
  const impl = COMMANDS.get(base);
  if (!impl) {
    await io.stderr.write(
      name.includes('/')
        ? `${env.shellName}: ${name}: No such file or directory\n`
        : `${env.shellName}: ${name}: command not found\n`,
    );
    return 127;
  }
  const scoped = assigned.length === 0 ? env : withVars(env, assigned);
  const flood = env.runtime.faults.floodLines(argv.join(' '));
  if (flood > 0) await writeFlood(io.stderr, flood, signal);
  const context: CommandContext = {
    name: base,
    args,
    stdin: io.stdin,
    stdout: io.stdout,
    stderr: io.stderr,
    signal,
    env: scoped,
    run: (innerArgv, options) => execute(options?.env ?? scoped, innerArgv, io, options?.signal ?? signal),
  };
  try {
    const status = await impl(context);
    return signal.aborted && status === 0 ? INTERRUPTED : status;
  } catch (error) {
    // A bug in a simulated command must never take the server down; report it like a crashed program.
    await io.stderr.write(`${base}: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 70;
  }
};

const withVars = (env: ShellEnv, assigned: readonly [string, string][]): ShellEnv => {
  const scoped = new ShellEnv(env.runtime, env.term, env.connection, env.programs, {
    user: env.user,
    cwd: env.cwd,
    login: env.login,
    inherit: env.vars,
  });
  for (const [name, value] of assigned) scoped.vars.set(name, value);
  return scoped;
};

const builtin = async (
  env: ShellEnv,
  name: string,
  args: readonly string[],
  io: StdIo,
  signal: AbortSignal,
): Promise<number> => {
  switch (name) {
    case 'true':
    case ':':
    case 'alias':
    case 'unalias':
    case 'trap':
    case 'history':
    case 'umask':
    case 'shopt':
    case 'hash':
    case 'wait':
      return 0;
    case 'false':
      return 1;
    // The SSH client frames every expert/root command as `eval 'CMD' </dev/null` (bash-frame.ts).
    case 'eval':
      return args.length === 0 ? 0 : runSource(env, args.join(' '), io, signal);
    case 'cd': {
      const target =
        args[0] === undefined || args[0] === '~'
          ? env.home
          : args[0] === '-'
            ? (env.vars.get('OLDPWD') ?? env.cwd)
            : args[0];
      const path = resolvePath(env.cwd, env.home, target);
      const node = env.runtime.vfs.lookup(path, env.user);
      if (typeof node === 'string' || node.kind !== 'dir') {
        await io.stderr.write(
          `${env.shellName}: cd: ${target}: ${typeof node === 'string' ? node : 'Not a directory'}\n`,
        );
        return 1;
      }
      if (!mayAccess(node, env.user, 'exec')) {
        await io.stderr.write(`${env.shellName}: cd: ${target}: Permission denied\n`);
        return 1;
      }
      env.vars.set('OLDPWD', env.cwd);
      env.cwd = path;
      env.vars.set('PWD', path);
      return 0;
    }
    case 'export':
    case 'readonly': {
      if (args.length === 0 || args[0] === '-p') {
        const lines = [...env.vars]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, v]) => `declare -x ${k}="${v.replace(/(["\\$`])/g, '\\$1')}"`);
        await io.stdout.write(lines.length ? `${lines.join('\n')}\n` : '');
        return 0;
      }
      for (const arg of args) {
        if (arg.startsWith('-')) continue;
        const eq = arg.indexOf('=');
        const key = eq < 0 ? arg : arg.slice(0, eq);
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) {
          await io.stderr.write(`${env.shellName}: export: \`${arg}': not a valid identifier\n`);
          return 1;
        }
        if (eq >= 0) env.vars.set(key, arg.slice(eq + 1));
      }
      return 0;
    }
    case 'unset':
      for (const arg of args) if (!arg.startsWith('-')) env.vars.delete(arg);
      return 0;
    case 'set':
      return 0;
    case 'exit':
    case 'logout': {
      const code = args[0] === undefined ? env.lastStatus : Number.parseInt(args[0], 10);
      env.exitRequested = Number.isFinite(code) ? ((code % 256) + 256) % 256 : 2;
      return env.exitRequested;
    }
    case 'type':
    case 'command': {
      const names = name === 'command' ? args.filter((a) => !a.startsWith('-')) : args;
      if (name === 'command' && !args.includes('-v') && !args.includes('-V')) {
        return names.length ? execute(env, names, io, signal) : 0;
      }
      let status = 0;
      for (const n of names) {
        if (BUILTINS.has(n)) await io.stdout.write(name === 'type' ? `${n} is a shell builtin\n` : `${n}\n`);
        else if (COMMANDS.has(n))
          await io.stdout.write(name === 'type' ? `${n} is /usr/bin/${n}\n` : `/usr/bin/${n}\n`);
        else {
          if (name === 'type') await io.stderr.write(`${env.shellName}: type: ${n}: not found\n`);
          status = 1;
        }
      }
      return status;
    }
    default:
      return 0;
  }
};
