import { toLines } from './normalize';
import { rejectEmptyOrFailed, type Unrecognized } from './unrecognized';

/**
 * The guides filter several commands through grep (`pmtool status | grep -i SSEConnector`,
 * `netstat -anlp | grep EventHandler_SSEConnector.sock`, `lsof -i | grep conn`). An empty output then means
 * "no such line" only when grep says so (exit code 1); from the text alone it could as well be a command that
 * printed nothing. The engine passes the exit code; parsers of filtered output answer `no-match` only then.
 */
export interface GrepRun {
  /** The pipeline's exit code, which is grep's: 0 = lines selected, 1 = none, 2 = error. */
  readonly grepExitCode?: number | null;
}

/** `no-match`: grep selected no line (exit code 1, empty output). */
export interface NoMatch {
  readonly kind: 'no-match';
}

export const isGrepNoMatch = (lines: readonly string[], run: GrepRun | undefined): boolean =>
  run?.grepExitCode === 1 && lines.every((line) => line.trim() === '');

/**
 * The opening of every parser of grep-filtered output: grep's "no line" (`no-match`), an empty or failed
 * command (`unrecognized`), or the normalised lines to parse.
 */
export const openFiltered = (raw: string, run: GrepRun | undefined): NoMatch | Unrecognized | readonly string[] => {
  const lines = toLines(raw);
  if (isGrepNoMatch(lines, run)) return { kind: 'no-match' };
  return rejectEmptyOrFailed(lines) ?? lines;
};
