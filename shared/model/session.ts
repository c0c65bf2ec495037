import type { Message } from '../i18n/message';
import type { CauseId, RelatedBug } from './cause';
import type { CheckId, StageId } from './check';
import type { DeviceFacts } from './device';
import type { CheckStatus, Evidence, Remedy } from './verdict';

/** One check's outcome, as the UI, the CLI and the report show it. */
export interface CheckResult {
  readonly id: CheckId;
  readonly stage: StageId;
  readonly status: CheckStatus;
  /** Why this status, in words an admin understands (rendered in the reader's language). */
  readonly explanation: Message;
  readonly evidence: readonly Evidence[];
  readonly remedy?: Remedy;
  /** Causes this verdict is evidence for; the diagnosis weighs them. */
  readonly supports?: readonly CauseId[];
  readonly startedAt?: string;
  readonly finishedAt?: string;
}

/** A ranked cause. `confidence` is 0..1; `checks` are the check ids whose verdicts support it. */
export interface CauseFinding {
  readonly id: CauseId;
  readonly confidence: number;
  readonly summary: Message;
  readonly remedy?: Remedy;
  readonly checks: readonly CheckId[];
}

export interface Diagnosis {
  /** Most likely first. `healthy` only when nothing failed or was inconclusive. */
  readonly causes: readonly CauseFinding[];
  /** Where the evidence disagrees (curl fails but the connector's session is ESTABLISHED), said plainly. */
  readonly conflicts: readonly Message[];
  readonly relatedBugs: readonly RelatedBug[];
}

/** Answers to the prerequisite questions (FMC GUI settings the product cannot read over SSH). */
export interface PrerequisiteAnswers {
  readonly cloudIntended?: boolean;
  readonly licenseNotEvaluation?: boolean;
  readonly smartLicensingDirect?: boolean;
  readonly cloudEventsEnabled?: boolean;
}

/** A remedy the product applied on the device after the admin confirmed it. */
export interface ActionRecord {
  readonly actionId: string;
  readonly command: string;
  readonly confirmedAt: string;
  readonly outcome: 'applied' | 'failed';
  readonly evidence: Evidence;
  /** The affected checks' status before and after the re-run. */
  readonly before: readonly { readonly id: CheckId; readonly status: CheckStatus }[];
  readonly after: readonly { readonly id: CheckId; readonly status: CheckStatus }[];
}

export type SessionState = 'running' | 'finished' | 'cancelled' | 'failed';

/**
 * Everything one troubleshooting session produced. The report, the JSON output and the
 * read-only view of past sessions are all built from this record.
 */
export interface SessionRecord {
  readonly schemaVersion: 1;
  readonly id: string;
  readonly tool: { readonly name: string; readonly version: string };
  readonly device: DeviceFacts;
  readonly state: SessionState;
  readonly startedAt: string;
  readonly finishedAt?: string;
  readonly answers: PrerequisiteAnswers;
  readonly checks: readonly CheckResult[];
  readonly diagnosis: Diagnosis;
  readonly actions: readonly ActionRecord[];
  /** Why the session could not finish, when it could not (cause `error`). */
  readonly error?: Message;
}
