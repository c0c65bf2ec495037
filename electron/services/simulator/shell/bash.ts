import { runForeground } from '../foreground';
import { type ShellEnv } from './env';
import { runSource } from './interpreter';
import { IncompleteInput, parseShell } from './parser';
import { terminalErr, terminalIn, terminalOut } from './streams';

/**
 * An interactive bash on the terminal: prompt (PS1, PS2 for continuation lines), read, run, repeat
 * until `exit`/`logout`/Ctrl-D. A login shell says `logout` when it ends, any other `exit`, as bash
 * does. Without a PTY (exec channels) no prompt is printed.
 */
export const runBash = async (env: ShellEnv): Promise<number> => {
  const term = env.term;
  for (;;) {
    let source = '';
    let prompt = env.interactive ? env.prompt('PS1') : '';
    let interrupted = false;
    for (;;) {
      const result = await term.readLine({ prompt });
      if (result.kind === 'eof') {
        if (term.isClosed) return env.lastStatus;
        if (source === '') {
          if (env.interactive) await term.write(env.login ? 'logout\n' : 'exit\n');
          return env.lastStatus;
        }
        break;
      }
      if (result.kind === 'interrupt') {
        interrupted = true;
        break;
      }
      source = source === '' ? result.text : `${source}\n${result.text}`;
      try {
        parseShell(source);
        break;
      } catch (error) {
        if (!(error instanceof IncompleteInput)) break;
        prompt = env.interactive ? env.prompt('PS2') : '';
      }
    }
    if (interrupted) {
      env.lastStatus = 130;
      continue;
    }
    if (source.trim() === '') continue;
    const status = await runForeground(term, env.runtime, env.connection, source, (signal) =>
      runSource(env, source, { stdin: terminalIn(term), stdout: terminalOut(term), stderr: terminalErr(term) }, signal),
    );
    env.lastStatus = env.exitRequested ?? status;
    if (term.isClosed) return env.lastStatus;
    if (env.exitRequested !== null) {
      // Only an interactive bash says goodbye.
      if (env.interactive) await term.write(env.login ? 'logout\n' : 'exit\n');
      return env.exitRequested;
    }
  }
};

/** Run one command line non-interactively (`ssh host 'cmd'` on a device that lands in bash). */
export const runBashOnce = async (env: ShellEnv, source: string): Promise<number> => {
  const term = env.term;
  const status = await runForeground(term, env.runtime, env.connection, source, (signal) =>
    runSource(env, source, { stdin: terminalIn(term), stdout: terminalOut(term), stderr: terminalErr(term) }, signal),
  );
  return env.exitRequested ?? status;
};
