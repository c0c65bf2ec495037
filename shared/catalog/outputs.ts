import type { GrepRun } from '../parsers/grep-run';
import { TIMEOUT_EXIT_CODE } from './commands';
import type { CommandOutput, CommandSpec } from './types';

/**
 * Reading the outputs an evaluator receives. The engine hands them over in the order the commands were
 * asked for (first `commands`, then `followUp`); evaluators find theirs by the exact command text, so a
 * re-ordering or a cached answer shared with another check never mixes them up.
 */

/** The output of the command `spec` (same privilege and text), if it ran. */
export const outputOf = (outputs: readonly CommandOutput[], spec: CommandSpec): CommandOutput | undefined =>
  outputs.find((o) => o.spec.command === spec.command && o.spec.privilege === spec.privilege);

/** The text of `spec`'s output, or empty text when it did not run (parsers call that `empty`). */
export const textOf = (outputs: readonly CommandOutput[], spec: CommandSpec): string =>
  outputOf(outputs, spec)?.output ?? '';

/** For grep-filtered commands: the pipeline's exit code is grep's (1 = no line selected). */
export const grepRunOf = (outputs: readonly CommandOutput[], spec: CommandSpec): GrepRun => ({
  grepExitCode: outputOf(outputs, spec)?.exitCode ?? null,
});

/** True when `timeout N …` on the device stopped the command (exit status 124). */
export const stoppedByTimeout = (output: CommandOutput | undefined): boolean => output?.exitCode === TIMEOUT_EXIT_CODE;
