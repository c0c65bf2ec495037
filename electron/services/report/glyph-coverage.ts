import { createRequire } from 'node:module';
import { fontData } from './font-data';
import type { FontFiles, PdfFont } from './fonts';

/** Which characters each embedded font (family and weight) can draw. */
export interface GlyphCoverage {
  readonly has: (font: PdfFont, bold: boolean, codePoint: number) => boolean;
}

interface FontkitFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
}
interface Fontkit {
  create(data: Buffer): FontkitFont;
}

/**
 * fontkit exactly as pdfmake's pdfkit loads it (pdfmake → pdfkit → fontkit), so the coverage we
 * check is the coverage the PDF is drawn with; it is not a dependency of ours.
 */
const loadFontkit = (): Fontkit => {
  const fromPdfmake = createRequire(require.resolve('pdfmake'));
  const fromPdfkit = createRequire(fromPdfmake.resolve('pdfkit'));
  return fromPdfkit('fontkit') as Fontkit;
};

let fontkit: Fontkit | undefined;
const opened = new Map<string, FontkitFont>();

const open = (path: string): FontkitFont => {
  let font = opened.get(path);
  if (!font) {
    fontkit ??= loadFontkit();
    font = fontkit.create(fontData(path));
    opened.set(path, font);
  }
  return font;
};

/** Coverage of the given font files, each file opened once per process and answers memoised. */
export const glyphCoverage = (files: FontFiles): GlyphCoverage => {
  const memo = new Map<string, Map<number, boolean>>();
  return {
    has: (font, bold, codePoint) => {
      const path = bold ? files[font].bold : files[font].normal;
      let answers = memo.get(path);
      if (!answers) {
        answers = new Map();
        memo.set(path, answers);
      }
      let answer = answers.get(codePoint);
      if (answer === undefined) {
        answer = open(path).hasGlyphForCodePoint(codePoint);
        answers.set(codePoint, answer);
      }
      return answer;
    },
  };
};
