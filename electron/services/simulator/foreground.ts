import { garbageBytes } from './faults';
import type { DeviceRuntime } from './runtime';
import type { ConnectionInfo } from './shell/env';
import type { Terminal } from './terminal';
import { abortableDelay } from './timing';

/** Real ms to wait for the first output of a command before the drop-session fault cuts anyway. */
const DROP_FALLBACK_MS = 300;
/** How much of a command's answer gets out before the drop-session fault cuts the connection. */
const DROP_AFTER_BYTES = 100;

/**
 * Run one typed command line in the foreground of a terminal, for CLISH and bash alike: Ctrl-C
 * aborts it (and the shell prints a newline after the terminal's `^C`), and the command faults
 * (slow answer, hang, garbage, session drop mid-command) are applied here, whatever the mode.
 */
export const runForeground = async (
  term: Terminal,
  runtime: DeviceRuntime,
  connection: ConnectionInfo,
  line: string,
  body: (signal: AbortSignal) => Promise<number>,
): Promise<number> => {
  const controller = new AbortController();
  term.pushForeground(controller);
  connection.commandCount += 1;
  const plan = runtime.faults.plan(line, connection.commandCount);
  const cleanups: (() => void)[] = [];
  let status: number;
  try {
    if (plan.drop) {
      let dropped = false;
      const drop = () => {
        if (dropped) return;
        dropped = true;
        connection.drop();
      };
      // Mid-command: the first bytes of the answer get out, then the connection is cut; a quiet
      // command is cut after a moment anyway.
      term.cutOutputAfter(DROP_AFTER_BYTES, drop);
      const timer = setTimeout(drop, DROP_FALLBACK_MS);
      cleanups.push(() => clearTimeout(timer));
    }
    if (plan.delayMs > 0) await abortableDelay(plan.delayMs, controller.signal);
    if (plan.garbage > 0) await term.writeRaw(garbageBytes(plan.garbage, connection.commandCount));
    if (plan.hang) {
      await new Promise<void>((resolve) => {
        if (controller.signal.aborted) resolve();
        else controller.signal.addEventListener('abort', () => resolve(), { once: true });
      });
      status = 130;
    } else status = controller.signal.aborted ? 130 : await body(controller.signal);
  } finally {
    term.popForeground(controller);
    if (!plan.drop) for (const cleanup of cleanups) cleanup();
  }
  // bash prints a newline after a command killed by SIGINT (the terminal already echoed `^C`).
  if (controller.signal.aborted && status === 130 && !term.isClosed && term.pty) await term.write('\n');
  return status;
};
