import { describe, expect, it } from 'vitest';
import { durationOf, excerpt, groupBySubject, listOf, unreadable } from '../../../../shared/catalog/verdict-kit';
import { message } from '../../../../shared/i18n/message';
import { unrecognized } from '../../../../shared/parsers/unrecognized';
import { say } from '../../../helpers/check-harness';

const line = (host: string) => message('verdict.curl.resolve', { host });

describe('verdict kit', () => {
  it('joins findings in both languages, and says "none" for none', () => {
    const list = listOf([line('a.example'), line('b.example'), line('c.example')]);
    expect(say(list)).toBe(
      'a.example: the name does not resolve; b.example: the name does not resolve; c.example: the name does not resolve',
    );
    expect(say(listOf([]), 'ko')).toBe('없음');
  });

  it('merges findings that differ only in their subject, keeping order and the odd one out', () => {
    const merged = groupBySubject(
      [line('a.example'), message('verdict.curl.refused', { host: 'b.example' }), line('c.example')],
      'host',
    );
    expect(merged.map((m) => say(m))).toEqual([
      'a.example, c.example: the name does not resolve',
      'b.example: the connection was refused',
    ]);
  });

  it('says durations in the largest sensible unit, either sign', () => {
    expect([45_000, -12 * 60_000, 5 * 3_600_000, -400 * 86_400_000].map((ms) => say(durationOf(ms)))).toEqual([
      '45 s',
      '12 min',
      '5 h',
      '400 days',
    ]);
    expect(say(durationOf(400 * 86_400_000), 'ko')).toBe('400일');
  });

  it('makes unreadable output an error only when the device could not run the command', () => {
    expect(unreadable('x', unrecognized('command-not-found', 'bash: x: command not found')).status).toBe('error');
    expect(unreadable('x', unrecognized('permission-denied', 'x: Permission denied')).status).toBe('error');
    expect(unreadable('x', unrecognized('cli-error', 'Syntax error: Illegal command line')).status).toBe('error');
    for (const code of ['empty', 'truncated', 'unknown-format', 'no-such-file'] as const) {
      expect(unreadable('x', unrecognized(code, 'why')).status).toBe('inconclusive');
    }
  });

  it('shortens long device lines for explanations', () => {
    expect(excerpt('a   b\n c')).toBe('a b c');
    expect(excerpt('x'.repeat(300))).toHaveLength(160);
  });
});
