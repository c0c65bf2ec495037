import type { PdfFont } from './fonts';

/**
 * The slice of pdfmake 0.3's document definition this report uses (pdfmake ships no types; the
 * DefinitelyTyped ones describe 0.2). Plain data, so the document can be built and inspected
 * without rendering it.
 */
export interface PdfInline {
  readonly text: string;
  readonly font?: PdfFont;
}

export type Margin = number | readonly [number, number] | readonly [number, number, number, number];

export interface PdfNode {
  readonly text?: string | readonly PdfInline[];
  readonly stack?: readonly PdfNode[];
  readonly columns?: readonly PdfNode[];
  readonly table?: {
    readonly widths?: readonly (number | string)[];
    readonly body: readonly (readonly PdfNode[])[];
    readonly headerRows?: number;
    readonly keepWithHeaderRows?: number;
    readonly dontBreakRows?: boolean;
  };
  readonly layout?: string | PdfTableLayout;
  readonly canvas?: readonly Readonly<Record<string, unknown>>[];
  readonly font?: PdfFont;
  readonly bold?: boolean;
  readonly fontSize?: number;
  readonly lineHeight?: number;
  readonly color?: string;
  readonly fillColor?: string;
  readonly alignment?: 'left' | 'center' | 'right';
  readonly margin?: Margin;
  readonly width?: number | string;
  readonly columnGap?: number;
  readonly preserveLeadingSpaces?: boolean;
  readonly pageBreak?: 'before' | 'after';
  readonly unbreakable?: boolean;
  readonly colSpan?: number;
  readonly noWrap?: boolean;
  readonly headlineLevel?: number;
}

/** A table layout given inline (functions of the row/column index, as pdfmake calls them). */
export interface PdfTableLayout {
  readonly defaultBorder?: boolean;
  readonly fillColor?: (row: number) => string | null;
  readonly hLineWidth?: (row: number) => number;
  readonly vLineWidth?: (column: number) => number;
  readonly hLineColor?: (row: number) => string;
  readonly paddingLeft?: (column: number) => number;
  readonly paddingRight?: (column: number) => number;
  readonly paddingTop?: (row: number) => number;
  readonly paddingBottom?: (row: number) => number;
}

export interface PdfDocument {
  readonly pageSize: 'A4' | 'LETTER';
  readonly pageMargins: readonly [number, number, number, number];
  readonly info: Readonly<Record<string, string | Date>>;
  readonly language: string;
  readonly defaultStyle: { readonly font: PdfFont; readonly fontSize: number; readonly lineHeight: number; readonly color: string };
  readonly content: readonly PdfNode[];
  readonly header?: (currentPage: number, pageCount: number) => PdfNode | null;
  readonly footer: (currentPage: number, pageCount: number) => PdfNode;
}
