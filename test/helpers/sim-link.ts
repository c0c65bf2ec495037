import type { DeviceLink, DeviceRunner, RunResult } from '../../electron/services/engine/device-link';
import type { RunningSimulator } from '../../electron/services/simulator';
import type { CommandSpec } from '../../shared/catalog/types';
import { connect, EXPERT, exec, openShell, ROOT, type Shell } from './sim-client';

/**
 * A DeviceLink to the simulated device for tests that run the real engine and catalog before the product's
 * SSH driver is wired in. Deliberately simple, and not the product's driver: CLISH commands go over exec
 * channels (the simulator runs them in CLISH, with an exit status); expert and root commands go to a few root
 * shells reached the guide's way (`expert`, `sudo su -`), one command at a time each, framed by markers so
 * its output and `$?` can be cut out of the terminal stream. Errors carry the engine's `kind`s.
 */
class SimLinkError extends Error {
  constructor(
    readonly kind: 'timeout' | 'disconnected' | 'failed',
    message: string,
  ) {
    super(message);
  }
}

const BEGIN = '__FCD_BEGIN__';
const END = '__FCD_END__';

const bounded = <T>(work: Promise<T>, ms: number, what: string): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new SimLinkError('timeout', `${what} did not finish within ${ms} ms`)), ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(
          error instanceof SimLinkError || !(error instanceof Error)
            ? error
            : new SimLinkError('disconnected', error.message),
        );
      },
    );
  });

const cap = (text: string, maxBytes: number | undefined): { output: string; truncatedBytes: number } => {
  const bytes = Buffer.from(text, 'utf8');
  if (maxBytes === undefined || bytes.length <= maxBytes) return { output: text, truncatedBytes: 0 };
  return { output: bytes.subarray(0, maxBytes).toString('utf8'), truncatedBytes: bytes.length - maxBytes };
};

export interface SimLinkStats {
  /** Commands run, by privilege. */
  readonly commands: CommandSpec[];
}

export const simLink = (sim: RunningSimulator, stats: SimLinkStats = { commands: [] }, rootShells = 3): DeviceLink => ({
  connect: async () => {
    const started = Date.now();
    const client = await connect(sim);
    const openRoot = async (): Promise<Shell> => {
      const shell = await openShell(client, { cols: 1000 });
      await shell.expect(/> $/);
      shell.send('expert\r');
      if (!EXPERT.test(await shell.expect(new RegExp(`${EXPERT.source}|\\r\\n> $`)))) {
        throw new SimLinkError('failed', 'expert is not available on this device');
      }
      shell.send('sudo su -\r');
      let next = await shell.expect(/Password: $|# $/);
      if (/Password: $/.test(next)) {
        shell.send(`${sim.sudoPassword}\r`);
        next = await shell.expect(new RegExp(`${ROOT.source}|Password: $`));
        if (!ROOT.test(next)) throw new SimLinkError('failed', 'sudo refused the password');
      }
      return shell;
    };
    const inShell = async (shell: Shell, command: string): Promise<{ output: string; exitCode: number }> => {
      shell.send(`echo ${BEGIN}; ${command}; echo ${END}$?\r`);
      const text = await shell.expect(new RegExp(`${END}(\\d+)\\r?\\n[^\\n]*# $`), 60_000);
      const from = text.indexOf(`${BEGIN}\r\n`);
      const to = text.lastIndexOf(END);
      const exitCode = Number(new RegExp(`${END}(\\d+)`).exec(text.slice(to))?.[1] ?? '-1');
      return { output: text.slice(from + BEGIN.length + 2, to), exitCode };
    };
    // A few root shells, each running one command at a time, so independent probes overlap as on a real session.
    const slots = Array.from({ length: rootShells }, () => ({
      shell: undefined as Promise<Shell> | undefined,
      busy: Promise.resolve() as Promise<unknown>,
      pending: 0,
    }));
    const first = slots[0]!;
    const inRoot = (command: string): Promise<{ output: string; exitCode: number }> => {
      const slot = first.shell ? slots.reduce((a, b) => (b.pending < a.pending ? b : a)) : first;
      slot.pending += 1;
      const mine = slot.busy.then(async () => inShell(await (slot.shell ?? (slot.shell = openRoot())), command));
      slot.busy = mine.catch(() => undefined);
      return mine.finally(() => {
        slot.pending -= 1;
      });
    };
    const runner: DeviceRunner = {
      run: async (spec): Promise<RunResult> => {
        stats.commands.push(spec);
        const t0 = Date.now();
        let result: { output: string; exitCode: number | null };
        if (spec.privilege === 'clish') {
          const r = await bounded(exec(client, spec.command), spec.timeoutMs, spec.command);
          result = { output: r.stdout + r.stderr, exitCode: r.code };
        } else {
          result = await bounded(inRoot(spec.command), spec.timeoutMs, spec.command);
        }
        spec.onChunk?.(result.output);
        return { ...cap(result.output, spec.maxBytes), exitCode: result.exitCode, durationMs: Date.now() - t0 };
      },
      elevate: async () => {
        const t0 = Date.now();
        await (first.shell ?? (first.shell = openRoot()));
        return { command: 'expert\nsudo su -', output: '', exitCode: null, durationMs: Date.now() - t0 };
      },
      close: async () => {
        client.end();
      },
    };
    return {
      runner,
      evidence: {
        command: `ssh ${sim.username}@${sim.host} -p ${sim.port}`,
        output: '',
        exitCode: null,
        durationMs: Date.now() - started,
      },
      facts: {},
      login: { user: sim.username, fingerprint: sim.hostKeyFingerprint },
    };
  },
});
