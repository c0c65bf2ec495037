/**
 * What a command may touch of the outside world, passed in so commands are testable without a
 * terminal: streams, environment, and whether stdout is a TTY (colour and live progress).
 */
export interface CliIo {
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** For asking a secret when none was given another way; absent or not a TTY means never ask. */
  readonly stdin?: NodeJS.ReadStream;
}

/** Exit codes of the CLI contract (PRODUCT.md): 0 healthy, 1 problems found, 2 could not diagnose. */
export const EXIT = { healthy: 0, problems: 1, error: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A usage or input error: printed as one line, exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
