import { portNumber } from './addresses';
import { openFiltered, type GrepRun, type NoMatch } from './grep-run';
import { unrecognized, type Unrecognized } from './unrecognized';

/**
 * `lsof -i | grep conn` (root) — checks `connector.process` (LISTEN on localhost:8989) and
 * `connector.cloud-session` (ESTABLISHED to the cloud on https; SYN_SENT means the cloud does not answer).
 *
 *   connector 13277 www 19u IPv4 26077679 0t0 TCP 192.168.1.200:56495->ec2-35-172-147-246.compute-1.amazonaws.com:https (ESTABLISHED)
 *
 * Sources: guide 000 (LISTEN + SYN_SENT, and LISTEN + ESTABLISHED); guide 004 ("lsof -i | grep conn");
 * lsof 4.95 output captured on this machine (header line, `-nP` numeric form, `*:port->…` while connecting).
 */

/** One end of a connection in lsof's NAME column (`localhost:8989`, `…amazonaws.com:https`). */
export interface LsofEndpoint {
  /** A host name or an address as printed (`localhost`, `192.168.1.200`, `[::1]`, `*`). */
  readonly host: string;
  /** As printed: a number or a service name (`https`). */
  readonly port: string;
  /** The port as a number when known (`https` → 443). */
  readonly portNumber?: number;
}

/** One network file of `lsof -i`. */
export interface LsofEntry {
  /** lsof's COMMAND column (the first 9 characters of the process name: `connector`). */
  readonly command: string;
  readonly pid: number;
  readonly user: string;
  readonly fd: string;
  /** `IPv4` or `IPv6`. */
  readonly family: string;
  /** `TCP` or `UDP`. */
  readonly protocol: string;
  readonly local: LsofEndpoint;
  readonly remote?: LsofEndpoint;
  /** `LISTEN`, `ESTABLISHED`, `SYN_SENT`, …; absent for UDP. */
  readonly state?: string;
}

/** `files`: every network file line; `no-match`: grep found nothing (see `GrepRun`). */
export type LsofResult = { readonly kind: 'files'; readonly entries: readonly LsofEntry[] } | NoMatch | Unrecognized;

const entryLine =
  /^(\S+)\s+(\d+)(?:\s+\d+)?\s+(\S+)\s+(\S+)\s+(IPv[46])\s+(\S+)\s+(\S+)\s+(TCP|UDP|UDPLITE|SCTP)\s+(\S+)(?:\s+\(([A-Z_0-9]+)\))?$/;

const endpoint = (text: string): LsofEndpoint | undefined => {
  const at = text.lastIndexOf(':');
  if (at <= 0 || at === text.length - 1) return undefined;
  const port = text.slice(at + 1);
  const n = portNumber(port);
  return { host: text.slice(0, at), port, ...(n !== undefined ? { portNumber: n } : {}) };
};

/** Parses `lsof -i` output, with or without its header, filtered by grep or not. */
export const parseLsof = (raw: string, run?: GrepRun): LsofResult => {
  const lines = openFiltered(raw, run);
  if ('kind' in lines) return lines;
  const entries: LsofEntry[] = [];
  for (const line of lines) {
    const m = entryLine.exec(line.trim());
    if (!m) continue;
    const [localText, remoteText] = (m[9] ?? '').split('->');
    const local = endpoint(localText ?? '');
    const remote = remoteText === undefined ? undefined : endpoint(remoteText);
    if (!local || (remoteText !== undefined && !remote)) continue;
    entries.push({
      command: m[1] ?? '',
      pid: Number(m[2]),
      user: m[3] ?? '',
      fd: m[4] ?? '',
      family: m[5] ?? '',
      protocol: m[8] ?? '',
      local,
      ...(remote ? { remote } : {}),
      ...(m[10] ? { state: m[10] } : {}),
    });
  }
  if (entries.length === 0) return unrecognized('unknown-format', 'no lsof network file line');
  return { kind: 'files', entries };
};
