import type { Lang } from '../../../shared/i18n/dictionary';
import { translate } from '../../../shared/i18n/translate';
import type { ReportCheck, ReportEvidence, ReportModel } from '../../../shared/report/model';
import { surelyFitsOnAPage } from './pdf-fit';
import type { TextKit } from './pdf-text';
import type { Margin, PdfNode } from './pdf-types';
import { COLORS, SIZES } from './pdf-theme';

const line = (kit: TextKit, text: string): PdfNode =>
  // A little space after each device line tells a wrapped line from the next one.
  kit.text(text === '' ? ' ' : text, { font: 'Mono', fontSize: SIZES.evidence, lineHeight: 1.1, margin: [0, 0, 0, 1.2], preserveLeadingSpaces: true });

/** The command with its exit code and duration, on a shaded bar. */
const commandBar = (kit: TextKit, lang: Lang, evidence: ReportEvidence): PdfNode => ({
  table: {
    widths: ['*', 'auto'],
    body: [
      [
        kit.text(`$ ${evidence.command}`, { font: 'Mono', bold: true, fontSize: SIZES.small, margin: [4, 3, 4, 3] }),
        kit.text(`${translate(lang, 'report.evidence.exitCode')} ${evidence.exitCodeText} · ${evidence.durationText}`, { fontSize: SIZES.tiny, color: COLORS.muted, margin: [4, 4, 4, 3], alignment: 'right', noWrap: true }),
      ],
    ],
  },
  layout: { defaultBorder: false, fillColor: () => COLORS.panel },
});

/**
 * The output in the monospaced font, one text node per line (pdfmake lays out one huge text node
 * in quadratic time), with the trimming note where lines were left out. It may run across pages.
 */
const outputBox = (kit: TextKit, lang: Lang, evidence: ReportEvidence): PdfNode => {
  const note = (text: string): PdfNode => kit.text(text, { fontSize: SIZES.tiny, color: COLORS.muted, bold: true, margin: [0, 3, 0, 3] });
  const lines: PdfNode[] =
    evidence.shown.head.length === 0
      ? [kit.text(translate(lang, 'report.evidence.noOutput'), { fontSize: SIZES.tiny, color: COLORS.muted })]
      : [...evidence.shown.head.map((l) => line(kit, l)), ...(evidence.omittedNote ? [note(evidence.omittedNote)] : []), ...evidence.shown.tail.map((l) => line(kit, l))];
  return {
    table: { widths: ['*'], body: [[{ margin: [4, 3, 4, 3], stack: lines }]] },
    layout: { defaultBorder: false, fillColor: () => COLORS.code },
  };
};

const captureNote = (kit: TextKit, evidence: ReportEvidence): PdfNode[] =>
  evidence.captureNote ? [kit.text(evidence.captureNote, { fontSize: SIZES.tiny, color: COLORS.muted, margin: [0, 2, 0, 0] })] : [];

/** One command's evidence as a block: command bar, output, capture note (used for actions). */
export const evidenceBlock = (kit: TextKit, lang: Lang, evidence: ReportEvidence): PdfNode => ({
  margin: [0, 4, 0, 6],
  stack: [commandBar(kit, lang, evidence), outputBox(kit, lang, evidence), ...captureNote(kit, evidence)],
});

/**
 * One check's evidence as a table whose header row is the check's name and status: pdfmake keeps
 * it with the first command bar (no heading alone at the foot of a page) and repeats it on every
 * page the output runs on, so a page of log lines always says whose log it is. Only the small
 * command bar is held with the heading: pdfmake drops whatever an unbreakable block puts past one
 * page, so the output rows must stay free to break.
 */
const checkEvidence = (kit: TextKit, model: ReportModel, check: ReportCheck): PdfNode => {
  const span = (node: PdfNode, margin: Margin): PdfNode[] => [{ colSpan: 2, margin, stack: [node] }, {}];
  return {
    margin: [0, 8, 0, 2],
    table: {
      // A fixed badge column: an 'auto' one would also take a share of the spanning rows.
      widths: ['*', 70],
      headerRows: 1,
      ...(check.evidence[0] && surelyFitsOnAPage(check.evidence[0].command) ? { keepWithHeaderRows: 1 } : {}),
      body: [
        [
          kit.text(translate(model.lang, 'report.evidence.heading', { id: check.id, title: check.title }), { bold: true, fontSize: SIZES.h3, margin: [0, 0, 0, 2] }),
          kit.statusBadge(check.status, check.statusText),
        ],
        ...check.evidence.flatMap((e) => [
          span(commandBar(kit, model.lang, e), [0, 4, 0, 0]),
          span({ stack: [outputBox(kit, model.lang, e), ...captureNote(kit, e)] }, [0, 0, 0, 4]),
        ]),
      ],
    },
    layout: 'noBorders',
  };
};

/** The appendix: every check that ran a command, in stage order, with all of its evidence. */
export const evidenceAppendix = (kit: TextKit, model: ReportModel): PdfNode[] => {
  const checks = model.stages.flatMap((s) => s.checks).filter((c) => c.evidence.length > 0);
  if (checks.length === 0) return [];
  return [
    kit.text(translate(model.lang, 'report.sections.evidence'), { bold: true, fontSize: SIZES.h1, color: COLORS.accent, pageBreak: 'before', margin: [0, 0, 0, 6], headlineLevel: 1 }),
    ...checks.map((check) => checkEvidence(kit, model, check)),
  ];
};
