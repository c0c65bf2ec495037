import type { CliIo, ExitCode } from '../io';

/** One CLI command: its name, a one-line summary for the help text, and how it runs. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  run(args: readonly string[], io: CliIo): Promise<ExitCode>;
}
