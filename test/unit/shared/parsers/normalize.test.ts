import { describe, expect, it } from 'vitest';
import { normalizeOutput, toLines } from '../../../../shared/parsers/normalize';

describe('normalizeOutput (the shared edge cleaner)', () => {
  it('turns CRLF and lone CR into LF', () => {
    expect(normalizeOutput('a\r\nb\rc\r\r\nd')).toBe('a\nb\nc\nd');
  });

  it('strips ANSI colour, cursor and title sequences, bells and other controls', () => {
    expect(normalizeOutput('\u001b[1;32m> \u001b[0mshow\u0007 ver\u001b[K\u001b]0;title\u0007sion\u0000')).toBe(
      '> show version',
    );
  });

  it('removes pager prompts and trailing blanks, keeps leading indentation and tabs', () => {
    expect(normalizeOutput('line one   \n--More-- line two\n  <--- More --->\n\tindented  ')).toBe(
      'line one\nline two\n\n\tindented',
    );
  });

  it('toLines drops the blank lines around the output', () => {
    expect(toLines('\r\n\r\n  x\r\ny\r\n\r\n')).toEqual(['  x', 'y']);
    expect(toLines('')).toEqual([]);
  });
});
