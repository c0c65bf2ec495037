import type { PdfFont } from './fonts';
import type { GlyphCoverage } from './glyph-coverage';

/** A stretch of text drawn in one font. */
export interface GlyphRun {
  readonly text: string;
  readonly font: PdfFont;
}

const OTHER: Readonly<Record<PdfFont, PdfFont>> = { Sans: 'Mono', Mono: 'Sans' };

// Terminal escape sequences (colour, cursor) carry no text of their own.
// eslint-disable-next-line no-control-regex -- these are the control sequences being removed
const ANSI_SEQUENCE = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b[@-_]/g;

/** Tabs to the next 8-column stop, as a terminal shows them. */
const expandTabs = (line: string): string => {
  if (!line.includes('\t')) return line;
  let out = '';
  for (const char of line) out += char === '\t' ? ' '.repeat(8 - (out.length % 8)) : char;
  return out;
};

const codeLabel = (cp: number): string => `[U+${cp.toString(16).toUpperCase().padStart(4, '0')}]`;

/**
 * Split text into runs so every character is drawn by a font that has it: the preferred font,
 * else the other embedded font, else a visible `[U+XXXX]` (never a missing-glyph box). Control
 * characters other than line feeds are shown the same way; tabs are expanded.
 */
// Printable ASCII and line feeds: both embedded fonts draw all of it (checked by the glyph tests).
const PLAIN = /^[\x20-\x7e\n]*$/;

export const glyphRuns = (raw: string, font: PdfFont, bold: boolean, coverage: GlyphCoverage): GlyphRun[] => {
  if (PLAIN.test(raw)) return raw === '' ? [] : [{ text: raw, font }];
  const text = raw.replace(ANSI_SEQUENCE, '').split('\n').map(expandTabs).join('\n');
  const runs: GlyphRun[] = [];
  const push = (piece: string, runFont: PdfFont) => {
    const last = runs.at(-1);
    if (last && last.font === runFont) runs[runs.length - 1] = { text: last.text + piece, font: runFont };
    else runs.push({ text: piece, font: runFont });
  };
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    if (cp === 0x0a) push(char, runs.at(-1)?.font ?? font);
    else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) push(codeLabel(cp), font);
    else if (coverage.has(font, bold, cp)) push(char, font);
    else if (coverage.has(OTHER[font], bold, cp)) push(char, OTHER[font]);
    else push(codeLabel(cp), font);
  }
  return runs;
};
