import { describe, expect, it } from 'vitest';
import {
  concatContent,
  lastLines,
  readAll,
  textContent,
} from '../../../../../electron/services/simulator/file-content';
import { device } from '../../../../helpers/sim-shell';

describe('file content by range', () => {
  it('takes the last lines from the end, with and without a final newline', () => {
    expect(lastLines(textContent('a\nb\nc\n'), 2)).toBe('b\nc\n');
    expect(lastLines(textContent('a\nb\nc'), 2)).toBe('b\nc');
    expect(lastLines(textContent('a\nb\n'), 5)).toBe('a\nb\n');
    expect(lastLines(textContent('x'.repeat(10) + '\nend\n'), 1, 4)).toBe('end\n');
  });

  it('concatenates contents across the seam', () => {
    const both = concatContent(textContent('abc'), textContent('def'));
    expect(both.size).toBe(6);
    expect(both.read(1, 4)).toBe('bcde');
    expect(readAll(both)).toBe('abcdef');
  });

  it('reads the virtual huge log consistently at any offset', () => {
    const { runtime } = device({ scenario: 'healthy', faults: [{ kind: 'huge-log', sizeBytes: 200_000 }] });
    const content = runtime.log.content();
    expect(content.size).toBeGreaterThan(190_000);
    const whole = content.read(0, content.size);
    expect(whole.length).toBe(content.size);
    for (const [offset, length] of [
      [0, 10],
      [137, 500],
      [50_000, 3_333],
      [content.size - 20, 100],
    ] as const)
      expect(content.read(offset, length)).toBe(whole.slice(offset, offset + length));
    expect(
      whole
        .split('\n')
        .slice(0, -1)
        .every((line) => /^time="\d{4}-\d\d-\d\dT[\d:.]+Z" level=\w+ msg="\[firepower\]\[/.test(line)),
    ).toBe(true);
  });

  it('keeps a 500 MB log virtual: its size is exact and its tail is the real log', () => {
    const { runtime } = device({ scenario: 'cloud-unreachable', faults: ['huge-log'] });
    const content = runtime.log.content();
    expect(content.size).toBeGreaterThan(499 * 1024 * 1024);
    expect(content.size).toBeLessThanOrEqual(500 * 1024 * 1024);
    expect(lastLines(content, 3)).toMatch(
      /events:connectWebSocket\] dial tcp [\d.]+:443: connect: connection timed out/,
    );
  });
});
