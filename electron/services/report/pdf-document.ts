import { translate } from '../../../shared/i18n/translate';
import type { ReportModel } from '../../../shared/report/model';
import type { GlyphCoverage } from './glyph-coverage';
import { actionsSection } from './pdf-actions';
import { contextSection } from './pdf-context';
import { evidenceAppendix } from './pdf-evidence';
import { pageFooter, pageHeader } from './pdf-page-frame';
import { stagesSection } from './pdf-stages';
import { summarySection } from './pdf-summary';
import { textKit } from './pdf-text';
import type { PdfDocument } from './pdf-types';
import { COLORS, PAGE_MARGINS, SIZES } from './pdf-theme';

/** Page widths in points (pdfmake's A4 and LETTER). */
const PAGE_WIDTH = { a4: 595.28, letter: 612 } as const;

/**
 * The whole PDF as pdfmake data, built by a pure function of the report model and the fonts'
 * glyph coverage: first page (verdict, causes, what to do), context, stages, evidence, actions.
 */
export const buildPdfDocument = (model: ReportModel, coverage: GlyphCoverage): PdfDocument => {
  const kit = textKit(coverage);
  const contentWidth = PAGE_WIDTH[model.paper] - PAGE_MARGINS[0] - PAGE_MARGINS[2];
  return {
    pageSize: model.paper === 'letter' ? 'LETTER' : 'A4',
    pageMargins: PAGE_MARGINS,
    language: model.lang === 'ko' ? 'ko-KR' : 'en-US',
    info: {
      title: `${translate(model.lang, 'report.title')}: ${model.device.name}`,
      author: model.tool.name,
      subject: model.verdict.headline,
      creator: `${model.tool.name} ${model.tool.version}`,
      producer: `${model.tool.name} ${model.tool.version}`,
      // The report's own time, so the same session and options give the same document.
      creationDate: new Date(model.generatedAt),
    },
    defaultStyle: { font: 'Sans', fontSize: SIZES.body, lineHeight: 1.2, color: COLORS.text },
    content: [
      ...summarySection(kit, model, contentWidth),
      ...contextSection(kit, model),
      ...stagesSection(kit, model),
      ...evidenceAppendix(kit, model),
      ...actionsSection(kit, model),
    ],
    header: pageHeader(kit, model),
    footer: pageFooter(kit, model),
  };
};
