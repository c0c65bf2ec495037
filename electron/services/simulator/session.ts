import { runClish, runModuleCli } from './commands/clish';
import { loginBanner, type LoginRecord } from './device-profile';
import type { DeviceRuntime } from './runtime';
import { runBash, runBashOnce } from './shell/bash';
import { ShellEnv, type ConnectionInfo, type Programs } from './shell/env';
import type { Terminal } from './terminal';
import { strftime } from './timing';

/**
 * What one SSH session channel runs: the login banner and the landing program for a shell (CLISH
 * on an FTD, the module bootCLI on a 4100/9300, CLISH or bash on an FMC), or one command line for an
 * exec channel, run by the same landing program. Returns the exit status for `exit-status`.
 */
export type ChannelMode = { readonly kind: 'shell' } | { readonly kind: 'exec'; readonly command: string };

export const runChannel = async (
  term: Terminal,
  runtime: DeviceRuntime,
  connection: ConnectionInfo,
  login: LoginRecord,
  mode: ChannelMode,
): Promise<number> => {
  const programs: Programs = {
    bash: (env) => runBash(env),
    clish: () => runClish({ term, runtime, connection, programs }),
  };
  const host = { term, runtime, connection, programs };
  const state = runtime.state;
  const chassis = state.identity.platform === 'chassis-module';
  const bashLanding = state.identity.type === 'fmc' && state.fmcLanding === 'bash';
  if (mode.kind === 'exec') {
    if (bashLanding)
      return runBashOnce(
        new ShellEnv(runtime, term, connection, programs, { user: 'admin', login: false }),
        mode.command,
      );
    return chassis ? runModuleCli(host, mode.command) : runClish(host, mode.command);
  }
  await term.write(loginBanner(state.identity, login, (ms) => strftime('%a %b %e %H:%M:%S %Y', ms)));
  if (bashLanding) return runBash(new ShellEnv(runtime, term, connection, programs, { user: 'admin', login: true }));
  return chassis ? runModuleCli(host) : runClish(host);
};
