import { ipFamily } from './addresses';
import { toLines } from './normalize';
import { rejectEmptyOrFailed, unrecognized, type Unrecognized } from './unrecognized';

/**
 * `nslookup HOST` (expert or root) — check `dns.resolve`.
 *
 *   api-sse.cisco.com	canonical name = api-sse.cisco.com.akadns.net.
 *
 * Sources: guide 004 ("nslookup api-sse.cisco.com", with Server/Address#53/Non-authoritative answer/canonical
 * name/Name/Address); BIND 9.18 and busybox 1.35 output captured on this machine (answers, NXDOMAIN, SERVFAIL,
 * REFUSED, "No answer", `;; communications error to …: timed out`, `;; connection timed out; no servers could
 * be reached`); old busybox `Address 1: IP name` and `nslookup: can't resolve 'x'`.
 */

/** The server that answered (`Server:` / `Address: 10.25.0.1#53`). */
export interface NslookupServer {
  readonly address: string;
  readonly port?: number;
}

/** One answer address under a `Name:` line. */
export interface ResolvedAddress {
  readonly name: string;
  readonly address: string;
  readonly family: 4 | 6;
}

/**
 * Why no address came back: the server said the name does not exist (`nxdomain`), failed (`servfail`),
 * refused (`refused`), had no record of the asked type (`no-answer`); or no server answered in time
 * (`timeout`), the query could not be sent or was refused by the host (`communications-error`), or old
 * busybox's catch-all `can't resolve` (`cannot-resolve`).
 */
export type NslookupFailure =
  'nxdomain' | 'servfail' | 'refused' | 'no-answer' | 'timeout' | 'communications-error' | 'cannot-resolve';

/** `bind` = BIND's nslookup (`#53`), `busybox` = busybox's (`:53`, `Address 1:`); unknown when no server line. */
export type NslookupStyle = 'bind' | 'busybox' | 'unknown';

/** `resolved` (at least one address under a `Name:` line), `failed` with why, or unrecognized. */
export type NslookupResult =
  | {
      readonly kind: 'resolved';
      readonly style: NslookupStyle;
      readonly server: NslookupServer;
      readonly authoritative: boolean;
      readonly canonicalNames: readonly { readonly alias: string; readonly canonical: string }[];
      readonly addresses: readonly ResolvedAddress[];
    }
  | {
      readonly kind: 'failed';
      readonly style: NslookupStyle;
      readonly failure: NslookupFailure;
      readonly name?: string;
      readonly server?: NslookupServer;
      /** The line that said so. */
      readonly detail: string;
    }
  | Unrecognized;

const familyOf = ipFamily;

const serverOf = (text: string): NslookupServer | undefined => {
  const bind = /^(.+)#(\d+)$/.exec(text);
  if (bind && familyOf(bind[1] ?? '')) return { address: bind[1] ?? '', port: Number(bind[2]) };
  const v4port = /^([\d.]+):(\d+)$/.exec(text);
  if (v4port && familyOf(v4port[1] ?? '') === 4) return { address: v4port[1] ?? '', port: Number(v4port[2]) };
  const v6port = /^\[([0-9a-f:.]+)\]:(\d+)$/i.exec(text);
  if (v6port) return { address: v6port[1] ?? '', port: Number(v6port[2]) };
  return familyOf(text) ? { address: text } : undefined;
};

const rcodes: Readonly<Record<string, NslookupFailure>> = {
  NXDOMAIN: 'nxdomain',
  SERVFAIL: 'servfail',
  REFUSED: 'refused',
};

interface Failure {
  readonly failure: NslookupFailure;
  readonly name?: string;
  readonly detail: string;
  readonly rank: number;
}

/** Parses nslookup output; `resolved` needs the server lines and at least one `Name:` + `Address:` answer. */
export const parseNslookup = (raw: string): NslookupResult => {
  const lines = toLines(raw);
  const rejected = rejectEmptyOrFailed(lines);
  if (rejected) return rejected;

  let style: NslookupStyle = 'unknown';
  let server: NslookupServer | undefined;
  let sawServerLine = false;
  let answering = false; // past the server block
  let name: string | undefined;
  let authoritative = true;
  const canonicalNames: { alias: string; canonical: string }[] = [];
  const addresses: ResolvedAddress[] = [];
  const failures: Failure[] = [];
  const fail = (f: Failure) => failures.push(f);

  for (const line of lines) {
    const text = line.trim();
    let m: RegExpExecArray | null;
    if ((m = /^Server:\s+(\S+)$/.exec(text))) {
      sawServerLine = true;
      answering = false;
      server = familyOf(m[1] ?? '') ? { address: m[1] ?? '' } : server;
    } else if ((m = /^Address(?:\s+(\d+))?:\s+(\S+)(?:\s+(\S+))?$/.exec(text))) {
      const index = m[1];
      const value = m[2] ?? '';
      if (sawServerLine && !answering && name === undefined) {
        const parsed = serverOf(value);
        if (parsed) server = parsed;
        if (value.includes('#')) style = 'bind';
        else if (index !== undefined || (value.includes(':') && familyOf(value) !== 6)) style = 'busybox';
        answering = true;
      } else if (name !== undefined) {
        const family = familyOf(value);
        if (family) addresses.push({ name, address: value, family });
        if (index !== undefined) style = 'busybox';
      }
    } else if (/^Non-authoritative answer:$/i.test(text)) {
      authoritative = false;
      answering = true;
    } else if ((m = /^(\S+)\s+canonical name = (\S+?)\.?$/.exec(text))) {
      answering = true;
      const alias = (m[1] ?? '').replace(/\.$/, '');
      if (!canonicalNames.some((c) => c.alias === alias)) canonicalNames.push({ alias, canonical: m[2] ?? '' });
    } else if ((m = /^Name:\s+(\S+)$/.exec(text))) {
      answering = true;
      name = (m[1] ?? '').replace(/\.$/, '');
    } else if ((m = /^(\S+) has (?:AAAA )?address (\S+)$/.exec(text))) {
      const family = familyOf(m[2] ?? '');
      if (family) addresses.push({ name: (m[1] ?? '').replace(/\.$/, ''), address: m[2] ?? '', family });
      answering = true;
    } else if ((m = /^\*\* server can't find (\S+?):\s*([A-Z]+)$/.exec(text))) {
      const failure = rcodes[m[2] ?? ''];
      fail({ failure: failure ?? 'servfail', name: m[1] ?? '', detail: text, rank: 1 });
    } else if ((m = /^\*\*\* Can't find (\S+?): No answer$/i.exec(text))) {
      fail({ failure: 'no-answer', name: m[1] ?? '', detail: text, rank: 2 });
    } else if ((m = /^nslookup: can't resolve '([^']*)'/.exec(text))) {
      style = 'busybox';
      fail({ failure: 'cannot-resolve', name: m[1] ?? '', detail: text, rank: 3 });
    } else if (/^;; connection timed out; (?:no servers could be reached|trying next origin)$/.test(text)) {
      fail({ failure: 'timeout', detail: text, rank: 4 });
    } else if ((m = /^;; communications error to (\S+): (.+)$/.exec(text))) {
      if ((m[1] ?? '').includes('#')) style = 'bind';
      fail({ failure: /timed out/i.test(m[2] ?? '') ? 'timeout' : 'communications-error', detail: text, rank: 4 });
    } else if (/^;; no servers could be reached$/.test(text)) {
      fail({ failure: 'communications-error', detail: text, rank: 5 });
    }
  }

  if (addresses.length > 0) {
    if (!server) return unrecognized('truncated', 'answers without the Server/Address lines of nslookup');
    return { kind: 'resolved', style, server, authoritative, canonicalNames, addresses };
  }
  const first = [...failures].sort((a, b) => a.rank - b.rank)[0];
  if (first) {
    return {
      kind: 'failed',
      style,
      failure: first.failure,
      ...(first.name ? { name: first.name } : {}),
      ...(server ? { server } : {}),
      detail: first.detail,
    };
  }
  return sawServerLine || canonicalNames.length > 0
    ? unrecognized('truncated', 'nslookup stopped before an answer or an error')
    : unrecognized('unknown-format', 'no nslookup Server/Name/Address lines');
};
