import { connectorView } from '../connector-view';
import { curlVersion, toolFlavour, type ToolFlavour } from '../device-profile';
import {
  behaviourOfAddress,
  certificateFor,
  connectTcp,
  resolveHost,
  verifyCertificate,
  verifyMessage,
  type TrustStore,
} from '../network';
import { INTERRUPTED, type CommandContext, type CommandImpl } from '../shell/env';
import { formatCertDate, formatHttpDate } from '../timing';
import { resolvePath } from '../vfs';
import { OptionError, parseOptions } from './support';

/**
 * curl as the guides run it (`curl -v --cacert /ngfw/etc/ssl/connectorCA.pem https://HOST`,
 * `curl -v -k …`, `curl localhost:8989/v1/contexts/default`), in the device's curl generation:
 * 7.44 wording on 6.x–7.3 (seed 000/004: `Rebuilt URL to:`, `Couldn't resolve host 'x'`,
 * `(56) Received HTTP code 407 from proxy after CONNECT`) and curl 7.88 wording on 7.4+ (captured
 * from the real curl on Debian 12: `Could not resolve host: x`, `Failed to connect … after N ms:
 * Timeout was reached`, `CONNECT tunnel failed, response 407`). Every outcome comes from the network
 * model (network.ts); waits are real (scaled) and honour --connect-timeout, -m/--max-time, Ctrl-C.
 */

const KERNEL_SYN_TIMEOUT_MS = 127_000;
const DNS_TIMEOUT_MS = 10_000;
const RTT_MS = 38;

interface CurlOptions {
  readonly verbose: boolean;
  readonly insecure: boolean;
  readonly silent: boolean;
  readonly showError: boolean;
  readonly fail: boolean;
  readonly head: boolean;
  readonly include: boolean;
  readonly output?: string;
  readonly cacert?: string;
  readonly connectTimeoutMs?: number;
  readonly maxTimeMs?: number;
  readonly writeOut?: string;
  readonly proxy?: string;
  readonly noproxy?: string;
  readonly method?: string;
  readonly userAgent?: string;
}

interface Url {
  readonly scheme: 'http' | 'https';
  readonly host: string;
  readonly port: number;
  readonly path: string;
  readonly explicitPath: boolean;
  readonly explicitPort: boolean;
}

export const parseUrl = (text: string): Url | null => {
  const match = /^(?:(https?):\/\/)?([^/:?#\s]+)(?::(\d+))?([/?#].*)?$/i.exec(text);
  if (!match) return null;
  const scheme = (match[1]?.toLowerCase() ?? 'http') as 'http' | 'https';
  const port = match[3] ? Number(match[3]) : scheme === 'https' ? 443 : 80;
  return {
    scheme,
    host: (match[2] ?? '').toLowerCase(),
    port,
    path: match[4] && match[4].startsWith('/') ? match[4] : `/${match[4] ?? ''}`,
    explicitPath: Boolean(match[4]),
    explicitPort: Boolean(match[3]),
  };
};

/** Everything one transfer produced: lines for stderr, body for stdout, the exit code. */
interface Transfer {
  readonly exit: number;
  readonly status: number;
  readonly remoteIp: string;
}

class CurlRun {
  private elapsed = 0;
  private readonly flavour: ToolFlavour;

  constructor(
    private readonly ctx: CommandContext,
    private readonly options: CurlOptions,
  ) {
    this.flavour = toolFlavour(ctx.env.runtime.state.identity);
  }

  private get state() {
    return this.ctx.env.runtime.state;
  }

  private async info(line: string): Promise<void> {
    if (this.options.verbose) await this.ctx.stderr.write(`* ${line}\n`);
  }

  private async sent(line: string): Promise<void> {
    if (this.options.verbose) await this.ctx.stderr.write(`> ${line}\r\n`);
  }

  private async received(line: string): Promise<void> {
    if (this.options.verbose) await this.ctx.stderr.write(`< ${line}\r\n`);
  }

  /** Wait virtual ms; false when interrupted. */
  private async wait(ms: number): Promise<boolean> {
    this.elapsed += ms;
    return this.ctx.env.runtime.clock.sleep(ms, this.ctx.signal);
  }

  /** The error line on stderr (`curl: (N) …`), unless -s without -S. */
  private async fail(code: number, message: string, extra = ''): Promise<Transfer> {
    if (this.options.verbose) await this.ctx.stderr.write('* Closing connection 0\n');
    if (!this.options.silent || this.options.showError)
      await this.ctx.stderr.write(`curl: (${code}) ${message}\n${extra}`);
    return { exit: code, status: 0, remoteIp: '' };
  }

  /** Time left before --connect-timeout / --max-time, whichever is first, and which one it is. */
  private budget(): { ms: number; by: 'connect' | 'max' | 'none' } {
    const { connectTimeoutMs, maxTimeMs } = this.options;
    const connect = connectTimeoutMs === undefined ? Infinity : connectTimeoutMs - this.elapsed;
    const max = maxTimeMs === undefined ? Infinity : maxTimeMs - this.elapsed;
    if (connect === Infinity && max === Infinity) return { ms: Infinity, by: 'none' };
    return connect <= max ? { ms: Math.max(0, connect), by: 'connect' } : { ms: Math.max(0, max), by: 'max' };
  }

  private timedOutMessage(host: string, port: number, by: 'connect' | 'max'): string {
    const ms = Math.round(this.elapsed) + 1;
    if (this.flavour === 'legacy' || by === 'max') return `Connection timed out after ${ms} milliseconds`;
    return `Failed to connect to ${host} port ${port} after ${ms} ms: Timeout was reached`;
  }

  /** A SYN that gets no answer: wait for the first limit (ours, or the kernel's ~127 s). */
  private async connectTimeout(name: string, ip: string, port: number): Promise<Transfer> {
    const budget = this.budget();
    const waitMs = Math.min(budget.ms, KERNEL_SYN_TIMEOUT_MS);
    if (!(await this.wait(waitMs))) return { exit: INTERRUPTED, status: 0, remoteIp: '' };
    if (budget.by !== 'none' && budget.ms <= KERNEL_SYN_TIMEOUT_MS) {
      if (this.flavour === 'modern' && budget.by === 'connect')
        await this.info(`ipv4 connect timeout after ${Math.round(waitMs)}ms, move on!`);
      const message = this.timedOutMessage(name, port, budget.by);
      await this.info(message);
      return this.fail(28, message);
    }
    await this.info(`connect to ${ip} port ${port} failed: Connection timed out`);
    const message =
      this.flavour === 'legacy'
        ? `Failed to connect to ${name} port ${port}: Connection timed out`
        : `Failed to connect to ${name} port ${port} after ${Math.round(this.elapsed)} ms: Couldn't connect to server`;
    await this.info(message);
    return this.fail(7, message);
  }

  private async refused(name: string, ip: string, port: number): Promise<Transfer> {
    await this.wait(1);
    await this.info(`connect to ${ip} port ${port} failed: Connection refused`);
    const message =
      this.flavour === 'legacy'
        ? `Failed to connect to ${name} port ${port}: Connection refused`
        : `Failed to connect to ${name} port ${port} after ${Math.max(1, Math.round(this.elapsed))} ms: Couldn't connect to server`;
    await this.info(message);
    return this.fail(7, message);
  }

  private async trying(ip: string, port: number): Promise<void> {
    await this.info(this.flavour === 'legacy' ? `  Trying ${ip}...` : `  Trying ${ip}:${port}...`);
  }

  /** Resolve, then TCP connect; returns the ip or a finished Transfer. */
  private async connect(name: string, port: number): Promise<{ ip: string } | Transfer> {
    const resolution = resolveHost(this.state, name);
    if (resolution.kind === 'timeout') {
      const budget = this.budget();
      const waitMs = Math.min(budget.ms, DNS_TIMEOUT_MS);
      if (!(await this.wait(waitMs))) return { exit: INTERRUPTED, status: 0, remoteIp: '' };
      if (budget.ms <= DNS_TIMEOUT_MS) {
        const message = `Resolving timed out after ${Math.round(this.elapsed) + 1} milliseconds`;
        await this.info(message);
        return this.fail(28, message);
      }
    } else if (resolution.kind === 'nxdomain' && !(await this.wait(24)))
      return { exit: INTERRUPTED, status: 0, remoteIp: '' };
    if (resolution.kind !== 'answer') {
      if (this.flavour === 'legacy') {
        await this.info(`getaddrinfo(3) failed for ${name}:${port}`);
        await this.info(`Couldn't resolve host '${name}'`);
        return this.fail(6, `Couldn't resolve host '${name}'`);
      }
      await this.info(`Could not resolve host: ${name}`);
      return this.fail(6, `Could not resolve host: ${name}`);
    }
    const ip = resolution.addresses[0] ?? name;
    await this.trying(ip, port);
    const tcp = connectTcp(this.state, ip, port);
    if (tcp.kind === 'timeout') return this.connectTimeout(name, ip, port);
    if (tcp.kind === 'refused') return this.refused(name, ip, port);
    if (!(await this.wait(ip === '127.0.0.1' ? 0 : RTT_MS))) return { exit: INTERRUPTED, status: 0, remoteIp: '' };
    await this.info(`Connected to ${name} (${ip}) port ${port} (#0)`);
    return { ip };
  }

  /** The proxy for this URL: -x, else https_proxy/http_proxy from the environment (unless --noproxy). */
  private proxyFor(url: Url): { host: string; port: number; source: string } | null {
    const noproxy = this.options.noproxy;
    if (noproxy === '*' || noproxy?.split(',').some((h) => h.trim() && url.host.endsWith(h.trim()))) return null;
    const env = this.ctx.env.vars;
    const fromEnv = url.scheme === 'https' ? (env.get('https_proxy') ?? env.get('HTTPS_PROXY')) : env.get('http_proxy');
    const text = this.options.proxy ?? fromEnv;
    if (!text) return null;
    const parsed = parseUrl(text.includes('://') ? text : `http://${text}`);
    if (!parsed) return null;
    return {
      host: parsed.host,
      port: parsed.explicitPort ? parsed.port : 1080,
      source: this.options.proxy ? '' : url.scheme === 'https' ? 'https_proxy' : 'http_proxy',
    };
  }

  private async tunnel(
    url: Url,
    proxy: { host: string; port: number; source: string },
  ): Promise<{ ip: string } | Transfer> {
    if (proxy.source && this.flavour === 'modern')
      await this.info(`Uses proxy env variable ${proxy.source} == 'http://${proxy.host}:${proxy.port}'`);
    const connected = await this.connect(proxy.host, proxy.port);
    if (!('ip' in connected)) return connected;
    const ua = this.options.userAgent ?? `curl/${curlVersion(this.state.identity)}`;
    if (this.flavour === 'modern') await this.info('allocate connect buffer');
    await this.info(`Establish HTTP proxy tunnel to ${url.host}:${url.port}`);
    await this.sent(`CONNECT ${url.host}:${url.port} HTTP/1.1`);
    await this.sent(`Host: ${url.host}:${url.port}`);
    await this.sent(`User-Agent: ${ua}`);
    await this.sent('Proxy-Connection: Keep-Alive');
    await this.sent('');
    if (!(await this.wait(RTT_MS))) return { exit: INTERRUPTED, status: 0, remoteIp: '' };
    const proxyState = this.state.proxy;
    const behaviour = this.state.cloud[url.host];
    const answer =
      proxyState.enabled && proxyState.host === proxy.host && proxyState.behaviour === 'auth-required'
        ? 407
        : behaviour === 'unresolvable'
          ? 502
          : behaviour === 'timeout' || behaviour === 'refused'
            ? 504
            : 200;
    if (answer !== 200) {
      const reason =
        answer === 407 ? 'Proxy Authentication Required' : answer === 502 ? 'Bad Gateway' : 'Gateway Timeout';
      await this.received(`HTTP/1.1 ${answer} ${reason}`);
      if (answer === 407) await this.received('Proxy-Authenticate: Basic realm="proxy"');
      await this.received('Content-Length: 0');
      await this.received('');
      if (this.flavour === 'legacy') {
        await this.info(`Received HTTP code ${answer} from proxy after CONNECT`);
        return this.fail(56, `Received HTTP code ${answer} from proxy after CONNECT`);
      }
      await this.info(`CONNECT tunnel failed, response ${answer}`);
      return this.fail(56, `CONNECT tunnel failed, response ${answer}`);
    }
    await this.received('HTTP/1.1 200 Connection established');
    await this.received('');
    await this.info('Proxy replied OK to CONNECT request');
    const resolution = resolveHost(this.state, url.host);
    return { ip: resolution.kind === 'answer' ? (resolution.addresses[0] ?? connected.ip) : connected.ip };
  }

  private async tls(url: Url, ip: string): Promise<Transfer | null> {
    const legacy = this.flavour === 'legacy';
    const behaviour = this.state.cloud[url.host] ?? behaviourOfAddress(this.state, ip) ?? 'ok';
    const cafile = this.options.cacert
      ? resolvePath(this.ctx.env.cwd, this.ctx.env.home, this.options.cacert)
      : undefined;
    const store: TrustStore = cafile === '/ngfw/etc/ssl/connectorCA.pem' ? 'connector-ca' : 'system';
    if (legacy) {
      await this.info('ALPN, offering http/1.1');
      await this.info('Cipher selection: ALL:!EXPORT:!EXPORT40:!EXPORT56:!aNULL:!LOW:!RC4:@STRENGTH');
      await this.info('successfully set certificate verify locations:');
      await this.info(`  CAfile: ${this.options.cacert ?? 'none'}`);
      if (this.options.verbose) await this.ctx.stderr.write('  CApath: /etc/ssl/certs\n');
      await this.info('TLSv1.2 (OUT), TLS header, Certificate Status (22):');
      await this.info('TLSv1.2 (OUT), TLS handshake, Client hello (1):');
    } else {
      await this.info('ALPN: offers h2,http/1.1');
      await this.info('TLSv1.3 (OUT), TLS handshake, Client hello (1):');
      await this.info(` CAfile: ${this.options.cacert ?? '/etc/ssl/certs/ca-certificates.crt'}`);
      await this.info(' CApath: /etc/ssl/certs');
    }
    if (!(await this.wait(RTT_MS))) return { exit: INTERRUPTED, status: 0, remoteIp: ip };
    if (behaviour === 'reset') {
      if (legacy) {
        await this.info(`Unknown SSL protocol error in connection to ${url.host}:${url.port} `);
        return this.fail(35, `Unknown SSL protocol error in connection to ${url.host}:${url.port} `);
      }
      await this.info('Recv failure: Connection reset by peer');
      await this.info(`OpenSSL SSL_connect: Connection reset by peer in connection to ${url.host}:${url.port} `);
      return this.fail(35, 'Recv failure: Connection reset by peer');
    }
    const cert = certificateFor(this.state, url.host, behaviour);
    const verdict = verifyCertificate(cert, store, this.flavour, this.ctx.env.runtime.clock.now());
    if (legacy) {
      await this.info('TLSv1.2 (IN), TLS handshake, Server hello (2):');
      await this.info('TLSv1.2 (IN), TLS handshake, Certificate (11):');
    } else {
      await this.info('TLSv1.3 (IN), TLS handshake, Server hello (2):');
      await this.info('TLSv1.3 (IN), TLS handshake, Encrypted Extensions (8):');
      await this.info('TLSv1.3 (IN), TLS handshake, Certificate (11):');
    }
    if (!verdict.ok && !this.options.insecure) {
      const problem = `SSL certificate problem: ${verifyMessage(verdict.code, this.flavour)}`;
      await this.info(
        legacy ? 'TLSv1.2 (OUT), TLS alert, Server hello (2):' : 'TLSv1.3 (OUT), TLS alert, unknown CA (560):',
      );
      await this.info(problem);
      const details = legacy
        ? "More details here: http://curl.haxx.se/docs/sslcerts.html\n\ncurl performs SSL certificate verification by default, using a \"bundle\"\n of Certificate Authority (CA) public keys (CA certs). If the default\n bundle file isn't adequate, you can specify an alternate file\n using the --cacert option.\nIf this HTTPS server uses a certificate signed by a CA represented in\n the bundle, the certificate verification probably failed due to a\n problem with the certificate (it might be expired, or the name might\n not match the domain name in the URL).\nIf you'd like to turn off curl's verification of the certificate, use\n the -k (or --insecure) option.\n"
        : 'More details here: https://curl.se/docs/sslcerts.html\n\ncurl failed to verify the legitimacy of the server and therefore could not\nestablish a secure connection to it. To learn more about this situation and\nhow to fix it, please visit the web page mentioned above.\n';
      return this.fail(60, problem, details);
    }
    if (legacy) {
      for (const line of [
        'TLSv1.2 (IN), TLS handshake, Server key exchange (12):',
        'TLSv1.2 (IN), TLS handshake, Request CERT (13):',
        'TLSv1.2 (IN), TLS handshake, Server finished (14):',
        'TLSv1.2 (OUT), TLS handshake, Certificate (11):',
        'TLSv1.2 (OUT), TLS handshake, Client key exchange (16):',
        'TLSv1.2 (OUT), TLS change cipher, Client hello (1):',
        'TLSv1.2 (OUT), TLS handshake, Finished (20):',
        'TLSv1.2 (IN), TLS change cipher, Client hello (1):',
        'TLSv1.2 (IN), TLS handshake, Finished (20):',
        'SSL connection using TLSv1.2 / ECDHE-RSA-AES128-GCM-SHA256',
        'ALPN, server accepted to use http/1.1',
        'Server certificate:',
        ` subject: ${cert.subject}`,
        ` start date: ${formatCertDate(cert.notBefore, 'legacy')}`,
        ` expire date: ${formatCertDate(cert.notAfter, 'legacy')}`,
        ` issuer: ${cert.issuer}`,
        verdict.ok
          ? ' SSL certificate verify ok.'
          : ` SSL certificate verify result: ${verifyMessage(verdict.code, 'legacy')} (${verdict.code}), continuing anyway.`,
      ])
        await this.info(line);
    } else {
      for (const line of [
        'TLSv1.3 (IN), TLS handshake, CERT verify (15):',
        'TLSv1.3 (IN), TLS handshake, Finished (20):',
        'TLSv1.3 (OUT), TLS change cipher, Change cipher spec (1):',
        'TLSv1.3 (OUT), TLS handshake, Finished (20):',
        'SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384',
        'ALPN: server accepted http/1.1',
        'Server certificate:',
        ` subject: ${cert.subject}`,
        ` start date: ${formatCertDate(cert.notBefore, 'modern')}`,
        ` expire date: ${formatCertDate(cert.notAfter, 'modern')}`,
        ` subjectAltName: host "${url.host}" matched cert's "${url.host}"`,
        ` issuer: ${cert.issuer}`,
        verdict.ok
          ? ' SSL certificate verify ok.'
          : ` SSL certificate verify result: ${verifyMessage(verdict.code, 'modern')} (${verdict.code}), continuing anyway.`,
        'using HTTP/1.1',
      ])
        await this.info(line);
    }
    return this.wait(RTT_MS).then((ok) => (ok ? null : { exit: INTERRUPTED, status: 0, remoteIp: ip }));
  }

  /** The answer of whoever listens: the cloud's 403, the connector's local API, or nothing. */
  private response(
    url: Url,
    ip: string,
  ): { status: number; reason: string; headers: [string, string][]; body: string } {
    const now = this.ctx.env.runtime.clock.now();
    if (ip === '127.0.0.1' && url.scheme === 'http') {
      const view = connectorView(this.state, now);
      if (url.path.split('?')[0] === '/v1/contexts/default') {
        const body = contextJson(this.state, view.registered);
        return {
          status: 200,
          reason: 'OK',
          headers: [
            ['Content-Type', 'application/json'],
            ['Date', formatHttpDate(now)],
            ['Content-Length', String(body.length)],
          ],
          body,
        };
      }
      const body = '404 page not found\n';
      return {
        status: 404,
        reason: 'Not Found',
        headers: [
          ['Content-Type', 'text/plain; charset=utf-8'],
          ['X-Content-Type-Options', 'nosniff'],
          ['Date', formatHttpDate(now)],
          ['Content-Length', String(body.length)],
        ],
        body,
      };
    }
    // Seed 004's answer from api-sse.cisco.com: 403 Forbidden with these headers.
    return {
      status: 403,
      reason: 'Forbidden',
      headers: [
        ['Date', formatHttpDate(now)],
        ['Content-Type', 'text/plain; charset=utf-8'],
        ['Content-Length', '9'],
        ['Connection', 'keep-alive'],
        ['Keep-Alive', 'timeout=5'],
        ['ETag', '"5fb40950-9"'],
        ['Cache-Control', 'no-store'],
        ['Pragma', 'no-cache'],
        ['Content-Security-Policy', "default-src 'self'"],
        ['X-Content-Type-Options', 'nosniff'],
        ['X-XSS-Protection', '1; mode=block'],
        ['X-Frame-Options', 'SAMEORIGIN'],
        ['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'],
      ],
      body: 'Forbidden',
    };
  }

  async transfer(url: Url): Promise<Transfer> {
    if (this.flavour === 'legacy' && !url.explicitPath)
      await this.info(`Rebuilt URL to: ${url.scheme}://${url.host}${url.explicitPort ? `:${url.port}` : ''}/`);
    const proxy = this.proxyFor(url);
    const reached = proxy ? await this.tunnel(url, proxy) : await this.connect(url.host, url.port);
    if (!('ip' in reached)) return reached;
    const ip = reached.ip;
    if (url.scheme === 'https') {
      const failed = await this.tls(url, ip);
      if (failed) return failed;
    }
    const tcpService = connectTcp(this.state, ip, url.port);
    if (tcpService.kind === 'connected' && (tcpService.service === 'ssh' || tcpService.service === 'sftunnel')) {
      await this.info('Recv failure: Connection reset by peer');
      return this.fail(56, 'Recv failure: Connection reset by peer');
    }
    const ua = this.options.userAgent ?? `curl/${curlVersion(this.state.identity)}`;
    const method = this.options.method ?? (this.options.head ? 'HEAD' : 'GET');
    const hostHeader =
      url.explicitPort && url.port !== (url.scheme === 'https' ? 443 : 80) ? `${url.host}:${url.port}` : url.host;
    await this.sent(`${method} ${url.path} HTTP/1.1`);
    await this.sent(`Host: ${hostHeader}`);
    await this.sent(`User-Agent: ${ua}`);
    await this.sent('Accept: */*');
    await this.sent('');
    if (!(await this.wait(RTT_MS))) return { exit: INTERRUPTED, status: 0, remoteIp: ip };
    const response = this.response(url, ip);
    const statusLine = `HTTP/1.1 ${response.status} ${response.reason}`;
    await this.received(statusLine);
    for (const [k, v] of response.headers) await this.received(`${k}: ${v}`);
    await this.received('');
    if (this.options.fail && response.status >= 400) {
      const message =
        this.flavour === 'legacy'
          ? `The requested URL returned error: ${response.status} ${response.reason}`
          : `The requested URL returned error: ${response.status}`;
      await this.info(message);
      return this.fail(22, message);
    }
    const headerText = `${statusLine}\r\n${response.headers.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`;
    const body = method === 'HEAD' ? '' : response.body;
    const payload = (this.options.include || this.options.head ? headerText : '') + body;
    if (this.options.output && this.options.output !== '-') {
      const path = resolvePath(this.ctx.env.cwd, this.ctx.env.home, this.options.output);
      const error = this.ctx.env.runtime.vfs.write(path, this.ctx.env.user, payload, false);
      if (error) {
        await this.info(`Failed writing body`);
        return this.fail(23, `Failed writing body (0 != ${payload.length})`);
      }
      await this.info(`Connection #0 to host ${url.host} left intact`);
    } else {
      // stderr is unbuffered, stdout is flushed at exit: "left intact" comes before the body (seed 004).
      await this.info(`Connection #0 to host ${url.host} left intact`);
      await this.ctx.stdout.write(payload);
    }
    return { exit: 0, status: response.status, remoteIp: ip };
  }

  elapsedSeconds(): string {
    return (this.elapsed / 1000).toFixed(6);
  }
}

/**
 * The connector's context API answer. No public sample exists (device facts §2), so this shape is
 * the simulator's own: `registered` says whether the device holds an SSE registration.
 */
export const contextJson = (
  state: { identity: { hostname: string; uuid: string }; region: string; connectorProperties: { fqdn: string } | null },
  registered: boolean,
): string =>
  JSON.stringify(
    registered
      ? {
          context: 'default',
          registered: true,
          deviceId: state.identity.uuid,
          deviceName: state.identity.hostname,
          region: state.region,
          fqdn: state.connectorProperties?.fqdn ?? '',
        }
      : { context: 'default', registered: false },
  );

const LONG_OPTIONS = {
  verbose: 'flag',
  insecure: 'flag',
  silent: 'flag',
  'show-error': 'flag',
  fail: 'flag',
  head: 'flag',
  include: 'flag',
  location: 'flag',
  ipv4: 'flag',
  'http1.1': 'flag',
  'tlsv1.2': 'flag',
  compressed: 'flag',
  output: 'value',
  cacert: 'value',
  capath: 'value',
  'connect-timeout': 'value',
  'max-time': 'value',
  'write-out': 'value',
  proxy: 'value',
  noproxy: 'value',
  header: 'value',
  request: 'value',
  data: 'value',
  'user-agent': 'value',
  user: 'value',
  retry: 'value',
  resolve: 'value',
  url: 'value',
} as const;

const seconds = (text: string | undefined): number | undefined | null => {
  if (text === undefined) return undefined;
  const n = Number(text);
  return Number.isFinite(n) && n >= 0 ? n * 1000 : null;
};

const writeOut = (format: string, transfer: Transfer, run: CurlRun, url: Url): string =>
  format
    .replace(/\\n/g, '\n')
    .replace(/\\t/g, '\t')
    .replace(/\\r/g, '\r')
    .replace(/%\{([a-z_]+)\}/g, (whole, name: string) => {
      switch (name) {
        case 'http_code':
        case 'response_code':
          return String(transfer.status).padStart(3, '0');
        case 'exitcode':
          return String(transfer.exit);
        case 'time_total':
        case 'time_connect':
          return run.elapsedSeconds();
        case 'remote_ip':
          return transfer.remoteIp;
        case 'url_effective':
          return `${url.scheme}://${url.host}${url.explicitPort ? `:${url.port}` : ''}${url.path}`;
        default:
          return whole;
      }
    })
    .replace(/%%/g, '%');

const PROGRESS_HEADER =
  '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n';

export const curl: CommandImpl = async (ctx) => {
  let parsed;
  try {
    parsed = parseOptions(ctx.args, 'vksSfIiL4', 'omwxHXdAu', LONG_OPTIONS);
  } catch (error) {
    const option = error instanceof OptionError ? error.option : '';
    const what = error instanceof OptionError && error.reason === 'missing' ? 'requires parameter' : 'is unknown';
    await ctx.stderr.write(
      `curl: option ${option}: ${what}\ncurl: try 'curl --help' or 'curl --manual' for more information\n`,
    );
    return 2;
  }
  const f = parsed.flags;
  const v = parsed.values;
  const connectTimeoutMs = seconds(v.get('connect-timeout'));
  const maxTimeMs = seconds(v.get('m') ?? v.get('max-time'));
  if (connectTimeoutMs === null || maxTimeMs === null) {
    await ctx.stderr.write(
      "curl: option --connect-timeout: expected a proper numerical parameter\ncurl: try 'curl --help' or 'curl --manual' for more information\n",
    );
    return 2;
  }
  const options: CurlOptions = {
    verbose: f.has('v') || f.has('verbose'),
    insecure: f.has('k') || f.has('insecure'),
    silent: f.has('s') || f.has('silent'),
    showError: f.has('S') || f.has('show-error'),
    fail: f.has('f') || f.has('fail'),
    head: f.has('I') || f.has('head'),
    include: f.has('i') || f.has('include'),
    ...((v.get('o') ?? v.get('output')) ? { output: v.get('o') ?? v.get('output') } : {}),
    ...(v.get('cacert') ? { cacert: v.get('cacert') } : {}),
    ...(connectTimeoutMs !== undefined ? { connectTimeoutMs } : {}),
    ...(maxTimeMs !== undefined ? { maxTimeMs } : {}),
    ...((v.get('w') ?? v.get('write-out')) ? { writeOut: v.get('w') ?? v.get('write-out') } : {}),
    ...((v.get('x') ?? v.get('proxy')) ? { proxy: v.get('x') ?? v.get('proxy') } : {}),
    ...(v.get('noproxy') ? { noproxy: v.get('noproxy') } : {}),
    ...((v.get('X') ?? v.get('request')) ? { method: v.get('X') ?? v.get('request') } : {}),
    ...((v.get('A') ?? v.get('user-agent')) ? { userAgent: v.get('A') ?? v.get('user-agent') } : {}),
  };
  const urls = [...parsed.operands, ...(v.get('url') ? [v.get('url') ?? ''] : [])];
  if (urls.length === 0) {
    await ctx.stderr.write(
      "curl: no URL specified!\ncurl: try 'curl --help' or 'curl --manual' for more information\n",
    );
    return 2;
  }
  const meter = !options.silent && !ctx.stdout.isTerminal;
  let exit = 0;
  for (const text of urls) {
    const url = parseUrl(text);
    if (!url) {
      await ctx.stderr.write(`curl: (3) URL using bad/illegal format or missing URL\n`);
      exit = 3;
      continue;
    }
    const run = new CurlRun(ctx, options);
    if (meter) await ctx.stderr.write(PROGRESS_HEADER);
    const transfer = await run.transfer(url);
    if (transfer.exit === INTERRUPTED) return INTERRUPTED;
    if (meter) {
      const size = transfer.exit === 0 ? 9 : 0;
      const done = transfer.exit === 0 ? 100 : 0;
      await ctx.stderr.write(
        `${String(done).padStart(3)} ${String(size).padStart(5)} ${String(done).padStart(4)} ${String(size).padStart(5)}    0     0    ${String(size * 10).padStart(3)}      0 --:--:-- --:--:-- --:--:--   ${String(size * 10).padStart(3)}\n`,
      );
    }
    if (options.writeOut) await ctx.stdout.write(writeOut(options.writeOut, transfer, run, url));
    exit = transfer.exit;
  }
  return exit;
};
