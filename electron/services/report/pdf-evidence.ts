import type { Lang } from '../../../shared/i18n/dictionary';
import { translate } from '../../../shared/i18n/translate';
import type { ReportEvidence, ReportModel } from '../../../shared/report/model';
import type { TextKit } from './pdf-text';
import type { PdfNode } from './pdf-types';
import { COLORS, SIZES } from './pdf-theme';

/**
 * One command's evidence: the command with its exit code and duration, then the output in the
 * monospaced font, one text node per line (pdfmake lays out one huge text node in quadratic time),
 * with the trimming note where lines were left out.
 */
export const evidenceBlock = (kit: TextKit, lang: Lang, evidence: ReportEvidence): PdfNode => {
  const meta = `${translate(lang, 'report.evidence.exitCode')} ${evidence.exitCodeText} · ${evidence.durationText}`;
  const line = (text: string): PdfNode =>
    // A little space after each device line tells a wrapped line from the next one.
    kit.text(text === '' ? ' ' : text, { font: 'Mono', fontSize: SIZES.evidence, lineHeight: 1.1, margin: [0, 0, 0, 1.2], preserveLeadingSpaces: true });
  const note = (text: string): PdfNode =>
    kit.text(text, { fontSize: SIZES.tiny, color: COLORS.muted, bold: true, margin: [0, 3, 0, 3] });
  const output: PdfNode[] =
    evidence.shown.head.length === 0
      ? [kit.text(translate(lang, 'report.evidence.noOutput'), { fontSize: SIZES.tiny, color: COLORS.muted })]
      : [
          ...evidence.shown.head.map(line),
          ...(evidence.omittedNote ? [note(evidence.omittedNote)] : []),
          ...evidence.shown.tail.map(line),
        ];
  return {
    margin: [0, 4, 0, 8],
    stack: [
      {
        table: {
          widths: ['*', 'auto'],
          body: [
            [
              kit.text(`$ ${evidence.command}`, { font: 'Mono', bold: true, fontSize: SIZES.small, fillColor: COLORS.panel, margin: [4, 3, 4, 3] }),
              kit.text(meta, { fontSize: SIZES.tiny, color: COLORS.muted, fillColor: COLORS.panel, margin: [4, 4, 4, 3], alignment: 'right' }),
            ],
            [{ colSpan: 2, fillColor: COLORS.code, margin: [4, 3, 4, 3], stack: output }, {}],
          ],
        },
        layout: 'noBorders',
      },
      ...(evidence.captureNote ? [kit.text(evidence.captureNote, { fontSize: SIZES.tiny, color: COLORS.muted, margin: [0, 2, 0, 0] })] : []),
    ],
  };
};

/** The appendix: every check that ran a command, in stage order, with all of its evidence. */
export const evidenceAppendix = (kit: TextKit, model: ReportModel): PdfNode[] => {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string>) => translate(model.lang, key, params);
  const checks = model.stages.flatMap((s) => s.checks).filter((c) => c.evidence.length > 0);
  if (checks.length === 0) return [];
  return [
    kit.text(t('report.sections.evidence'), { bold: true, fontSize: SIZES.h1, color: COLORS.accent, pageBreak: 'before', margin: [0, 0, 0, 6], headlineLevel: 1 }),
    ...checks.flatMap((check) => [
      {
        margin: [0, 8, 0, 2],
        columns: [
          kit.text(t('report.evidence.heading', { id: check.id, title: check.title }), { bold: true, fontSize: SIZES.h3, width: '*' }),
          { width: 'auto', table: { body: [[kit.statusBadge(check.status, check.statusText)]] }, layout: 'noBorders' },
        ],
      } satisfies PdfNode,
      ...check.evidence.map((e) => evidenceBlock(kit, model.lang, e)),
    ]),
  ];
};
