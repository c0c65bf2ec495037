import type { Message } from '../i18n/message';

/**
 * The status of one check. `inconclusive` is output we did not understand and is never
 * reported as `pass`; `error` means the check could not run at all (PRODUCT.md, "Verdicts").
 */
export const CHECK_STATUSES = ['pass', 'fail', 'warn', 'info', 'skip', 'inconclusive', 'error'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

/** Evidence is what the admin would have seen had they typed the command themselves. */
export interface Evidence {
  readonly command: string;
  readonly output: string;
  /** null when the command never finished (timeout, dropped session) or has no exit code (CLISH). */
  readonly exitCode: number | null;
  readonly durationMs: number;
  /** Bytes dropped by the output cap, when the device printed more than we keep. */
  readonly truncatedBytes?: number;
}

/** A fix: words, the exact command where there is one, and an action id when the product can apply it. */
export interface Remedy {
  readonly text: Message;
  readonly command?: string;
  readonly actionId?: string;
}
