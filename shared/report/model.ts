import type { Lang } from '../i18n/dictionary';
import type { CauseId, RelatedBug } from '../model/cause';
import type { CheckId, StageId } from '../model/check';
import type { DeviceFacts } from '../model/device';
import type { PrerequisiteAnswers, SessionState } from '../model/session';
import type { CheckStatus } from '../model/verdict';
import type { ConfidenceLevel } from './format';
import type { Paper } from './options';
import type { TrimmedOutput } from './trim';

/**
 * The format-neutral report: built once from a (redacted) session record in one language, then
 * printed as PDF, JSON, Markdown or text. Every string in it is final text in `lang`; renderers
 * only lay it out. Machine values (ids, statuses, times) stay beside their words.
 */
export interface ReportModel {
  readonly lang: Lang;
  readonly paper: Paper;
  readonly generatedAt: string;
  readonly tool: { readonly name: string; readonly version: string };
  readonly session: ReportSession;
  readonly device: ReportDevice;
  readonly verdict: ReportVerdict;
  /** Most likely first (the diagnosis' order). */
  readonly causes: readonly ReportCause[];
  /** The first cause with a remedy: what the admin should do before anything else. */
  readonly firstStep?: { readonly causeId: CauseId; readonly remedy: ReportRemedy };
  readonly conflicts: readonly string[];
  readonly bugs: readonly ReportBug[];
  readonly answers: readonly ReportAnswer[];
  /** Every stage of the wizard except the summary, in wizard order, each with its checks in catalog order. */
  readonly stages: readonly ReportStage[];
  readonly actions: readonly ReportAction[];
  /** Why the session stopped, when it did not finish. */
  readonly error?: string;
  readonly notes?: string;
  /** What was masked, in words (secrets always; addresses and names when asked). */
  readonly redaction: readonly string[];
  readonly masked: { readonly addresses: boolean; readonly hostnames: boolean };
}

export interface LabelledValue {
  readonly label: string;
  readonly value: string;
}

export interface ReportSession {
  readonly id: string;
  readonly state: SessionState;
  readonly startedAt: string;
  readonly finishedAt?: string;
  readonly durationMs?: number;
  /** Session id, state, start, end and duration as printed rows. */
  readonly facts: readonly LabelledValue[];
}

export interface ReportDevice extends DeviceFacts {
  /** What to call the device in a heading: its hostname, else the host it was reached at. */
  readonly name: string;
  readonly facts: readonly LabelledValue[];
}

export type VerdictKind = 'healthy' | 'problems' | 'incomplete' | 'unknown';

export interface ReportVerdict {
  readonly kind: VerdictKind;
  /** Causes other than `healthy` and `error`. */
  readonly problemCount: number;
  readonly headline: string;
  readonly statusCounts: readonly { readonly status: CheckStatus; readonly count: number; readonly word: string }[];
}

export interface ReportRemedy {
  readonly text: string;
  readonly command?: string;
}

export interface ReportCause {
  readonly rank: number;
  readonly id: CauseId;
  readonly title: string;
  readonly summary: string;
  readonly confidence: number;
  readonly confidenceLevel: ConfidenceLevel;
  /** "high (90 %)", in the report's language. */
  readonly confidenceText: string;
  readonly remedy?: ReportRemedy;
  readonly checks: readonly CheckId[];
}

export interface ReportBug {
  readonly id: RelatedBug;
  readonly description: string;
  readonly url: string;
}

export interface ReportAnswer {
  readonly field: keyof PrerequisiteAnswers;
  readonly checkId: CheckId;
  readonly question: string;
  readonly answer: 'yes' | 'no' | 'unanswered';
  readonly answerText: string;
}

export interface ReportStage {
  readonly id: StageId;
  readonly title: string;
  readonly checks: readonly ReportCheck[];
}

export interface ReportCheck {
  readonly id: CheckId;
  readonly stage: StageId;
  readonly status: CheckStatus;
  readonly statusText: string;
  readonly title: string;
  readonly explanation: string;
  readonly remedy?: ReportRemedy;
  readonly evidence: readonly ReportEvidence[];
}

export interface ReportEvidence {
  readonly command: string;
  /** Everything captured (line endings normalised); the JSON report carries this. */
  readonly output: string;
  readonly exitCode: number | null;
  readonly durationMs: number;
  /** Bytes the session's output cap dropped before the report saw them. */
  readonly truncatedBytes?: number;
  /** "0", "1" or "none"; "120 ms". */
  readonly exitCodeText: string;
  readonly durationText: string;
  /** What printed formats show: head and tail within the evidence limits. */
  readonly shown: TrimmedOutput;
  /** "… 2,750 more lines / 180 KB not shown …" when `shown` dropped lines. */
  readonly omittedNote?: string;
  /** When the session itself kept less than the device printed. */
  readonly captureNote?: string;
}

export interface ReportAction {
  readonly actionId: string;
  readonly command: string;
  readonly confirmedAt: string;
  readonly confirmedText: string;
  readonly outcome: 'applied' | 'failed';
  readonly outcomeText: string;
  readonly evidence: ReportEvidence;
  readonly changes: readonly ReportStatusChange[];
}

export interface ReportStatusChange {
  readonly checkId: CheckId;
  readonly title: string;
  readonly before?: CheckStatus;
  readonly beforeText: string;
  readonly after?: CheckStatus;
  readonly afterText: string;
}
