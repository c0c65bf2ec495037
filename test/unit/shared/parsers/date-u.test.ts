import { describe, expect, it } from 'vitest';
import { parseDateU, type DateUtcResult } from '../../../../shared/parsers/date-u';
import { itParsesEveryFixture } from '../../../helpers/parser-fixtures';
import { fuzzParser } from '../../../helpers/parser-fuzz';

describe('parseDateU (date -u)', () => {
  const fixtures = itParsesEveryFixture('date-u', parseDateU);

  it('returns the instant, to compare with the host clock', () => {
    expect(parseDateU('Mon Mar  2 08:15:00 UTC 2026\n')).toEqual({
      kind: 'instant',
      epochMs: Date.UTC(2026, 2, 2, 8, 15, 0),
      iso: '2026-03-02T08:15:00.000Z',
      format: 'date',
    });
  });

  it('refuses another zone, a weekday that does not match and an impossible date', () => {
    expect(parseDateU('Mon Mar  2 09:15:00 CET 2026')).toMatchObject({ kind: 'unrecognized' });
    expect(parseDateU('Tue Mar  2 08:15:00 UTC 2026')).toMatchObject({ kind: 'unrecognized' });
    expect(parseDateU('Sat Feb 31 08:15:00 UTC 2026')).toMatchObject({ kind: 'unrecognized' });
  });

  fuzzParser<DateUtcResult>({
    parse: parseDateU,
    fixtures,
    passLooking: (r) => r.kind === 'instant',
    evidence: (r) =>
      r.kind !== 'instant'
        ? []
        : r.format === 'epoch-seconds'
          ? [String(r.epochMs / 1000)]
          : [r.iso.slice(0, 4), r.iso.slice(11, 19)],
  });
});
