import { translate } from '../../../shared/i18n/translate';
import type { ReportCheck, ReportModel } from '../../../shared/report/model';
import { surelyFitsOnAPage } from './pdf-fit';
import { commandBox } from './pdf-summary';
import type { TextKit } from './pdf-text';
import type { PdfNode } from './pdf-types';
import { COLORS, SIZES } from './pdf-theme';

type Key = Parameters<typeof translate>[1];

/** Each wizard stage with its checks: status (colour and word), what we found, what to do. */
export const stagesSection = (kit: TextKit, model: ReportModel): PdfNode[] => {
  const t = (key: Key) => translate(model.lang, key);
  // Fresh nodes for every table: pdfmake writes layout state into the nodes it is given.
  const header = (): PdfNode[] =>
    [t('report.checks.status'), t('report.checks.check'), `${t('report.checks.explanation')} / ${t('report.checks.remedy')}`].map((label) =>
      kit.text(label, { bold: true, fontSize: SIZES.small, color: COLORS.muted }),
    );
  const firstRowFits = (check: ReportCheck | undefined): boolean =>
    !check || surelyFitsOnAPage(check.title, check.explanation, check.remedy?.text ?? '', check.remedy?.command ?? '');
  const stageTitle = (title: string): PdfNode => kit.text(title, { bold: true, fontSize: SIZES.h2, margin: [0, 0, 0, 2], headlineLevel: 2 });
  const row = (check: ReportCheck): PdfNode[] => [
    // The badge in a nested table colours only the word's box, not the whole (tall) cell.
    { table: { widths: ['*'], body: [[kit.statusBadge(check.status, check.statusText)]] }, layout: 'noBorders', margin: [0, 2, 4, 2] },
    {
      stack: [
        kit.text(check.title, { bold: true, fontSize: SIZES.small }),
        kit.text(check.id, { font: 'Mono', fontSize: SIZES.tiny, color: COLORS.muted }),
      ],
    },
    {
      stack: [
        kit.text(check.explanation, { fontSize: SIZES.small }),
        ...(check.remedy
          ? [
              kit.text(t('report.checks.remedy'), { fontSize: SIZES.small, bold: true, color: COLORS.accent, margin: [0, 3, 0, 0] }),
              kit.text(check.remedy.text, { fontSize: SIZES.small, margin: [0, 0, 0, 1] }),
              ...(check.remedy.command ? [commandBox(kit, check.remedy.command)] : []),
            ]
          : []),
      ],
    },
  ];
  return [
    kit.text(t('report.sections.stages'), { bold: true, fontSize: SIZES.h1, color: COLORS.accent, pageBreak: 'before', margin: [0, 0, 0, 4], headlineLevel: 1 }),
    ...model.stages.flatMap((stage) => [
      stage.checks.length
        ? ({
            // The stage's name is a header row: kept with the first check, repeated on a new page.
            margin: [0, 10, 0, 0],
            table: {
              widths: [66, 130, '*'],
              headerRows: 2,
              ...(firstRowFits(stage.checks[0]) ? { keepWithHeaderRows: 1 } : {}),
              body: [[{ ...stageTitle(stage.title), colSpan: 3 }, {}, {}], header(), ...stage.checks.map(row)],
            },
            layout: 'lightHorizontalLines',
          } satisfies PdfNode)
        : ({ stack: [stageTitle(stage.title), kit.text(t('report.checks.none'), { color: COLORS.muted, fontSize: SIZES.small })], margin: [0, 10, 0, 0] } satisfies PdfNode),
    ]),
  ];
};
