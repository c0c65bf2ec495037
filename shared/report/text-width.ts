/**
 * Terminal column widths: Hangul and other East Asian wide characters take two columns, so
 * Korean status words and titles need their own padding to keep the text summary aligned.
 */
const isWide = (cp: number): boolean =>
  (cp >= 0x1100 && cp <= 0x115f) || // Hangul Jamo
  (cp >= 0x2e80 && cp <= 0x303e) || // CJK radicals, punctuation
  (cp >= 0x3041 && cp <= 0x33ff) || // kana, compatibility Jamo, CJK symbols
  (cp >= 0x3400 && cp <= 0x4dbf) ||
  (cp >= 0x4e00 && cp <= 0x9fff) ||
  (cp >= 0xa960 && cp <= 0xa97f) || // Hangul Jamo extended-A
  (cp >= 0xac00 && cp <= 0xd7a3) || // Hangul syllables
  (cp >= 0xf900 && cp <= 0xfaff) ||
  (cp >= 0xfe30 && cp <= 0xfe4f) ||
  (cp >= 0xff00 && cp <= 0xff60) || // fullwidth forms
  (cp >= 0xffe0 && cp <= 0xffe6) ||
  (cp >= 0x1f300 && cp <= 0x1faff) ||
  (cp >= 0x20000 && cp <= 0x3fffd);

export const displayWidth = (text: string): number => {
  let width = 0;
  for (const char of text) width += isWide(char.codePointAt(0) ?? 0) ? 2 : 1;
  return width;
};

export const padEnd = (text: string, width: number): string =>
  text + ' '.repeat(Math.max(width - displayWidth(text), 0));

/** Wrap at spaces to `width` columns (a word longer than the line stays whole); lines keep `indent`. */
export const wrap = (text: string, width: number, indent: string): string[] => {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (line !== '' && displayWidth(indent + candidate) > width) {
        lines.push(indent + line);
        line = word;
      } else line = candidate;
    }
    lines.push(indent + line);
  }
  return lines;
};
