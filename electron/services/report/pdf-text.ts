import type { CheckStatus } from '../../../shared/model/verdict';
import type { PdfFont } from './fonts';
import type { GlyphCoverage } from './glyph-coverage';
import { glyphRuns } from './glyph-runs';
import type { PdfInline, PdfNode } from './pdf-types';
import { COLORS, SIZES, STATUS_COLORS } from './pdf-theme';

/**
 * Text nodes for the document. Every node states its font and weight, so which file draws which
 * character never depends on inherited styles, and runs are split by glyph coverage.
 */
export interface TextKit {
  readonly text: (value: string, props?: TextProps) => PdfNode;
  readonly inlines: (value: string, font: PdfFont, bold: boolean) => string | readonly PdfInline[];
  readonly badge: (word: string, color: string) => PdfNode;
  readonly statusBadge: (status: CheckStatus, word: string) => PdfNode;
}

export type TextProps = Omit<PdfNode, 'text' | 'font' | 'bold'> & { readonly font?: PdfFont; readonly bold?: boolean };

export const textKit = (coverage: GlyphCoverage): TextKit => {
  const inlines = (value: string, font: PdfFont, bold: boolean): string | readonly PdfInline[] => {
    const runs = glyphRuns(value, font, bold, coverage);
    if (runs.length === 0) return '';
    const [only] = runs;
    if (runs.length === 1 && only && only.font === font) return only.text;
    return runs.map((run) => (run.font === font ? { text: run.text } : { text: run.text, font: run.font }));
  };
  const text = (value: string, props: TextProps = {}): PdfNode => {
    const font = props.font ?? 'Sans';
    const bold = props.bold ?? false;
    return { ...props, font, bold, text: inlines(value, font, bold) };
  };
  const badge = (word: string, color: string): PdfNode =>
    text(word, { bold: true, color: COLORS.white, fillColor: color, fontSize: SIZES.small, alignment: 'center', margin: [2, 1, 2, 1], noWrap: true });
  const statusBadge = (status: CheckStatus, word: string): PdfNode => badge(word, STATUS_COLORS[status]);
  return { text, inlines, badge, statusBadge };
};

/** A one-cell table that paints a badge where no table cell is at hand (in a column). */
export const inlineBadge = (cell: PdfNode): PdfNode => ({
  width: 'auto',
  table: { body: [[cell]] },
  layout: 'noBorders',
});
