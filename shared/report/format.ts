import type { Lang } from '../i18n/dictionary';
import { translate } from '../i18n/translate';

/**
 * Times, durations and sizes as a report prints them. Times are UTC with the zone written out:
 * a report travels to TAC engineers in other time zones, and the device logs are in UTC.
 */
export const formatTimestamp = (iso: string): string => {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})/.exec(iso);
  if (!match) return iso;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const utc = date.toISOString();
  return `${utc.slice(0, 10)} ${utc.slice(11, 19)} UTC`;
};

/** Thousands separators without Intl, so output does not depend on the machine's locale data. */
export const formatCount = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export const formatDuration = (ms: number, lang: Lang): string => {
  if (ms < 1000) return translate(lang, 'report.units.ms', { n: Math.round(ms) });
  if (ms < 60_000) return translate(lang, 'report.units.seconds', { n: (ms / 1000).toFixed(1) });
  const totalSeconds = Math.round(ms / 1000);
  if (totalSeconds < 3600) {
    return translate(lang, 'report.units.minutes', { m: Math.floor(totalSeconds / 60), s: totalSeconds % 60 });
  }
  return translate(lang, 'report.units.hours', {
    h: Math.floor(totalSeconds / 3600),
    m: Math.floor((totalSeconds % 3600) / 60),
  });
};

export const formatBytes = (bytes: number, lang: Lang): string => {
  if (bytes < 1024) return translate(lang, 'report.units.bytes', { n: bytes });
  if (bytes < 1024 * 1024) return translate(lang, 'report.units.kb', { n: formatCount(Math.ceil(bytes / 1024)) });
  return translate(lang, 'report.units.mb', { n: (bytes / (1024 * 1024)).toFixed(1) });
};

export const CONFIDENCE_LEVELS = ['high', 'medium', 'low'] as const;
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];

/** Confidence as a word: high from 0.7, medium from 0.4, low below. */
export const confidenceLevel = (confidence: number): ConfidenceLevel =>
  confidence >= 0.7 ? 'high' : confidence >= 0.4 ? 'medium' : 'low';

/** Bytes of the UTF-8 encoding (shared/ has no TextEncoder). A surrogate pair is 4 bytes, 2 per half. */
export const utf8Length = (text: string): number => {
  let bytes = text.length;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit >= 0x80) bytes += unit < 0x800 ? 1 : unit >= 0xd800 && unit <= 0xdfff ? 1 : 2;
  }
  return bytes;
};
