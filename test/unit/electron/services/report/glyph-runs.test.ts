import { describe, expect, it } from 'vitest';
import { fontFiles } from '../../../../../electron/services/report/fonts';
import { glyphCoverage } from '../../../../../electron/services/report/glyph-coverage';
import { glyphRuns } from '../../../../../electron/services/report/glyph-runs';

const coverage = glyphCoverage(fontFiles());

describe('glyph runs', () => {
  it('keeps ASCII and Hangul in the preferred font: both embedded fonts have them', () => {
    expect(glyphRuns('show network 한국어 보고서', 'Sans', false, coverage)).toEqual([{ text: 'show network 한국어 보고서', font: 'Sans' }]);
    expect(glyphRuns('root@ftd01:~# 경고', 'Mono', true, coverage)).toEqual([{ text: 'root@ftd01:~# 경고', font: 'Mono' }]);
  });

  it('falls back to the other font for a character the preferred one lacks', () => {
    // NanumGothicCoding has no é; Noto Sans KR has ✓ but neither has ✗ (stack.md's font trap).
    expect(coverage.has('Mono', false, 'é'.codePointAt(0) ?? 0)).toBe(false);
    expect(glyphRuns('café', 'Mono', false, coverage)).toEqual([
      { text: 'caf', font: 'Mono' },
      { text: 'é', font: 'Sans' },
    ]);
    expect(glyphRuns('ok ✓', 'Mono', false, coverage)).toEqual([
      { text: 'ok ', font: 'Mono' },
      { text: '✓', font: 'Sans' },
    ]);
  });

  it('writes characters no embedded font has as [U+XXXX], never as a missing-glyph box', () => {
    expect(glyphRuns('fail ✗ 😀', 'Sans', false, coverage)).toEqual([{ text: 'fail [U+2717] [U+1F600]', font: 'Sans' }]);
  });

  it('drops terminal colour codes, expands tabs and shows other control characters', () => {
    expect(glyphRuns('\u001b[1;31mred\u001b[0m\tx\u0007', 'Mono', false, coverage)).toEqual([{ text: 'red     x[U+0007]', font: 'Mono' }]);
    expect(glyphRuns('a\nb', 'Mono', false, coverage)).toEqual([{ text: 'a\nb', font: 'Mono' }]);
  });
});
