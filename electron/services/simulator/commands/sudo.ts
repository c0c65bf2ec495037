import { ShellEnv, type CommandContext, type CommandImpl } from '../shell/env';

/**
 * sudo and su as an FTD/FMC admin meets them (device facts §1.2): the lecture only the first time a
 * user runs sudo on the device, a `Password:` prompt (no echo), `Sorry, try again.` and a second
 * `Password:` on a wrong password, `sudo: 3 incorrect password attempts` at the end; a per-terminal
 * timestamp so a second sudo within five minutes does not ask again. `sudo su -` / `sudo -i` start a
 * root login shell (`root@firepower:~#`), `sudo su` / `sudo -s` a root shell in the same directory,
 * `sudo CMD` runs one command as root.
 */
const LECTURE =
  '\nWe trust you have received the usual lecture from the local System\nAdministrator. It usually boils down to these three things:\n\n    #1) Respect the privacy of others.\n    #2) Think before you type.\n    #3) With great power comes great responsibility.\n\n';
const TIMESTAMP_MS = 5 * 60_000;
const FAIL_DELAY_MS = 400;

/** Ask for the sudo password; true when authenticated. Writes sudo's own messages. */
const authenticate = async (
  ctx: CommandContext,
  options: { nonInteractive: boolean; stdinPassword: boolean },
): Promise<boolean> => {
  const env = ctx.env;
  const runtime = env.runtime;
  const term = env.term;
  if (env.user === 'root') return true;
  if (term.sudoValidUntil > runtime.clock.now()) return true;
  if (options.nonInteractive) {
    await ctx.stderr.write('sudo: a password is required\n');
    return false;
  }
  if (!term.pty && !options.stdinPassword) {
    await ctx.stderr.write(
      'sudo: a terminal is required to read the password; either use the -S option to read from standard input or configure an askpass helper\nsudo: a password is required\n',
    );
    return false;
  }
  const state = runtime.state;
  if (!state.sudoLectured.includes(env.user)) {
    state.sudoLectured.push(env.user);
    await ctx.stderr.write(LECTURE);
  }
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    if (options.stdinPassword) await ctx.stderr.write('Password: ');
    const answer = await term.readLine({
      prompt: options.stdinPassword ? '' : 'Password: ',
      echo: false,
      newlineWhenSilent: true,
    });
    if (answer.kind !== 'line') return false;
    if (answer.text === state.credentials.sudoPassword) {
      term.sudoValidUntil = runtime.clock.now() + TIMESTAMP_MS;
      return true;
    }
    if (!(await runtime.clock.sleep(FAIL_DELAY_MS, ctx.signal))) return false;
    if (attempt < 3) await ctx.stderr.write('Sorry, try again.\n');
  }
  await ctx.stderr.write('sudo: 3 incorrect password attempts\n');
  return false;
};

const rootShell = (ctx: CommandContext, login: boolean): Promise<number> => {
  const env = ctx.env;
  const root = new ShellEnv(env.runtime, env.term, env.connection, env.programs, {
    user: 'root',
    login,
    ...(login ? {} : { cwd: env.cwd, inherit: env.vars }),
  });
  return env.programs.bash(root);
};

export const sudo: CommandImpl = async (ctx) => {
  const args = [...ctx.args];
  let login = false;
  let shell = false;
  let nonInteractive = false;
  let stdinPassword = false;
  while (args[0]?.startsWith('-')) {
    const option = args.shift() ?? '';
    if (option === '--') break;
    if (option === '-u') {
      args.shift();
      continue;
    }
    if (option === '-k' || option === '-K') {
      ctx.env.term.sudoValidUntil = 0;
      if (args.length === 0) return 0;
      continue;
    }
    for (const letter of option.slice(1)) {
      if (letter === 'i') login = true;
      else if (letter === 's') shell = true;
      else if (letter === 'n') nonInteractive = true;
      else if (letter === 'S') stdinPassword = true;
      else if (letter === 'v') continue;
      else if (letter !== 'E' && letter !== 'H') {
        await ctx.stderr.write(`sudo: invalid option -- '${letter}'\nusage: sudo -h | -K | -k | -V\n`);
        return 1;
      }
    }
  }
  if (!login && !shell && args.length === 0 && !ctx.args.includes('-v')) {
    await ctx.stderr.write(
      'usage: sudo -h | -K | -k | -V\nusage: sudo -v [-AknS] [-g group] [-h host] [-p prompt] [-u user]\n',
    );
    return 1;
  }
  if (!(await authenticate(ctx, { nonInteractive, stdinPassword }))) return 1;
  if (args.length === 0) return ctx.args.includes('-v') ? 0 : rootShell(ctx, login);
  const [command, ...rest] = args;
  if (command === 'su' || command === '/bin/su') {
    const dash = rest.includes('-') || rest.includes('-l') || rest.includes('--login');
    return rootShell(ctx, dash);
  }
  if ((command === 'bash' || command === 'sh' || command === '/bin/bash') && rest.length === 0)
    return rootShell(ctx, false);
  const root = new ShellEnv(ctx.env.runtime, ctx.env.term, ctx.env.connection, ctx.env.programs, {
    user: 'root',
    login: false,
    cwd: ctx.env.cwd,
    inherit: ctx.env.vars,
  });
  return ctx.run(args, { env: root });
};

/** `su` as admin asks for root's password, which nobody has; as root it starts a shell. */
export const su: CommandImpl = async (ctx) => {
  const dash = ctx.args.includes('-') || ctx.args.includes('-l');
  if (ctx.env.user === 'root') return rootShell(ctx, dash);
  if (!ctx.env.term.pty) {
    await ctx.stderr.write('su: must be run from a terminal\n');
    return 1;
  }
  const answer = await ctx.env.term.readLine({ prompt: 'Password: ', echo: false, newlineWhenSilent: true });
  if (answer.kind !== 'line') return 1;
  await ctx.env.runtime.clock.sleep(2000, ctx.signal);
  await ctx.stderr.write('su: Authentication failure\n');
  return 1;
};
