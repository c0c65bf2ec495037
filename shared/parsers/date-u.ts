import { toLines } from './normalize';
import { parseRfc3339, parseUnixDate } from './time';
import { rejectEmptyOrFailed, unrecognized, type Unrecognized } from './unrecognized';

/**
 * `date -u` (expert) — check `time.ntp`: the device clock, to compare with the host's (a clock far off breaks
 * TLS to the cloud: "certificate is not yet valid / has expired").
 *
 *   Wed Nov 25 12:31:37 UTC 2026
 *
 * Source: GNU coreutils and busybox `date -u` in the C locale (captured on this machine, see the fixtures);
 * `date -u +%Y-%m-%dT%H:%M:%SZ` and `date -u +%s` are accepted too.
 */

/** The device's clock reading. `format` says which output form it came from. */
export interface DeviceInstant {
  readonly kind: 'instant';
  readonly epochMs: number;
  /** The same instant as ISO 8601 (`2026-11-25T12:31:37.000Z`). */
  readonly iso: string;
  readonly format: 'date' | 'iso-8601' | 'epoch-seconds';
}

/** `parseDateU` returns this. */
export type DateUtcResult = DeviceInstant | Unrecognized;

/** Parses `date -u`; the last line that is a complete UTC date wins (an echoed command line is skipped). */
export const parseDateU = (raw: string): DateUtcResult => {
  const lines = toLines(raw);
  const rejected = rejectEmptyOrFailed(lines);
  if (rejected) return rejected;
  for (const line of [...lines].reverse()) {
    const text = line.trim();
    const plain = parseUnixDate(text);
    if (plain !== undefined) return instant(plain, 'date');
    const iso = /^\d{4}-/.test(text) && /(?:Z|[+-]00:?00)$/i.test(text) ? parseRfc3339(text) : undefined;
    if (iso !== undefined) return instant(iso, 'iso-8601');
    if (/^\d{9,11}$/.test(text)) return instant(Number(text) * 1000, 'epoch-seconds');
  }
  return unrecognized('unknown-format', 'no UTC date line');
};

const instant = (epochMs: number, format: DeviceInstant['format']): DeviceInstant => ({
  kind: 'instant',
  epochMs,
  iso: new Date(epochMs).toISOString(),
  format,
});
