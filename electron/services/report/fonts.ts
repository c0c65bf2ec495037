import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The fonts embedded in every PDF (resources/fonts, OFL): Noto Sans KR for text in both languages,
 * NanumGothicCoding for commands and device output. Both have Hangul, so Korean inside an English
 * report renders too; each falls back to the other per character (see glyph-runs.ts).
 */
export const PDF_FONTS = ['Sans', 'Mono'] as const;
export type PdfFont = (typeof PDF_FONTS)[number];

export const FONT_FILE_NAMES: Readonly<Record<PdfFont, { readonly normal: string; readonly bold: string }>> = {
  Sans: { normal: 'NotoSansKR-Regular.ttf', bold: 'NotoSansKR-Bold.ttf' },
  Mono: { normal: 'NanumGothicCoding-Regular.ttf', bold: 'NanumGothicCoding-Bold.ttf' },
};

export type FontFiles = Readonly<Record<PdfFont, { readonly normal: string; readonly bold: string }>>;

/**
 * Where the fonts are, wherever this code runs:
 * - the bundles (dist/cli/…cjs, dist/main/index.js, also inside app.asar): dist/fonts, copied by the build;
 * - a bundle run from a checkout before the copy: resources/fonts two folders up;
 * - the sources (tests, dev): resources/fonts three folders up from electron/services/report.
 */
export const fontDirCandidates = (here: string = __dirname): readonly string[] => [
  join(here, '..', 'fonts'),
  join(here, '..', '..', 'resources', 'fonts'),
  join(here, '..', '..', '..', 'resources', 'fonts'),
];

export const resolveFontDir = (candidates: readonly string[] = fontDirCandidates()): string => {
  const found = candidates.find((dir) => existsSync(join(dir, FONT_FILE_NAMES.Sans.normal)));
  if (!found) throw new Error(`The report fonts are missing; looked in ${candidates.join(', ')}`);
  return found;
};

export const fontFiles = (dir: string = resolveFontDir()): FontFiles => ({
  Sans: { normal: join(dir, FONT_FILE_NAMES.Sans.normal), bold: join(dir, FONT_FILE_NAMES.Sans.bold) },
  Mono: { normal: join(dir, FONT_FILE_NAMES.Mono.normal), bold: join(dir, FONT_FILE_NAMES.Mono.bold) },
});

export const allFontPaths = (files: FontFiles): readonly string[] => PDF_FONTS.flatMap((f) => [files[f].normal, files[f].bold]);
