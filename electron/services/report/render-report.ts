import type { SessionRecord } from '../../../shared/model/session';
import { createReport } from '../../../shared/report/create-report';
import type { ReportFormat } from '../../../shared/report/file-name';
import type { ReportOptions } from '../../../shared/report/options';
import { renderJson } from '../../../shared/report/render-json';
import { renderMarkdown } from '../../../shared/report/render-markdown';
import { renderText } from '../../../shared/report/render-text';
import { fontFiles, resolveFontDir } from './fonts';
import { glyphCoverage } from './glyph-coverage';
import { buildPdfDocument } from './pdf-document';
import { renderPdf } from './pdf-render';

export interface RenderReportRequest extends Omit<ReportOptions, 'generatedAt'> {
  readonly record: SessionRecord;
  readonly format: ReportFormat;
  /** Defaults to now. */
  readonly generatedAt?: string;
  /** Where the PDF fonts are; found next to the bundle or in the checkout when omitted. */
  readonly fontDir?: string;
}

/**
 * A report in any format as bytes, redacted (createReport masks before anything is rendered).
 * Text files carry no colour codes.
 */
export const renderReport = async (request: RenderReportRequest): Promise<Uint8Array> => {
  const { record, format, fontDir, ...options } = request;
  const model = createReport(record, { ...options, generatedAt: options.generatedAt ?? new Date().toISOString() });
  switch (format) {
    case 'json':
      return Buffer.from(renderJson(model), 'utf8');
    case 'md':
      return Buffer.from(renderMarkdown(model), 'utf8');
    case 'txt':
      return Buffer.from(renderText(model), 'utf8');
    case 'pdf': {
      const files = fontFiles(fontDir ?? resolveFontDir());
      return renderPdf(buildPdfDocument(model, glyphCoverage(files)), files);
    }
  }
};
