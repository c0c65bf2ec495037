/**
 * Date formats the device prints, read without `Date.parse` (whose leniency differs between engines):
 * RFC 3339 with nanoseconds (logrus `time="2020-04-13T14:34:02.88472046-05:00"`), `date -u`
 * (`Wed Nov 25 12:31:37 UTC 2026`) and the certificate dates of `curl -v` (OpenSSL `Nov 25 12:31:20 2026 GMT`,
 * old curl `2019-12-03 20:57:56 GMT`, NSS `Dec 03 20:57:56 2019 GMT`).
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const monthIndex = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase());

/** Milliseconds since the epoch for a UTC calendar time, or undefined when a field is out of range. */
export const utcEpochMs = (
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  ms = 0,
): number | undefined => {
  if (month < 0 || month > 11 || day < 1 || hour > 23 || minute > 59 || second > 60 || year < 1970 || year > 9999) {
    return undefined;
  }
  const epoch = Date.UTC(year, month, day, hour, minute, Math.min(second, 59), ms);
  // Date.UTC rolls 31 February over into March: reject what does not round-trip.
  return new Date(epoch).getUTCDate() === day ? epoch : undefined;
};

/** RFC 3339 (`2020-04-13T14:34:02.88472046-05:00`, `…Z`) to epoch milliseconds. */
export const parseRfc3339 = (text: string): number | undefined => {
  const m = /^(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d)(?:\.(\d+))?(Z|[+-]\d\d:?\d\d)$/i.exec(text.trim());
  if (!m) return undefined;
  const ms = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
  const base = utcEpochMs(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), ms);
  if (base === undefined) return undefined;
  const zone = m[8] ?? 'Z';
  if (zone.toUpperCase() === 'Z') return base;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const offsetMinutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4));
  return base - sign * offsetMinutes * 60_000;
};

/**
 * `date -u` in the C locale: `Wed Nov 25 12:31:37 UTC 2026` (also `GMT`, and a numeric `+0000` zone).
 * Only UTC is accepted: another zone name has an offset we cannot know.
 */
export const parseUnixDate = (text: string): number | undefined => {
  const m = /^([A-Za-z]{3}) +([A-Za-z]{3}) +(\d{1,2}) (\d\d):(\d\d):(\d\d) (UTC|GMT|\+0000|Z) (\d{4})$/.exec(
    text.trim(),
  );
  if (!m) return undefined;
  const month = monthIndex(m[2] ?? '');
  const epoch = utcEpochMs(Number(m[8]), month, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
  if (epoch === undefined) return undefined;
  // The weekday must agree with the date, or the line is not what it claims to be.
  return DAYS[new Date(epoch).getUTCDay()] === (m[1] ?? '').toLowerCase() ? epoch : undefined;
};

/** A certificate date as curl prints it (OpenSSL, old OpenSSL builds, NSS), always GMT. */
export const parseCertificateDate = (text: string): number | undefined => {
  const t = text.trim();
  const iso = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)(?: GMT)?$/.exec(t);
  if (iso) {
    return utcEpochMs(
      Number(iso[1]),
      Number(iso[2]) - 1,
      Number(iso[3]),
      Number(iso[4]),
      Number(iso[5]),
      Number(iso[6]),
    );
  }
  const named = /^([A-Za-z]{3}) +(\d{1,2}) (\d\d):(\d\d):(\d\d) (\d{4})(?: GMT)?$/.exec(t);
  if (!named) return undefined;
  const month = monthIndex(named[1] ?? '');
  return utcEpochMs(Number(named[6]), month, Number(named[2]), Number(named[3]), Number(named[4]), Number(named[5]));
};
