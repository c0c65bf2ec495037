import { ipFamily } from './addresses';
import { toLines } from './normalize';
import { parseCertificateDate } from './time';
import { rejectEmptyOrFailed, unrecognized, type Unrecognized } from './unrecognized';

/**
 * `curl -v [--cacert /ngfw/etc/ssl/connectorCA.pem | -k] https://HOST` (root) — check `cloud.https`, and the
 * failure classes the diagnosis needs (PRODUCT.md: could not resolve → dns-resolution-failed; timeout,
 * refused or reset → cloud-unreachable; a certificate failure that `-k` gets past → tls-interception).
 *
 *   * Connection #0 to host api-sse.cisco.com left intact
 *
 * Sources: guides 000 and 004 (curl 7.44 `-k` transcripts with `<HTTP/1.1 403 Forbidden`, the verify result
 * "self signed certificate in certificate chain (19), continuing anyway", and the old resolve failure
 * `curl: (6) Couldn't resolve host 'api-sse.cisco.com'`); curl 7.88.1/OpenSSL 3 output captured on this machine
 * against local stand-ins (scripts/fixtures/capture-outputs.sh); libcurl's own message formats for 7.29 (NSS:
 * "Failed connect to %s:%ld; %s", "Peer's Certificate issuer is not recognized.") through 8.x ("Could not
 * resolve host: %s", "Failed to connect to %s port %d after %d ms: %s").
 */

/** Where curl's TCP connection went: `* Connected to api-sse.cisco.com (52.4.85.66) port 443`. */
export interface CurlEndpoint {
  readonly host: string;
  readonly ip: string;
  readonly port: number;
}

/** A certificate date as printed, with its instant when readable. */
export interface CurlDate {
  readonly text: string;
  readonly epochMs?: number;
}

/** The `Server certificate:` block. Subject and issuer are as printed (`C=US; O=…; CN=…`). */
export interface CurlCertificate {
  readonly subject?: string;
  readonly issuer?: string;
  /** NSS builds print the common name on its own line. */
  readonly commonName?: string;
  readonly startDate?: CurlDate;
  readonly expireDate?: CurlDate;
}

/**
 * What is wrong with the server's certificate: no trusted issuer (the usual sign of TLS inspection),
 * self-signed leaf or chain, validity dates (often a wrong device clock), name mismatch, revoked, the CA file
 * given with `--cacert` unusable (curl error 77), or another problem.
 */
export type CertProblem =
  | 'unknown-issuer'
  | 'self-signed'
  | 'self-signed-in-chain'
  | 'expired'
  | 'not-yet-valid'
  | 'hostname-mismatch'
  | 'revoked'
  | 'ca-file-problem'
  | 'other';

/**
 * Certificate verification as curl reported it: `ok` ("SSL certificate verify ok."), `failed` with the
 * problem (`continued: true` when `-k` let curl go on: "…, continuing anyway."), or `skipped` (NSS with `-k`).
 */
export type CurlVerify =
  | { readonly outcome: 'ok' }
  | {
      readonly outcome: 'failed';
      readonly problem: CertProblem;
      readonly detail: string;
      readonly code?: number;
      readonly continued: boolean;
    }
  | { readonly outcome: 'skipped' };

/** TLS facts. `completed` is true once curl printed `SSL connection using …`. */
export interface CurlTls {
  readonly completed: boolean;
  readonly version?: string;
  readonly cipher?: string;
  readonly alpn?: string;
  readonly certificate?: CurlCertificate;
  readonly verify?: CurlVerify;
  /** The last TLS alert curl logged (`unknown CA`, `protocol version`, `certificate expired`). */
  readonly alert?: string;
}

/** An HTTP proxy in the path: from `-x` (seen as a CONNECT) or from an environment variable. */
export interface CurlProxy {
  readonly source: 'environment' | 'option';
  readonly url?: string;
  /** `Establish HTTP proxy tunnel to api-sse.cisco.com:443`. */
  readonly tunnelTo?: string;
  /** The proxy's answer to CONNECT (200 when the tunnel opened, 407 when it wants credentials). */
  readonly connectStatus?: number;
}

/** The final `curl: (N) message` line. */
export interface CurlExit {
  readonly code: number;
  readonly message: string;
}

/** Facts every outcome carries, as far as the output shows them. */
export interface CurlTrace {
  /** Addresses the name resolved to or curl tried, in order (`Trying 52.4.85.66...`, 8.x `IPv4: …`). */
  readonly addresses: readonly string[];
  readonly connectedTo?: CurlEndpoint;
  readonly proxy?: CurlProxy;
  readonly tls?: CurlTls;
  readonly exit?: CurlExit;
}

/** An HTTP status line came back from the server (403 Forbidden is the cloud's normal answer to a bare GET). */
export interface CurlHttpAnswer extends CurlTrace {
  readonly kind: 'http-answer';
  readonly status: number;
  readonly statusText?: string;
  /** `1.0`, `1.1`, `2` or `3`. */
  readonly httpVersion: string;
  /** `* Connection #0 to host … left intact` — the line guide 000 asks for. */
  readonly leftIntact: boolean;
  /** A curl error after the answer's headers (transfer cut short); the server did answer. */
  readonly transferError?: CurlExit;
}

/** A failure, classified. `message` is the line that decided (usually the `curl: (N)` line). */
interface CurlFailureBase extends CurlTrace {
  readonly message: string;
}

/** The host name (or the proxy's, see `CurlProxyFailed`) did not resolve: old `Couldn't resolve host 'x'`, new `Could not resolve host: x`, `getaddrinfo(3) failed`. */
export interface CurlResolveFailed extends CurlFailureBase {
  readonly kind: 'resolve-failed';
  readonly host?: string;
}
/** No TCP connection within the time: no SYN-ACK (blackholed, dropped by a firewall). */
export interface CurlConnectTimeout extends CurlFailureBase {
  readonly kind: 'connect-timeout';
  readonly afterMs?: number;
}
/** Connected, then nothing (no TLS handshake or no HTTP answer) within the time. */
export interface CurlResponseTimeout extends CurlFailureBase {
  readonly kind: 'response-timeout';
  readonly afterMs?: number;
}
/** The peer answered the SYN with a reset: `Connection refused` (8.x without `-v`: `Couldn't connect to server`). */
export interface CurlRefused extends CurlFailureBase {
  readonly kind: 'refused';
}
/** No route: `Network is unreachable`, `No route to host`. */
export interface CurlNetworkUnreachable extends CurlFailureBase {
  readonly kind: 'network-unreachable';
}
/** The peer reset or closed the connection (`Connection reset by peer`, `SSL_ERROR_SYSCALL`, empty reply). */
export interface CurlReset extends CurlFailureBase {
  readonly kind: 'reset';
  /** Whether the TLS handshake had completed before the connection went. */
  readonly tlsCompleted: boolean;
  readonly how: 'reset' | 'closed';
}
/** The server's certificate was not accepted; `issuer` is shown when curl printed the certificate. */
export interface CurlCertVerifyFailed extends CurlFailureBase {
  readonly kind: 'cert-verify-failed';
  readonly reason: CertProblem;
  readonly detail: string;
  readonly issuer?: string;
}
/** The TLS handshake failed for another reason (protocol version, ciphers, alert). */
export interface CurlTlsHandshakeFailed extends CurlFailureBase {
  readonly kind: 'tls-handshake-failed';
}
/** The HTTP proxy failed: wants credentials (407), refused the tunnel, could not be resolved or reached. */
export interface CurlProxyFailed extends CurlFailureBase {
  readonly kind: 'proxy-failed';
  readonly problem: 'auth-required' | 'tunnel-refused' | 'resolve' | 'connect' | 'timeout';
  readonly proxyStatus?: number;
}

/** Every failure class, discriminated by `kind`. */
export type CurlFailure =
  | CurlResolveFailed
  | CurlConnectTimeout
  | CurlResponseTimeout
  | CurlRefused
  | CurlNetworkUnreachable
  | CurlReset
  | CurlCertVerifyFailed
  | CurlTlsHandshakeFailed
  | CurlProxyFailed;

/** `parseCurlVerbose` returns this: an HTTP answer, a classified failure, or unrecognized. */
export type CurlOutcome = CurlHttpAnswer | CurlFailure | Unrecognized;

// --- classification of messages ------------------------------------------------------------------------

/** The certificate problem a curl/OpenSSL/NSS message names. */
export const certProblemOf = (text: string, code?: number): CertProblem => {
  if (code === 77 || /error setting certificate|Problem with the SSL CA cert|verify locations|CAfile:/i.test(text)) {
    return 'ca-file-problem';
  }
  if (/self[- ]?signed certificate in certificate/i.test(text)) return 'self-signed-in-chain';
  if (/self[- ]?signed certificate/i.test(text)) return 'self-signed';
  if (/not yet valid/i.test(text)) return 'not-yet-valid';
  if (/has expired|certificate expired|EXPIRED_CERTIFICATE/i.test(text)) return 'expired';
  if (/subject name|does not match target host|BAD_CERT_DOMAIN|hostname mismatch/i.test(text)) {
    return 'hostname-mismatch';
  }
  if (/revoked/i.test(text)) return 'revoked';
  if (
    /unable to get (?:local )?issuer|unable to verify the first certificate|issuer is not recognized|untrusted issuer|UNKNOWN_ISSUER|UNTRUSTED_ISSUER/i.test(
      text,
    )
  ) {
    return 'unknown-issuer';
  }
  return code === 51 ? 'hostname-mismatch' : 'other';
};

type Klass =
  | { readonly kind: 'proxy-resolve' }
  | { readonly kind: 'proxy-status'; readonly status?: number }
  | { readonly kind: 'resolve-failed'; readonly host?: string }
  | { readonly kind: 'cert'; readonly reason: CertProblem }
  | { readonly kind: 'refused' }
  | { readonly kind: 'network-unreachable' }
  | { readonly kind: 'reset'; readonly how: 'reset' | 'closed' }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'tls' }
  | { readonly kind: 'could-not-connect' };

const classify = (text: string, code?: number): Klass | undefined => {
  if (/resolve proxy/i.test(text)) return { kind: 'proxy-resolve' };
  const proxy = /from proxy after CONNECT|CONNECT tunnel failed|Proxy CONNECT aborted/i.exec(text);
  if (proxy) {
    const status = /(?:code|response) (\d{3})/i.exec(text)?.[1];
    return { kind: 'proxy-status', ...(status ? { status: Number(status) } : {}) };
  }
  const resolve =
    /(?:Could not|Couldn't) resolve(?: host)?:? '?([^';\s]*)'?|getaddrinfo\(3\) failed for (\S+?)(?::\d+)?$|Resolving timed out/i.exec(
      text,
    );
  if (resolve) {
    const host = resolve[1] || resolve[2];
    return { kind: 'resolve-failed', ...(host ? { host } : {}) };
  }
  if (
    code === 60 ||
    code === 77 ||
    code === 51 ||
    code === 83 ||
    /SSL certificate problem|Peer's Certificate|Peer certificate|certificate verify failed|SEC_ERROR_|no alternative certificate subject name|does not match target host|SSL_ERROR_BAD_CERT_DOMAIN|error setting certificate|Problem with the SSL CA cert/i.test(
      text,
    )
  ) {
    return { kind: 'cert', reason: certProblemOf(text, code) };
  }
  if (/Connection refused|ECONNREFUSED/i.test(text)) return { kind: 'refused' };
  if (/Network is unreachable|No route to host|Host is unreachable/i.test(text)) return { kind: 'network-unreachable' };
  if (
    /Empty reply from server|Server closed the connection|Connection closed abruptly|unexpected eof|end of file/i.test(
      text,
    )
  ) {
    return { kind: 'reset', how: 'closed' };
  }
  if (
    /reset by peer|SSL_ERROR_SYSCALL|Unknown SSL protocol error|PR_CONNECT_RESET_ERROR|Recv failure|Send failure|Broken pipe/i.test(
      text,
    )
  ) {
    return { kind: 'reset', how: 'reset' };
  }
  if (/timed out|Timeout was reached|time-out|connect timeout|SSL connection timeout/i.test(text))
    return { kind: 'timeout' };
  if (
    code === 35 ||
    /SSL routines|alert|handshake failure|wrong version number|SSL_ERROR_|no protocols available|unsupported protocol|no common encryption|Cannot communicate securely|SSL connect error|TLS connect error/i.test(
      text,
    )
  ) {
    return { kind: 'tls' };
  }
  if (/Could(?:n't| not) connect to (?:server|host)|Failed (?:to )?connect/i.test(text))
    return { kind: 'could-not-connect' };
  return undefined;
};

// --- the trace ---------------------------------------------------------------------------------------------

const time = String.raw`(?:--:--:--|\d+:\d\d:\d\d|\s*\d+d \d\dh|\s*\d+h \d\dm)`;
/** One redraw of curl's progress meter (printed when no terminal is attached), possibly glued to a `*` line. */
const progressMeter = new RegExp(
  String.raw`^\s*\d{1,3}\s+\S+\s+\d{1,3}\s+\S+\s+\d{1,3}\s+\S+\s+\S+\s+\S+\s+${time}\s+${time}\s+${time}\s+[\d.]+[kMGTP]?`,
);
const meterHeader = /^\s*(?:% Total\s+% Received|Dload\s+Upload\s+Total)/;
const dataNote = /^[{}] \[\d+ bytes data\]$/;

const stripAddress = (text: string): string => {
  const t = text.replace(/(?:\.\.\.|…)$/, '').trim();
  const bracket = /^\[([^\]]+)\](?::\d+)?$/.exec(t);
  if (bracket) return bracket[1] ?? t;
  const v4 = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(t);
  return v4 ? (v4[1] ?? t) : t;
};

interface Draft {
  addresses: string[];
  connectedTo?: CurlEndpoint;
  proxy?: { source: 'environment' | 'option'; url?: string; tunnelTo?: string; connectStatus?: number };
  tlsSeen: boolean;
  tls: { completed: boolean; version?: string; cipher?: string; alpn?: string; alert?: string; verify?: CurlVerify };
  cert: { subject?: string; issuer?: string; commonName?: string; startDate?: CurlDate; expireDate?: CurlDate };
  certSeen: boolean;
  status?: { version: string; code: number; text?: string };
  leftIntact: boolean;
  exit?: CurlExit;
  failureLines: string[];
  curlLines: number;
}

const date = (text: string): CurlDate => {
  const epochMs = parseCertificateDate(text);
  return epochMs === undefined ? { text } : { text, epochMs };
};

const readTrace = (lines: readonly string[]): Draft => {
  const d: Draft = {
    addresses: [],
    tlsSeen: false,
    tls: { completed: false },
    cert: {},
    certSeen: false,
    leftIntact: false,
    failureLines: [],
    curlLines: 0,
  };
  let inConnect = false;
  const addAddress = (a: string) => {
    if (ipFamily(a) && !d.addresses.includes(a)) d.addresses.push(a);
  };
  for (const raw of lines) {
    const line = raw.replace(progressMeter, '').trimEnd();
    if (line.trim() === '' || meterHeader.test(line) || dataNote.test(line.trim())) continue;
    let m: RegExpExecArray | null;
    if ((m = /^curl: \((\d+)\) (.*)$/.exec(line.trim()))) {
      d.exit = { code: Number(m[1]), message: (m[2] ?? '').trim() };
      d.curlLines += 1;
      continue;
    }
    if ((m = /^<\s?HTTP\/(\d(?:\.\d)?)\s+(\d{3})(?:\s+(.*?))?\s*$/.exec(line))) {
      d.curlLines += 1;
      const status = { version: m[1] ?? '', code: Number(m[2]), ...(m[3] ? { text: m[3] } : {}) };
      if (inConnect) {
        d.proxy = { ...(d.proxy ?? { source: 'option' }), connectStatus: status.code };
        inConnect = status.code >= 100 && status.code < 200;
      } else {
        d.status = status;
      }
      continue;
    }
    if ((m = /^>\s?CONNECT (\S+) HTTP\//.exec(line))) {
      inConnect = true;
      d.proxy = { ...(d.proxy ?? { source: 'option' }), tunnelTo: d.proxy?.tunnelTo ?? m[1] ?? '' };
      d.curlLines += 1;
      continue;
    }
    if (!line.startsWith('*')) continue;
    d.curlLines += 1;
    const text = line.replace(/^\*\s*/, '').trim();
    if ((m = /^Trying (\S+)/.exec(text))) addAddress(stripAddress(m[1] ?? ''));
    else if ((m = /^IPv[46]: (.+)$/.exec(text))) for (const a of (m[1] ?? '').split(/,\s*/)) addAddress(a.trim());
    else if ((m = /^Connected to (\S+) \(([^)]*)\) port (\d+)/.exec(text))) {
      d.connectedTo = { host: m[1] ?? '', ip: stripAddress(m[2] ?? ''), port: Number(m[3]) };
      addAddress(stripAddress(m[2] ?? ''));
    } else if ((m = /^Uses proxy env variable (\w+) == '([^']*)'/.exec(text))) {
      d.proxy = { ...(d.proxy ?? {}), source: 'environment', url: m[2] ?? '' };
    } else if ((m = /^Establish HTTP proxy tunnel to (\S+)/.exec(text))) {
      d.proxy = { ...(d.proxy ?? { source: 'option' }), tunnelTo: m[1] ?? '' };
    } else if (
      (m = /^(?:Proxy replied (\d{3}) to CONNECT request|CONNECT tunnel established, response (\d{3}))/.exec(text))
    ) {
      d.proxy = { ...(d.proxy ?? { source: 'option' }), connectStatus: Number(m[1] ?? m[2]) };
      inConnect = false;
    } else if (/^CONNECT phase completed/.test(text)) inConnect = false;
    else if ((m = /^SSL connection using (.+)$/.exec(text))) {
      const parts = (m[1] ?? '').split(' / ');
      d.tlsSeen = true;
      d.tls.completed = true;
      if (/^(?:TLS|SSL)v?[\d.]+$/i.test(parts[0] ?? '')) {
        d.tls.version = parts[0];
        if (parts[1]) d.tls.cipher = parts[1];
      } else if (parts[0]) d.tls.cipher = parts[0];
    } else if ((m = /^(TLSv[\d.]+|SSLv\d) \((?:IN|OUT)\), TLS (?:alert, (.+?) \(\d+\)|\w)/.exec(text))) {
      d.tlsSeen = true;
      d.tls.version ??= m[1];
      if (m[2]) d.tls.alert = m[2];
    } else if ((m = /^ALPN(?:,|:) server accepted(?: to use)? (\S+)/.exec(text))) d.tls.alpn = m[1];
    else if (/^Server certificate:$/.test(text)) d.certSeen = true;
    else if ((m = /^subject: (.*)$/.exec(text))) d.cert.subject = m[1];
    else if ((m = /^issuer: (.*)$/.exec(text))) d.cert.issuer = m[1];
    else if ((m = /^common name: (.*)$/.exec(text))) d.cert.commonName = m[1];
    else if ((m = /^start date: (.*)$/.exec(text))) d.cert.startDate = date(m[1] ?? '');
    else if ((m = /^expire date: (.*)$/.exec(text))) d.cert.expireDate = date(m[1] ?? '');
    else if (/^SSL certificate verify ok\.?$/.test(text)) d.tls.verify = { outcome: 'ok' };
    else if (/^skipping SSL peer certificate verification$/i.test(text)) d.tls.verify = { outcome: 'skipped' };
    else if ((m = /^SSL certificate verify result: (.+?) \((\d+)\)(, continuing)?/.exec(text))) {
      const detail = m[1] ?? '';
      d.tls.verify = {
        outcome: 'failed',
        problem: certProblemOf(detail),
        detail,
        code: Number(m[2]),
        continued: !!m[3],
      };
    } else if ((m = /^SSL certificate problem: (.+)$/.exec(text))) {
      const detail = m[1] ?? '';
      d.tls.verify = { outcome: 'failed', problem: certProblemOf(detail), detail, continued: false };
      d.failureLines.push(text);
    } else if ((m = /^(Peer's Certificate .+|Peer certificate cannot be authenticated.*)$/.exec(text))) {
      // NSS builds (curl 7.29): the error's description follows its `NSS error -8179 (SEC_ERROR_…)` line
      const detail = m[1] ?? '';
      d.tls.verify = { outcome: 'failed', problem: certProblemOf(detail), detail, continued: false };
      d.failureLines.push(text);
    } else if (/^Connection #\d+ to host \S+ left intact/.test(text)) d.leftIntact = true;
    else if (classify(text) !== undefined && !/^(?:CAfile|CApath|ALPN|Closing connection)/.test(text)) {
      d.failureLines.push(text);
    }
  }
  return d;
};

const traceOf = (d: Draft): CurlTrace => {
  const certificate: CurlCertificate | undefined =
    d.certSeen || d.cert.subject || d.cert.issuer ? { ...d.cert } : undefined;
  const tls: CurlTls | undefined =
    d.tlsSeen || certificate || d.tls.verify ? { ...d.tls, ...(certificate ? { certificate } : {}) } : undefined;
  return {
    addresses: d.addresses,
    ...(d.connectedTo ? { connectedTo: d.connectedTo } : {}),
    ...(d.proxy ? { proxy: { ...d.proxy } } : {}),
    ...(tls ? { tls } : {}),
    ...(d.exit ? { exit: d.exit } : {}),
  };
};

const afterMs = (text: string): number | undefined => {
  const m = /after (\d+) (?:ms|milliseconds)|timeout after (\d+) ?ms/i.exec(text);
  return m ? Number(m[1] ?? m[2]) : undefined;
};

/** Parses `curl -v` output (stdout and stderr together) into one outcome. */
export const parseCurlVerbose = (raw: string): CurlOutcome => {
  const lines = toLines(raw);
  const rejected = rejectEmptyOrFailed(lines);
  if (rejected) return rejected;
  const d = readTrace(lines);
  const trace = traceOf(d);

  const proxyFailure = d.exit && classify(d.exit.message, d.exit.code);
  const isProxyExit = proxyFailure?.kind === 'proxy-status' || proxyFailure?.kind === 'proxy-resolve';
  if (d.status && !isProxyExit) {
    return {
      kind: 'http-answer',
      ...trace,
      status: d.status.code,
      ...(d.status.text ? { statusText: d.status.text } : {}),
      httpVersion: d.status.version,
      leftIntact: d.leftIntact,
      ...(d.exit ? { transferError: d.exit } : {}),
    };
  }

  // The exit line decides, unless it is 8.x's vague "Couldn't connect to server": then the verbose
  // `connect to … failed: <errno text>` says which (refused, timed out, unreachable).
  const candidates = [
    ...(d.exit ? [{ text: d.exit.message, code: d.exit.code }] : []),
    ...[...d.failureLines].reverse().map((text) => ({ text, code: undefined })),
  ];
  let decided: { klass: Klass; text: string } | undefined;
  let vague: { klass: Klass; text: string } | undefined;
  for (const c of candidates) {
    const klass = classify(c.text, c.code);
    if (!klass) continue;
    if (klass.kind === 'could-not-connect') {
      vague ??= { klass, text: c.text };
      continue;
    }
    decided = { klass, text: d.exit?.message ?? c.text };
    break;
  }
  if (!decided && vague) {
    decided = { klass: d.exit?.code === 28 ? { kind: 'timeout' } : { kind: 'refused' }, text: vague.text };
  }
  const refusedTunnel = d.proxy?.connectStatus;
  if (!decided && refusedTunnel !== undefined && refusedTunnel >= 300) {
    // the proxy's status line to CONNECT is there, the words after it are not: the proxy still said no
    decided = {
      klass: { kind: 'proxy-status', status: refusedTunnel },
      text: `proxy answered ${refusedTunnel} to CONNECT`,
    };
  }
  if (!decided) {
    return d.curlLines > 0
      ? unrecognized('truncated', 'curl output without an HTTP status line or an error')
      : unrecognized('unknown-format', 'no curl -v lines');
  }
  const message = decided.text;
  const klass = decided.klass;
  const tunnelOpen =
    d.proxy?.connectStatus !== undefined && d.proxy.connectStatus >= 200 && d.proxy.connectStatus < 300;
  switch (klass.kind) {
    case 'proxy-resolve':
      return { kind: 'proxy-failed', ...trace, message, problem: 'resolve' };
    case 'proxy-status': {
      const status = klass.status ?? d.proxy?.connectStatus;
      return {
        kind: 'proxy-failed',
        ...trace,
        message,
        problem: status === 407 ? 'auth-required' : 'tunnel-refused',
        ...(status !== undefined ? { proxyStatus: status } : {}),
      };
    }
    case 'resolve-failed':
      return { kind: 'resolve-failed', ...trace, message, ...(klass.host ? { host: klass.host } : {}) };
    case 'cert':
      return {
        kind: 'cert-verify-failed',
        ...trace,
        message,
        reason: klass.reason,
        detail: message.replace(/^SSL certificate problem: /, ''),
        ...(d.cert.issuer ? { issuer: d.cert.issuer } : {}),
      };
    case 'refused':
      return d.proxy?.source === 'environment' && !d.connectedTo
        ? { kind: 'proxy-failed', ...trace, message, problem: 'connect' }
        : { kind: 'refused', ...trace, message };
    case 'network-unreachable':
      return { kind: 'network-unreachable', ...trace, message };
    case 'reset':
      return { kind: 'reset', ...trace, message, tlsCompleted: d.tls.completed, how: klass.how };
    case 'timeout': {
      const ms = afterMs(message);
      const extra = ms !== undefined ? { afterMs: ms } : {};
      if (!d.connectedTo) {
        return d.proxy?.source === 'environment'
          ? { kind: 'proxy-failed', ...trace, message, problem: 'timeout' }
          : { kind: 'connect-timeout', ...trace, message, ...extra };
      }
      if (d.proxy && !tunnelOpen) return { kind: 'proxy-failed', ...trace, message, problem: 'timeout' };
      return { kind: 'response-timeout', ...trace, message, ...extra };
    }
    case 'tls':
      return { kind: 'tls-handshake-failed', ...trace, message };
    case 'could-not-connect':
      return { kind: 'refused', ...trace, message };
  }
};
