import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONT_FILE_NAMES, fontDirCandidates, PDF_FONTS, resolveFontDir } from '../../../../../electron/services/report/fonts';

const root = resolve(__dirname, '..', '..', '..', '..', '..');
const ttfNames = PDF_FONTS.flatMap((f) => [FONT_FILE_NAMES[f].normal, FONT_FILE_NAMES[f].bold]);

describe('report fonts', () => {
  it('ships TrueType files (not WOFF/WOFF2, which pdfkit cannot use well) with their OFL licence', () => {
    for (const name of ttfNames) {
      const head = readFileSync(join(root, 'resources', 'fonts', name)).subarray(0, 4);
      expect(head.toString('hex'), name).toBe('00010000'); // TrueType outlines
    }
    for (const licence of ['OFL-NotoSansKR.txt', 'OFL-NanumGothicCoding.txt']) {
      expect(readFileSync(join(root, 'resources', 'fonts', licence), 'utf8')).toContain('SIL OPEN FONT LICENSE Version 1.1');
    }
  });

  it('finds the fonts from the sources, and next to the CLI and main bundles', () => {
    expect(resolveFontDir()).toBe(join(root, 'resources', 'fonts'));
    expect(fontDirCandidates(join(root, 'dist', 'cli'))[0]).toBe(join(root, 'dist', 'fonts'));
    expect(fontDirCandidates(join(root, 'dist', 'main'))[1]).toBe(join(root, 'resources', 'fonts'));
    expect(fontDirCandidates('/opt/app/resources/app.asar/dist/main')[0]).toBe('/opt/app/resources/app.asar/dist/fonts');
    expect(() => resolveFontDir(['/nonexistent'])).toThrow(/report fonts are missing; looked in \/nonexistent/);
  });

  it.skipIf(!existsSync(join(root, 'dist', 'main', 'index.js')))('is copied to dist/fonts by the build (skipped until `npm run build` has run)', () => {
    for (const name of [...ttfNames, 'OFL-NotoSansKR.txt', 'OFL-NanumGothicCoding.txt']) {
      expect(readFileSync(join(root, 'dist', 'fonts', name)).equals(readFileSync(join(root, 'resources', 'fonts', name))), name).toBe(true);
    }
  });
});
