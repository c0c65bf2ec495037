import { parseClishDocument } from './clish-fields';
import { toLines } from './normalize';
import { rejectEmptyOrFailed, unrecognized, type Unrecognized } from './unrecognized';

/**
 * `show ntp` (CLISH, FTD) — check `time.ntp`.
 *
 *   Status : Being Used
 *
 * Sources: device-facts §1.4 (Cisco doc 215468; community.cisco.com JP article on FP4100 NTP):
 * `NTP Server : 203.0.113.126` / `Status : Being Used` / `Offset : 0.013 (milliseconds)` /
 * `Last Update : 36 (seconds)`, one block per server. FP4100/9300 take their time from the chassis.
 * The "none" wordings are inferred; an empty output stays `unrecognized` (fall back to `date -u`).
 */

/** `Being Used` is the synchronisation source; `Available` a candidate; the rest are not used. */
export type NtpStatus = 'being-used' | 'available' | 'not-used' | 'unreachable' | 'other';

/** One server block of `show ntp`. */
export interface NtpServer {
  readonly server: string;
  readonly status: NtpStatus;
  readonly statusText: string;
  /** `Offset` converted to milliseconds (printed in milliseconds, sometimes seconds). */
  readonly offsetMs?: number;
  readonly lastUpdateSeconds?: number;
}

/** `ntp`: one entry per server block; `none`: the device said no server is configured. */
export type ShowNtpResult =
  | { readonly kind: 'ntp'; readonly servers: readonly NtpServer[] }
  | { readonly kind: 'none'; readonly text: string }
  | Unrecognized;

const statusOf = (text: string): NtpStatus => {
  const t = text
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
  if (t === 'being used') return 'being-used';
  if (t === 'available' || t === 'candidate') return 'available';
  if (/^(?:not (?:being )?used|rejected|discarded|falseticker|outlier|excess)$/.test(t)) return 'not-used';
  if (/unreachable|no reply|timed out|unknown/.test(t)) return 'unreachable';
  return 'other';
};

/** `0.013 (milliseconds)`; the unit is required, so a value cut short (`0.0`) is not read as a small one. */
const quantity = (text: string): { readonly n: number; readonly unit: string } | undefined => {
  const m = /^([+-]?\d+(?:\.\d+)?)\s*(?:\((\w+)\)|([a-z]+))$/i.exec(text.trim());
  return m ? { n: Number(m[1]), unit: (m[2] ?? m[3] ?? '').toLowerCase() } : undefined;
};

const toMilliseconds = ({ n, unit }: { readonly n: number; readonly unit: string }): number | undefined =>
  /^(?:ms|msecs?|milliseconds?)$/.test(unit) ? n : /^(?:s|secs?|seconds?)$/.test(unit) ? n * 1000 : undefined;

interface Draft {
  server: string;
  status?: string;
  offset?: string;
  lastUpdate?: string;
}

/** Parses `show ntp`; each server block needs its `NTP Server` and `Status` lines. */
export const parseShowNtp = (raw: string): ShowNtpResult => {
  const lines = toLines(raw);
  const rejected = rejectEmptyOrFailed(lines);
  if (rejected) return rejected;
  const none = lines.find((l) =>
    /^\s*(?:no ntp servers?\b|ntp (?:is )?not configured|ntp servers?:?\s*none\b)/i.test(l),
  );
  if (none) return { kind: 'none', text: none.trim() };

  const drafts: Draft[] = [];
  let orphan = false;
  for (const f of parseClishDocument(lines).sections.flatMap((s) => s.fields)) {
    const key = f.key.toLowerCase().replace(/\s+/g, ' ');
    const current = drafts[drafts.length - 1];
    if (key === 'ntp server') drafts.push({ server: f.value });
    else if (!current) orphan ||= ['status', 'offset', 'last update'].includes(key);
    else if (key === 'status') current.status = f.value;
    else if (key === 'offset') current.offset = f.value;
    else if (key === 'last update') current.lastUpdate = f.value;
  }
  if (drafts.length === 0) {
    return orphan
      ? unrecognized('truncated', 'a Status line without its "NTP Server" line')
      : unrecognized('unknown-format', 'no "NTP Server :" line');
  }
  const servers: NtpServer[] = [];
  for (const d of drafts) {
    if (!d.server || !d.status) return unrecognized('truncated', 'an NTP server block lacks its Status line');
    const offset = d.offset === undefined ? undefined : quantity(d.offset);
    const update = d.lastUpdate === undefined ? undefined : quantity(d.lastUpdate);
    const offsetMs = offset ? toMilliseconds(offset) : undefined;
    servers.push({
      server: d.server,
      status: statusOf(d.status),
      statusText: d.status,
      ...(offsetMs !== undefined ? { offsetMs } : {}),
      ...(update && /^(?:s|secs?|seconds?)$/.test(update.unit) ? { lastUpdateSeconds: update.n } : {}),
    });
  }
  return { kind: 'ntp', servers };
};
