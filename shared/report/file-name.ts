import type { SessionRecord } from '../model/session';
import type { RedactionOptions } from '../redact';

export const REPORT_FORMATS = ['pdf', 'json', 'md', 'txt'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Letters, digits, dot, dash and underscore only: safe on Windows, macOS and Linux, and in a URL. */
const safePart = (text: string, max: number): string =>
  text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-._]+|[-._]+$/g, '')
    .slice(0, max)
    .replace(/[-._]+$/g, '');

/**
 * The name a save dialog suggests: `cloud-doctor_<device>_<YYYY-MM-DD_HHMM>.<ext>`, the device by
 * hostname (else the host it was reached at) and the session's start in UTC. When the report masks
 * names or addresses the file name must not give them away, so it names the device type instead.
 */
export const defaultReportFileName = (
  record: SessionRecord,
  format: ReportFormat,
  redaction: Partial<RedactionOptions> = {},
): string => {
  const masked = Boolean(redaction.hostnames || redaction.addresses);
  const device = (!masked && safePart(record.device.hostname?.trim() || record.device.host, 40)) || record.device.type;
  const started = new Date(record.startedAt);
  const stamp = Number.isNaN(started.getTime())
    ? 'undated'
    : started.toISOString().slice(0, 16).replace('T', '_').replace(':', '');
  return `cloud-doctor_${device}_${stamp}.${format}`;
};
