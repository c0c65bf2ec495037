import { toLines } from './normalize';
import { rejectEmptyOrFailed, unrecognized, type Unrecognized } from './unrecognized';

/**
 * `ping -c N HOST` (expert or root) — check `cloud.ports`, information only (the cloud may drop ICMP; guide 004
 * lists ping among the basic tools, never as proof).
 *
 *   3 packets transmitted, 3 received, 0% packet loss, time 2041ms
 *
 * Sources: iputils-ping 20221126 and busybox 1.35 output captured on this machine (statistics, `Name or
 * service not known`, `bad address`, `connect: Network is unreachable`); old iputils `unknown host HOST`.
 */

/** `statistics` (the summary line), `unknown-host`, `unreachable` (no route), or unrecognized. */
export type PingResult =
  | {
      readonly kind: 'statistics';
      /** The address ping sent to (`PING host (IP)`), when shown. */
      readonly address?: string;
      readonly transmitted: number;
      readonly received: number;
      readonly lossPercent: number;
      /** Average round trip in milliseconds, when shown. */
      readonly rttAvgMs?: number;
    }
  | { readonly kind: 'unknown-host'; readonly detail: string }
  | { readonly kind: 'unreachable'; readonly detail: string }
  | Unrecognized;

/** Parses ping's output; the statistics line is decisive. */
export const parsePing = (raw: string): PingResult => {
  const lines = toLines(raw);
  const rejected = rejectEmptyOrFailed(lines);
  if (rejected) return rejected;
  let address: string | undefined;
  for (const line of lines) {
    const text = line.trim();
    let m: RegExpExecArray | null;
    if ((m = /^PING \S+ \(([0-9a-fA-F:.]+)\)/.exec(text))) address = m[1];
    else if (
      (m =
        /^(\d+) packets transmitted, (\d+) (?:packets )?received,(?: \+\d+ (?:errors|duplicates),)* ([\d.]+)% packet loss/.exec(
          text,
        ))
    ) {
      const rtt = lines
        .map((l) => /^(?:rtt|round-trip) min\/avg\/max(?:\/mdev)? = [\d.]+\/([\d.]+)\//.exec(l.trim()))
        .find((r) => r !== null);
      return {
        kind: 'statistics',
        ...(address ? { address } : {}),
        transmitted: Number(m[1]),
        received: Number(m[2]),
        lossPercent: Number(m[3]),
        ...(rtt ? { rttAvgMs: Number(rtt[1]) } : {}),
      };
    }
  }
  for (const line of lines) {
    const text = line.trim();
    if (
      /^ping: (?:unknown host|bad address)|Name or service not known$|Temporary failure in name resolution$|No address associated with hostname$/i.test(
        text,
      )
    ) {
      return { kind: 'unknown-host', detail: text };
    }
    if (/Network is unreachable|No route to host/i.test(text)) return { kind: 'unreachable', detail: text };
  }
  return address
    ? unrecognized('truncated', 'ping stopped before its statistics')
    : unrecognized('unknown-format', 'no ping statistics line');
};
