import { translate } from '../../../shared/i18n/translate';
import { formatTimestamp } from '../../../shared/report/format';
import type { ReportModel } from '../../../shared/report/model';
import type { TextKit } from './pdf-text';
import type { PdfNode } from './pdf-types';
import { COLORS, PAGE_MARGINS, SIZES } from './pdf-theme';

/** On every page: the product name and version, the session id and "Page N of M" (issue 7). */
export const pageFooter =
  (kit: TextKit, model: ReportModel) =>
  (page: number, pages: number): PdfNode => ({
    margin: [PAGE_MARGINS[0], 18, PAGE_MARGINS[2], 0],
    columns: [
      kit.text(`${model.tool.name} ${model.tool.version}`, { fontSize: SIZES.tiny, color: COLORS.muted, width: '*' }),
      kit.text(translate(model.lang, 'report.footer.session', { id: model.session.id }), { fontSize: SIZES.tiny, color: COLORS.muted, width: 'auto', alignment: 'center' }),
      kit.text(translate(model.lang, 'report.footer.page', { page, pages }), { fontSize: SIZES.tiny, color: COLORS.muted, width: '*', alignment: 'right' }),
    ],
  });

/** From the second page on, which report this page belongs to if the pages get separated. */
export const pageHeader =
  (kit: TextKit, model: ReportModel) =>
  (page: number): PdfNode | null =>
    page === 1
      ? null
      : {
          margin: [PAGE_MARGINS[0], 20, PAGE_MARGINS[2], 0],
          columns: [
            kit.text(`${translate(model.lang, 'report.title')} · ${model.device.name}`, { fontSize: SIZES.tiny, color: COLORS.muted, width: '*' }),
            kit.text(formatTimestamp(model.generatedAt), { fontSize: SIZES.tiny, color: COLORS.muted, width: 'auto' }),
          ],
        };
