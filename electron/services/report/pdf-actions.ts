import { translate } from '../../../shared/i18n/translate';
import type { ReportAction, ReportModel } from '../../../shared/report/model';
import { evidenceBlock } from './pdf-evidence';
import { inlineBadge, type TextKit } from './pdf-text';
import type { PdfNode } from './pdf-types';
import { COLORS, SIZES, STATUS_COLORS } from './pdf-theme';

type Key = Parameters<typeof translate>[1];

/** Remedies applied on the device after the admin confirmed them, with each check's status before and after. */
export const actionsSection = (kit: TextKit, model: ReportModel): PdfNode[] => {
  const t = (key: Key) => translate(model.lang, key);
  const action = (a: ReportAction): PdfNode => ({
    margin: [0, 6, 0, 6],
    stack: [
      {
        columns: [
          kit.text(a.command, { font: 'Mono', bold: true, fontSize: SIZES.body, width: '*' }),
          inlineBadge(kit.badge(a.outcomeText, a.outcome === 'applied' ? STATUS_COLORS.pass : STATUS_COLORS.fail)),
        ],
        columnGap: 8,
      },
      kit.text(`${t('report.actions.confirmedAt')}: ${a.confirmedText}`, { fontSize: SIZES.small, color: COLORS.muted, margin: [0, 2, 0, 4] }),
      {
        table: {
          widths: ['*', 70, 70],
          headerRows: 1,
          body: [
            [t('report.actions.check'), t('report.actions.before'), t('report.actions.after')].map((label) => kit.text(label, { bold: true, fontSize: SIZES.small, color: COLORS.muted })),
            ...a.changes.map((c) => [
              kit.text(`${c.title} (${c.checkId})`, { fontSize: SIZES.small }),
              c.before ? kit.statusBadge(c.before, c.beforeText) : kit.text(c.beforeText, { fontSize: SIZES.small }),
              c.after ? kit.statusBadge(c.after, c.afterText) : kit.text(c.afterText, { fontSize: SIZES.small }),
            ]),
          ],
        },
        layout: 'lightHorizontalLines',
      },
      evidenceBlock(kit, model.lang, a.evidence),
    ],
  });
  const heading = kit.text(t('report.sections.actions'), { bold: true, fontSize: SIZES.h1, color: COLORS.accent, margin: [0, 16, 0, 4], headlineLevel: 1 });
  // A page of its own only when there is something to show; otherwise one line at the end.
  return model.actions.length
    ? [{ ...heading, pageBreak: 'before', margin: [0, 0, 0, 4] }, ...model.actions.map(action)]
    : [heading, kit.text(t('report.actions.none'), { color: COLORS.muted })];
};
