import type { SessionRecord } from '../model/session';
import { createRedactor, deviceNamesOf, redactSessionRecord } from '../redact';
import { buildReportModel } from './build-model';
import type { ReportModel } from './model';
import type { ReportOptions } from './options';

/**
 * The one way to make a report: redact the record (secrets always; addresses and names when
 * asked), then build the model. Every renderer takes the model, so nothing unredacted can reach
 * a file, a terminal or a PDF.
 */
export const createReport = (record: SessionRecord, options: ReportOptions): ReportModel => {
  const redactor = createRedactor({
    secrets: options.secrets ?? [],
    options: options.redaction ?? {},
    deviceNames: deviceNamesOf(record),
  });
  const redacted = redactSessionRecord(record, redactor);
  return buildReportModel(redacted, {
    ...options,
    ...(options.notes !== undefined ? { notes: redactor.text(options.notes) } : {}),
    appliedRedaction: redactor.options,
  });
};
