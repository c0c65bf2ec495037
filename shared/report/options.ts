import type { Lang } from '../i18n/dictionary';
import type { RedactionOptions } from '../redact';

export const PAPERS = ['a4', 'letter'] as const;
export type Paper = (typeof PAPERS)[number];

/** How much device output a printed report shows per command; the JSON keeps everything captured. */
export interface EvidenceLimits {
  readonly maxLines: number;
  readonly maxBytes: number;
}

/** 120 lines / 12 KB per command: enough for any curl -v or show network, two PDF pages at most. */
export const DEFAULT_EVIDENCE_LIMITS: EvidenceLimits = { maxLines: 120, maxBytes: 12 * 1024 };

/** Everything a report needs besides the session record. */
export interface ReportOptions {
  readonly lang: Lang;
  readonly paper?: Paper;
  /** ISO 8601 time the report is made; the caller passes it so output is reproducible. */
  readonly generatedAt: string;
  /** Name and version printed on every page; defaults to the record's own tool. */
  readonly tool?: { readonly name: string; readonly version: string };
  /** Masks on request (addresses, host names); secrets are masked always. */
  readonly redaction?: Partial<RedactionOptions>;
  /** Every secret the session used (passwords, passphrases, sudo password): never printed. */
  readonly secrets?: readonly string[];
  /** The admin's own note for the reader (a TAC case number, what they changed), redacted like the rest. */
  readonly notes?: string;
  readonly evidenceLimits?: EvidenceLimits;
}
