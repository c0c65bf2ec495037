import { describe, expect, it } from 'vitest';
import { trimOutput } from '../../../../shared/report/trim';
import { utf8Length } from '../../../../shared/report/format';

const lines = (n: number, text = (i: number) => `line ${i}`) => Array.from({ length: n }, (_, i) => text(i)).join('\n');

describe('trimOutput', () => {
  it('keeps short output whole, normalising CRLF and a trailing newline', () => {
    expect(trimOutput('a\r\nb\r\n', { maxLines: 10, maxBytes: 100 })).toEqual({ head: ['a', 'b'], tail: [], omittedLines: 0, omittedBytes: 0 });
  });

  it('keeps the head and the most recent lines of long output and counts what it dropped', () => {
    const trimmed = trimOutput(lines(3000), { maxLines: 120, maxBytes: 1_000_000 });
    expect(trimmed.head).toHaveLength(80);
    expect(trimmed.tail).toHaveLength(40);
    expect(trimmed.head[0]).toBe('line 0');
    expect(trimmed.tail.at(-1)).toBe('line 2999');
    expect(trimmed.omittedLines).toBe(2880);
    const shown = [...trimmed.head, ...trimmed.tail].join('\n');
    expect(trimmed.omittedBytes).toBe(utf8Length(lines(3000)) - utf8Length(shown));
  });

  it('bounds the bytes shown even when lines are few but long, and counts Hangul as three bytes', () => {
    const text = lines(10, () => '가'.repeat(2000));
    const trimmed = trimOutput(text, { maxLines: 120, maxBytes: 12 * 1024 });
    const shown = [...trimmed.head, ...trimmed.tail].join('\n');
    expect(utf8Length(shown)).toBeLessThanOrEqual(12 * 1024);
    expect(trimmed.omittedLines).toBeGreaterThan(0);
    expect(trimmed.omittedBytes).toBe(utf8Length(text) - utf8Length(shown));
  });

  it('cuts a single enormous line instead of dropping it', () => {
    const trimmed = trimOutput('x'.repeat(100_000), { maxLines: 120, maxBytes: 12 * 1024 });
    expect(trimmed.head).toHaveLength(1);
    expect(trimmed.head[0]?.endsWith('…')).toBe(true);
    expect(utf8Length(trimmed.head[0] ?? '')).toBeLessThanOrEqual(8 * 1024 + 3);
    expect(trimmed.omittedBytes).toBeGreaterThan(90_000);
  });
});
