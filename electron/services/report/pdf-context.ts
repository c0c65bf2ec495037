import { translate } from '../../../shared/i18n/translate';
import type { ReportModel } from '../../../shared/report/model';
import type { TextKit } from './pdf-text';
import type { PdfNode } from './pdf-types';
import { COLORS, SIZES } from './pdf-theme';

type Key = Parameters<typeof translate>[1];

/**
 * What surrounds the diagnosis: where the evidence disagrees, the related Cisco bugs (guide 004,
 * "알려진 문제"), the answers to the prerequisite questions, the admin's notes and what was masked.
 */
export const contextSection = (kit: TextKit, model: ReportModel): PdfNode[] => {
  const t = (key: Key) => translate(model.lang, key);
  const heading = (key: Key): PdfNode => kit.text(t(key), { bold: true, fontSize: SIZES.h2, color: COLORS.accent, margin: [0, 12, 0, 4], headlineLevel: 2 });
  const bullets = (items: readonly string[]): PdfNode[] =>
    items.map((item) => ({ columns: [kit.text('•', { width: 10 }), kit.text(item, { width: '*' })], margin: [0, 1, 0, 1] }));
  return [
    ...(model.conflicts.length ? [heading('report.sections.conflicts'), ...bullets(model.conflicts)] : []),
    ...(model.bugs.length
      ? [
          heading('report.sections.bugs'),
          ...model.bugs.map((bug) => ({
            margin: [0, 1, 0, 3],
            columns: [
              kit.text(bug.id, { font: 'Mono', bold: true, width: 70 }),
              { width: '*', stack: [kit.text(bug.description), kit.text(bug.url, { fontSize: SIZES.tiny, color: COLORS.muted })] },
            ],
          }) satisfies PdfNode),
        ]
      : []),
    heading('report.sections.answers'),
    {
      table: {
        widths: ['*', 130],
        headerRows: 1,
        body: [
          [kit.text(t('report.answers.question'), { bold: true, fontSize: SIZES.small }), kit.text(t('report.answers.answer'), { bold: true, fontSize: SIZES.small })],
          ...model.answers.map((a) => [kit.text(a.question, { fontSize: SIZES.small }), kit.text(a.answerText, { fontSize: SIZES.small, bold: a.answer !== 'unanswered' })]),
        ],
      },
      layout: 'lightHorizontalLines',
    },
    ...(model.notes ? [heading('report.sections.notes'), kit.text(model.notes)] : []),
    heading('report.sections.redaction'),
    ...bullets(model.redaction),
  ];
};
