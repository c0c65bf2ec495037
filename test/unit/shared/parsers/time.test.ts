import { describe, expect, it } from 'vitest';
import { parseCertificateDate, parseRfc3339, parseUnixDate } from '../../../../shared/parsers/time';

describe('device date formats', () => {
  it('reads logrus RFC 3339 with nanoseconds and an offset', () => {
    expect(parseRfc3339('2020-04-13T14:34:02.88472046-05:00')).toBe(Date.UTC(2020, 3, 13, 19, 34, 2, 884));
    expect(parseRfc3339('2024-05-02T09:00:02.5Z')).toBe(Date.UTC(2024, 4, 2, 9, 0, 2, 500));
    expect(parseRfc3339('2024-13-02T09:00:02Z')).toBeUndefined();
  });

  it('reads date -u and checks its weekday', () => {
    expect(parseUnixDate('Wed Nov 25 12:31:37 UTC 2026')).toBe(Date.UTC(2026, 10, 25, 12, 31, 37));
    expect(parseUnixDate('Thu Nov 25 12:31:37 UTC 2026')).toBeUndefined();
    expect(parseUnixDate('Wed Nov 25 12:31:37 PST 2026')).toBeUndefined();
  });

  it('reads the three certificate date forms curl prints', () => {
    const t = Date.UTC(2019, 11, 3, 20, 57, 56);
    expect(parseCertificateDate('2019-12-03 20:57:56 GMT')).toBe(t);
    expect(parseCertificateDate('Dec  3 20:57:56 2019 GMT')).toBe(t);
    expect(parseCertificateDate('Dec 03 20:57:56 2019 GMT')).toBe(t);
    expect(parseCertificateDate('Feb 30 00:00:00 2019 GMT')).toBeUndefined();
  });
});
