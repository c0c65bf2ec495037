import { buildDevice, type SimulatorOptions } from '../../electron/services/simulator';
import { createRuntime, type DeviceRuntime } from '../../electron/services/simulator/runtime';
import { runBash } from '../../electron/services/simulator/shell/bash';
import { ShellEnv, type ConnectionInfo, type Programs, type User } from '../../electron/services/simulator/shell/env';
import { runSource } from '../../electron/services/simulator/shell/interpreter';
import { terminalErr, terminalIn, terminalOut } from '../../electron/services/simulator/shell/streams';
import { Terminal, type PtyInfo } from '../../electron/services/simulator/terminal';
import { runClish } from '../../electron/services/simulator/commands/clish';

/**
 * The simulator's device without SSH: a runtime, a terminal whose transport records bytes, and a
 * shell to run command lines in. For fast unit tests of the simulated programs; the SSH-level
 * behaviour is proved in test/integration/simulator.
 */
export interface Recorded {
  out: string;
  err: string;
}

export const recordingTerminal = (pty: PtyInfo | null = null) => {
  const recorded: Recorded = { out: '', err: '' };
  const term = new Terminal(
    {
      out: (chunk) => {
        recorded.out += chunk.toString('utf8');
        return Promise.resolve(true);
      },
      err: (chunk) => {
        recorded.err += chunk.toString('utf8');
        return Promise.resolve(true);
      },
    },
    pty,
  );
  return { term, recorded };
};

export const testConnection = (): ConnectionInfo => ({
  id: 1,
  remoteAddress: '127.0.0.1',
  remotePort: 50000,
  localPort: 22,
  commandCount: 0,
  drop: () => undefined,
});

export interface DeviceHarness {
  readonly runtime: DeviceRuntime;
  /** Run a line as `user` (root by default); returns stdout, stderr and the status. */
  run(line: string, user?: User): Promise<{ stdout: string; stderr: string; status: number }>;
}

export const device = (options: SimulatorOptions = {}): DeviceHarness => {
  const { state, faults } = buildDevice(options);
  const runtime = createRuntime(state, { scale: options.timeScale ?? 0.001, faults });
  return {
    runtime,
    run: async (line, user = 'root') => {
      const { term, recorded } = recordingTerminal(null);
      const connection = testConnection();
      const programs: Programs = {
        bash: (env) => runBash(env),
        clish: () => runClish({ term, runtime, connection, programs }),
      };
      const env = new ShellEnv(runtime, term, connection, programs, { user, login: true });
      term.endInput();
      const status = await runSource(
        env,
        line,
        { stdin: terminalIn(term), stdout: terminalOut(term), stderr: terminalErr(term) },
        new AbortController().signal,
      );
      return { stdout: recorded.out, stderr: recorded.err, status };
    },
  };
};
