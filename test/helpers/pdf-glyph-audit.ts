import { createRequire } from 'node:module';
import type { FontFiles, PdfFont } from '../../electron/services/report/fonts';
import type { PdfDocument, PdfNode } from '../../electron/services/report/pdf-types';

/**
 * Walk every string of a pdfmake document definition — content, header and footer — and report
 * each character the font that will draw it has no glyph for. The font is resolved the way
 * pdfmake resolves it: the nearest `font`/`bold` on the node or its ancestors, else the default
 * style. Glyph sets come from fontkit's own character set of each TTF (opened through pdfmake's
 * pdfkit, like the renderer), independently of the product's coverage code.
 */
export interface MissingGlyph {
  readonly char: string;
  readonly codePoint: string;
  readonly font: PdfFont;
  readonly bold: boolean;
  readonly inText: string;
}

interface FontkitFont {
  readonly characterSet: readonly number[];
}

const fontkit = (): { openSync(path: string): FontkitFont } => {
  const fromPdfmake = createRequire(require.resolve('pdfmake'));
  return createRequire(fromPdfmake.resolve('pdfkit'))('fontkit') as { openSync(path: string): FontkitFont };
};

const sets = new Map<string, ReadonlySet<number>>();
const characterSet = (path: string): ReadonlySet<number> => {
  let set = sets.get(path);
  if (!set) {
    set = new Set(fontkit().openSync(path).characterSet);
    sets.set(path, set);
  }
  return set;
};

interface Style {
  readonly font: PdfFont;
  readonly bold: boolean;
}

export const auditGlyphs = (
  doc: PdfDocument,
  files: FontFiles,
): { readonly missing: MissingGlyph[]; readonly characters: number } => {
  const missing: MissingGlyph[] = [];
  let characters = 0;
  const check = (text: string, style: Style) => {
    const glyphs = characterSet(style.bold ? files[style.font].bold : files[style.font].normal);
    for (const char of text) {
      const cp = char.codePointAt(0) ?? 0;
      if (char === '\n') continue;
      characters += 1;
      if (!glyphs.has(cp)) {
        missing.push({
          char,
          codePoint: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`,
          font: style.font,
          bold: style.bold,
          inText: text.slice(0, 80),
        });
      }
    }
  };
  const walk = (node: PdfNode | string | undefined | null, parent: Style) => {
    if (node === undefined || node === null) return;
    if (typeof node === 'string') return check(node, parent);
    const style: Style = { font: node.font ?? parent.font, bold: node.bold ?? parent.bold };
    if (typeof node.text === 'string') check(node.text, style);
    else if (Array.isArray(node.text)) for (const inline of node.text) walk(inline as PdfNode, style);
    for (const child of node.stack ?? []) walk(child, style);
    for (const child of node.columns ?? []) walk(child, style);
    for (const row of node.table?.body ?? []) for (const cell of row) walk(cell, style);
  };
  const root: Style = { font: doc.defaultStyle.font, bold: false };
  for (const node of doc.content) walk(node, root);
  // Header and footer are functions of the page: try a two-digit page count.
  walk(doc.footer(12, 34), root);
  walk(doc.header?.(12, 34), root);
  return { missing, characters };
};

/** Every string of a document definition, for "does the PDF say X" checks without rendering. */
export const documentStrings = (doc: PdfDocument): string[] => {
  const out: string[] = [];
  const walk = (node: PdfNode | string | undefined | null) => {
    if (node === undefined || node === null) return;
    if (typeof node === 'string') return void out.push(node);
    if (typeof node.text === 'string') out.push(node.text);
    else if (Array.isArray(node.text)) out.push(node.text.map((inline) => inline.text).join(''));
    for (const child of [...(node.stack ?? []), ...(node.columns ?? []), ...(node.table?.body.flat() ?? [])])
      walk(child);
  };
  for (const node of doc.content) walk(node);
  return out;
};
