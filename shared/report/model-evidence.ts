import type { Lang } from '../i18n/dictionary';
import { translate } from '../i18n/translate';
import type { Evidence } from '../model/verdict';
import { formatBytes, formatCount, formatDuration } from './format';
import type { ReportEvidence } from './model';
import type { EvidenceLimits } from './options';
import { normalizeOutput, trimOutput } from './trim';

/** One command's evidence, with what printed formats show of it and notes on what they do not. */
export const toReportEvidence = (evidence: Evidence, lang: Lang, limits: EvidenceLimits): ReportEvidence => {
  const shown = trimOutput(evidence.output, limits);
  const omittedNote =
    shown.omittedLines > 0 || shown.omittedBytes > 0
      ? translate(lang, 'report.evidence.omitted', {
          lines: formatCount(shown.omittedLines),
          size: formatBytes(shown.omittedBytes, lang),
        })
      : undefined;
  const captureNote = evidence.truncatedBytes
    ? translate(lang, 'report.evidence.captureCapped', { size: formatBytes(evidence.truncatedBytes, lang) })
    : undefined;
  return {
    command: evidence.command,
    output: normalizeOutput(evidence.output),
    exitCode: evidence.exitCode,
    durationMs: evidence.durationMs,
    ...(evidence.truncatedBytes ? { truncatedBytes: evidence.truncatedBytes } : {}),
    exitCodeText:
      evidence.exitCode === null ? translate(lang, 'report.evidence.noExitCode') : String(evidence.exitCode),
    durationText: formatDuration(evidence.durationMs, lang),
    shown,
    ...(omittedNote ? { omittedNote } : {}),
    ...(captureNote ? { captureNote } : {}),
  };
};
