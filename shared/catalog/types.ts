import type { Message } from '../i18n/message';
import type { CauseId } from '../model/cause';
import type { CheckId, Privilege, StageId } from '../model/check';
import type { DeviceFacts, DeviceType, Region } from '../model/device';
import type { CheckResult, PrerequisiteAnswers } from '../model/session';
import type { CheckStatus, Remedy } from '../model/verdict';

/**
 * A command a check needs. Built only by catalog functions from validated parameters (region
 * hosts, IP addresses) — the renderer can never supply one (PRODUCT.md, Security).
 */
export interface CommandSpec {
  readonly privilege: Exclude<Privilege, 'none'>;
  readonly command: string;
  /** Upper bound for the whole command, including a slow device. */
  readonly timeoutMs: number;
  /** Output kept; the rest is counted as truncated. */
  readonly maxBytes?: number;
}

/** What came back from running a CommandSpec. `error` is set when it could not run to the end. */
export interface CommandOutput {
  readonly spec: CommandSpec;
  readonly output: string;
  readonly exitCode: number | null;
  readonly durationMs: number;
  readonly truncatedBytes: number;
  readonly error?: {
    readonly kind: string;
    /** English, for logs. */
    readonly message: string;
    /** The same, in the reader's language, when the transport gives one. */
    readonly userMessage?: Message;
  };
}

/** What a check may know when it plans and decides: the device, the region, the answers, and earlier results. */
export interface CheckEnv {
  readonly deviceType: DeviceType;
  readonly region: Region;
  readonly answers: PrerequisiteAnswers;
  /** Results of the checks that ran before this one in this session, by id. */
  readonly results: ReadonlyMap<CheckId, CheckResult>;
  /** The host's clock when the session ran, for comparing the device clock (ISO time). */
  readonly now: string;
}

/** A check's decision: status, why, which causes it supports, and the fix. */
export interface Verdict {
  readonly status: CheckStatus;
  readonly explanation: Message;
  readonly supports?: readonly CauseId[];
  readonly remedy?: Remedy;
  /** What the check learned about the device (show version: model, version, hostname). */
  readonly deviceFacts?: Partial<Pick<DeviceFacts, 'model' | 'version' | 'build' | 'hostname'>>;
}

/**
 * One check as data plus small pure functions (ARCHITECTURE rule 5). The engine runs `commands`
 * (and `followUp`, when the first answers call for more), then `evaluate` decides from the
 * outputs. Parsers do the reading; evaluate only decides on typed facts.
 */
export interface CheckDefinition {
  readonly id: CheckId;
  /**
   * `session`: performed by the engine itself (the SSH login, reaching root) — its result is the
   * outcome of that step. `question`: answered by the admin (FMC GUI settings). `probe`: commands.
   */
  readonly kind: 'session' | 'question' | 'probe';
  readonly stage: StageId;
  readonly deviceTypes: readonly DeviceType[];
  /** `none` for checks that are questions or the connection itself. */
  readonly privilege: Privilege;
  /** Checks that must have passed (or warned/informed) for this one to make sense; otherwise it is skipped. */
  readonly dependsOn: readonly CheckId[];
  /**
   * Checks that run first and whose `fail` makes this one pointless, while their `error` or `inconclusive` does
   * not: the question they could not answer is still open, and this check's own commands may answer it (an FMC
   * without CLISH cannot show its DNS servers, yet nslookup still tells whether names resolve).
   */
  readonly skipIfFailed?: readonly CheckId[];
  /** Commands to run, all at once. Empty for questions. */
  readonly commands: (env: CheckEnv) => readonly CommandSpec[];
  /** More commands decided from the first outputs (e.g. retry curl with -k after a certificate failure). */
  readonly followUp?: (first: readonly CommandOutput[], env: CheckEnv) => readonly CommandSpec[];
  readonly evaluate: (outputs: readonly CommandOutput[], env: CheckEnv) => Verdict;
}
