import { toLines } from './normalize';
import { rejectEmptyOrFailed, unrecognized, type Unrecognized } from './unrecognized';

/**
 * `telnet HOST PORT` (expert or root) — check `cloud.ports` (information only, never a cause on its own).
 *
 *   Escape character is '^]'.
 *
 * Sources: guide 004 ("telnet api-sse.cisco.com 8989", "… 443"); netkit telnet and busybox telnet output
 * captured on this machine (Trying…/Connected to…/Escape character, `Unable to connect to remote host:
 * Connection refused|Connection timed out`, `Server lookup failure: …`, busybox `can't connect to remote host
 * (IP): Connection refused`); older netkit `HOST: Unknown host`, busybox `bad address 'HOST'`.
 */

/**
 * - `connected`: the TCP connection opened (`ip` from `Trying`, when shown).
 * - `refused`, `timeout`, `unreachable` (no route), `unknown-host`: it did not, and why.
 */
export type TelnetResult =
  | { readonly kind: 'connected'; readonly ip?: string; readonly host?: string }
  | { readonly kind: 'refused' | 'timeout' | 'unreachable'; readonly ip?: string; readonly detail: string }
  | { readonly kind: 'unknown-host'; readonly detail: string }
  | Unrecognized;

/** Parses telnet's output; a bare `Trying …` (the command was cut off) is `truncated`. */
export const parseTelnet = (raw: string): TelnetResult => {
  const lines = toLines(raw);
  const rejected = rejectEmptyOrFailed(lines);
  if (rejected) return rejected;
  let ip: string | undefined;
  let connectedHost: string | undefined;
  let connected = false;
  for (const line of lines) {
    const text = line.trim();
    let m: RegExpExecArray | null;
    if ((m = /^Trying ([0-9a-fA-F:.]+)\.\.\.$/.exec(text))) ip = m[1];
    else if ((m = /^Connected to (\S+?)\.?$/.exec(text))) {
      connected = true;
      connectedHost = m[1];
    } else if (/^Escape character is '.+'\.?$/.test(text)) connected = true;
  }
  const extra = ip ? { ip } : {};
  if (connected) return { kind: 'connected', ...extra, ...(connectedHost ? { host: connectedHost } : {}) };
  for (const line of lines) {
    const text = line.trim();
    // netkit: `telnet: Unable to connect to remote host: X`; busybox: `telnet: can't connect to remote host (IP): X`
    const failed =
      /(?:Unable to connect to remote host|can't connect to remote host(?: \(([^)]*)\))?|connect to address (\S+)): (.+)$/i.exec(
        text,
      );
    if (failed) {
      const at = failed[1] ?? failed[2] ?? ip;
      const where = at ? { ip: at } : {};
      const why = failed[3] ?? '';
      if (/Connection refused/i.test(why)) return { kind: 'refused', ...where, detail: text };
      if (/timed out/i.test(why)) return { kind: 'timeout', ...where, detail: text };
      if (/No route to host|Network is unreachable/i.test(why)) return { kind: 'unreachable', ...where, detail: text };
    }
    if (
      /Unknown host$|Server lookup failure|could not resolve|Name or service not known|bad address|Temporary failure in name resolution/i.test(
        text,
      )
    ) {
      return { kind: 'unknown-host', detail: text };
    }
  }
  return ip
    ? unrecognized('truncated', 'telnet stopped after "Trying" (cut off before it connected or failed)')
    : unrecognized('unknown-format', 'no telnet Trying/Connected/error line');
};
