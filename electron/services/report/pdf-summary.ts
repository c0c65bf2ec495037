import { translate } from '../../../shared/i18n/translate';
import { formatTimestamp } from '../../../shared/report/format';
import type { LabelledValue, ReportCause, ReportModel, ReportRemedy } from '../../../shared/report/model';
import { surelyFitsOnAPage } from './pdf-fit';
import { inlineBadge, type TextKit } from './pdf-text';
import type { PdfNode } from './pdf-types';
import { COLORS, SIZES, VERDICT_COLORS } from './pdf-theme';

type Key = Parameters<typeof translate>[1];

const CONFIDENCE_COLORS = { high: '#0b4f8a', medium: '#3d6e9e', low: '#5f6368' } as const;

/**
 * The first page: who and when, the verdict at a glance, what to do first, and the ranked causes
 * with their remedies — what a manager or a TAC engineer reads before anything else.
 */
export const summarySection = (kit: TextKit, model: ReportModel, contentWidth: number): PdfNode[] => {
  const t = (key: Key, params?: Record<string, string | number>) => translate(model.lang, key, params);
  const heading = (key: Key): PdfNode =>
    kit.text(t(key), { bold: true, fontSize: SIZES.h1, color: COLORS.accent, margin: [0, 14, 0, 6], headlineLevel: 1 });

  const facts = (title: Key, rows: readonly LabelledValue[]): PdfNode => ({
    width: '*',
    stack: [
      kit.text(t(title), { bold: true, fontSize: SIZES.h3, margin: [0, 0, 0, 3] }),
      {
        table: {
          widths: [78, '*'],
          body: rows.map((r) => [kit.text(r.label, { color: COLORS.muted, fontSize: SIZES.small }), kit.text(r.value, { fontSize: SIZES.small })]),
        },
        layout: 'lightHorizontalLines',
      },
    ],
  });

  const remedy = (r: ReportRemedy, onPanel = false): PdfNode[] => [
    kit.text(r.text, { margin: [0, 0, 0, 3] }),
    ...(r.command ? [commandBox(kit, r.command, onPanel ? COLORS.white : COLORS.code)] : []),
  ];

  const verdict: PdfNode = {
    margin: [0, 12, 0, 10],
    table: {
      widths: ['*'],
      body: [
        [
          {
            fillColor: VERDICT_COLORS[model.verdict.kind],
            margin: [10, 8, 10, 8],
            stack: [
              kit.text(t('report.sections.verdict'), { color: COLORS.white, fontSize: SIZES.small }),
              kit.text(model.verdict.headline, { color: COLORS.white, bold: true, fontSize: SIZES.h1 }),
              ...(model.verdict.statusCounts.length
                ? [kit.text(`${t('report.verdict.counts')}: ${model.verdict.statusCounts.map((s) => `${s.word} ${s.count}`).join(' · ')}`, { color: COLORS.white, fontSize: SIZES.small, margin: [0, 2, 0, 0] })]
                : []),
              ...(model.error ? [kit.text(`${t('report.sections.error')}: ${model.error}`, { color: COLORS.white, fontSize: SIZES.small, margin: [0, 2, 0, 0] })] : []),
            ],
          },
        ],
      ],
    },
    layout: 'noBorders',
  };

  const firstStep: PdfNode[] = model.firstStep
    ? [
        {
          margin: [0, 10, 0, 0],
          table: {
            widths: ['*'],
            body: [[{ fillColor: COLORS.panel, margin: [10, 6, 10, 6], stack: [kit.text(t('report.sections.firstStep'), { bold: true, color: COLORS.accent, fontSize: SIZES.h3, margin: [0, 0, 0, 3] }), ...remedy(model.firstStep.remedy, true)] }]],
          },
          layout: 'noBorders',
        },
      ]
    : [];

  const cause = (c: ReportCause): PdfNode => ({
    margin: [0, 4, 0, 6],
    stack: [
      {
        // Title and summary together, so a title never ends a page alone (see pdf-fit.ts).
        unbreakable: surelyFitsOnAPage(c.title, c.summary),
        stack: [
          {
            columns: [
              kit.text(`${c.rank}. ${c.title}`, { bold: true, fontSize: SIZES.h2, width: '*' }),
              inlineBadge(kit.badge(`${t('report.cause.confidence')}: ${c.confidenceText}`, CONFIDENCE_COLORS[c.confidenceLevel])),
            ],
            columnGap: 8,
          },
          kit.text(c.summary, { margin: [0, 3, 0, 3] }),
        ],
      },
      ...(c.remedy ? [kit.text(t('report.cause.remedy'), { bold: true, fontSize: SIZES.small, color: COLORS.accent, margin: [0, 2, 0, 1] }), ...remedy(c.remedy)] : []),
      ...(c.checks.length ? [kit.text(`${t('report.cause.supportedBy')}: ${c.checks.join(', ')}`, { fontSize: SIZES.small, color: COLORS.muted, margin: [0, 2, 0, 0] })] : []),
      { canvas: [{ type: 'line', x1: 0, y1: 4, x2: contentWidth, y2: 4, lineWidth: 0.5, lineColor: COLORS.rule }] },
    ],
  });

  return [
    kit.text(model.tool.name, { color: COLORS.muted, fontSize: SIZES.small }),
    kit.text(t('report.title'), { bold: true, fontSize: SIZES.title, color: COLORS.accent, headlineLevel: 1 }),
    kit.text(t('report.subtitle'), { color: COLORS.muted, margin: [0, 0, 0, 4] }),
    kit.text(model.device.name, { bold: true, fontSize: SIZES.h1 }),
    kit.text(t('report.generated', { date: formatTimestamp(model.generatedAt), tool: model.tool.name, version: model.tool.version }), { color: COLORS.muted, fontSize: SIZES.small }),
    verdict,
    { columns: [facts('report.sections.device', model.device.facts), facts('report.sections.session', model.session.facts)], columnGap: 16 },
    ...firstStep,
    ...(model.causes.length ? [heading('report.sections.causes'), ...model.causes.map(cause)] : []),
  ];
};

/** A command to type, in the monospaced font on a shaded box. */
export const commandBox = (kit: TextKit, command: string, fill: string = COLORS.code): PdfNode => ({
  margin: [0, 1, 0, 3],
  table: { widths: ['*'], body: [[kit.text(command, { font: 'Mono', bold: true, fontSize: SIZES.small, fillColor: fill, margin: [6, 3, 6, 3] })]] },
  layout: 'noBorders',
});
