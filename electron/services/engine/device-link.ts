import type { Message, MessageParam } from '../../../shared/i18n/message';
import type { DeviceFacts } from '../../../shared/model/device';
import type { Evidence } from '../../../shared/model/verdict';
import type { CommandSpec } from '../../../shared/catalog/types';

/** One command's result as the transport returns it. */
export interface RunResult {
  readonly output: string;
  readonly exitCode: number | null;
  readonly durationMs: number;
  readonly truncatedBytes: number;
}

/**
 * What the engine needs from an open device session: run a command at a privilege level (the
 * session escalates as needed and may run several at once), reach root explicitly (for the
 * `device.privilege` check), and close. Errors carry a `kind` (see LinkErrorKind).
 */
export interface DeviceRunner {
  run(spec: CommandSpec & { readonly onChunk?: (chunk: string) => void }): Promise<RunResult>;
  /**
   * Reach root now; resolves with what the admin would have seen (commands typed, prompts), and whether
   * `expert` was typed first (not when the login landed in bash, as on an FMC whose CLI is off).
   */
  elevate(): Promise<{ readonly evidence: Evidence; readonly viaExpert: boolean }>;
  close(): Promise<void>;
}

/** Opens a session. Resolves with the runner, the login evidence and what the login revealed. */
export interface DeviceLink {
  connect(): Promise<{
    readonly runner: DeviceRunner;
    readonly evidence: Evidence;
    readonly facts: Partial<Pick<DeviceFacts, 'model' | 'version' | 'hostname'>>;
    /** Who logged in and the host key that was verified, for the admin to see. */
    readonly login: { readonly user: string; readonly fingerprint: string };
  }>;
}

/** Error kinds the engine tells apart; anything else is treated as `failed`. */
export type LinkErrorKind =
  | 'unreachable'
  | 'auth-failed'
  | 'host-key-unknown'
  | 'host-key-changed'
  | 'timeout'
  | 'disconnected'
  | 'expert-unavailable'
  | 'clish-unavailable'
  | 'sudo-failed'
  | 'output-too-large'
  | 'cancelled'
  | 'failed';

export const errorKind = (error: unknown): LinkErrorKind => {
  const kind = (error as { kind?: unknown } | null)?.kind;
  const known: readonly string[] = [
    'unreachable',
    'auth-failed',
    'host-key-unknown',
    'host-key-changed',
    'timeout',
    'disconnected',
    'expert-unavailable',
    'clish-unavailable',
    'sudo-failed',
    'output-too-large',
    'cancelled',
  ];
  return typeof kind === 'string' && known.includes(kind) ? (kind as LinkErrorKind) : 'failed';
};

export const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : typeof error === 'string' ? error : 'unknown error';

/** The error for the admin: the transport's translatable message when it has one, else its text. */
export const errorDetail = (error: unknown): MessageParam => {
  const userMessage = (error as { userMessage?: Message } | null)?.userMessage;
  return userMessage && typeof userMessage === 'object' && 'key' in userMessage ? userMessage : errorMessage(error);
};
