import { describe, expect, it } from 'vitest';
import { device } from '../../../../helpers/sim-shell';

/**
 * curl's wording per outcome and generation: 7.44 on 7.2 (seed 000/004), 7.88 on 7.4+ (captured from
 * Debian 12's curl against loopback servers and a blackholed veth in a network namespace).
 */
const CACERT = '--cacert /ngfw/etc/ssl/connectorCA.pem';
const legacy = (scenario: string) => device({ scenario });
const modern = (scenario: string) => device({ scenario, device: { version: '7.4.1', build: '172' } });

describe('curl on a healthy device', () => {
  it('gets the 403 and leaves the connection intact (7.44 wording)', async () => {
    const r = await legacy('healthy').run(`curl -v ${CACERT} https://api-sse.cisco.com`);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('Forbidden');
    expect(r.stderr).toContain('* Rebuilt URL to: https://api-sse.cisco.com/\n');
    expect(r.stderr).toContain('*   Trying 52.6.187.110...\n');
    expect(r.stderr).toContain('* Connected to api-sse.cisco.com (52.6.187.110) port 443 (#0)\n');
    expect(r.stderr).toContain('*  issuer: C=US; O=HydrantID (Avalanche Cloud Corporation); CN=HydrantID SSL ICA G2\n');
    expect(r.stderr).toContain('> User-Agent: curl/7.44.0\r\n');
    expect(r.stderr).toContain('< HTTP/1.1 403 Forbidden\r\n');
    expect(r.stderr).toMatch(/\* Connection #0 to host api-sse\.cisco\.com left intact\n$/);
  });

  it('without --cacert the old CApath cannot verify: -k continues with result 19 (seed 000)', async () => {
    const insecure = await legacy('healthy').run('curl -v -k https://api-sse.cisco.com');
    expect(insecure.stderr).toContain(
      'SSL certificate verify result: self signed certificate in certificate chain (19), continuing anyway.',
    );
    const strict = await legacy('healthy').run('curl -sS https://api-sse.cisco.com');
    expect(strict.status).toBe(60);
  });

  it('speaks curl 7.88 on 7.4+', async () => {
    const r = await modern('healthy').run(`curl -v ${CACERT} https://api-sse.cisco.com`);
    expect(r.stderr).toContain('*   Trying 52.6.187.110:443...\n');
    expect(r.stderr).toContain('* ALPN: offers h2,http/1.1\n');
    expect(r.stderr).toContain('*  SSL certificate verify ok.\n');
    expect(r.stderr).not.toContain('Rebuilt URL');
    expect(r.stderr).toContain('> User-Agent: curl/7.88.1\r\n');
  });

  it('prints -w %{http_code} and honours -s -o /dev/null', async () => {
    const r = await legacy('healthy').run(`curl -s -o /dev/null -w '%{http_code}' ${CACERT} https://est.sco.cisco.com`);
    expect(r).toEqual({ stdout: '403', stderr: '', status: 0 });
  });

  it('answers the connector context from localhost:8989', async () => {
    const r = await legacy('healthy').run('curl -s localhost:8989/v1/contexts/default');
    expect(JSON.parse(r.stdout)).toMatchObject({
      context: 'default',
      registered: true,
      region: 'us',
      fqdn: 'api-sse.cisco.com',
    });
    const none = await legacy('device-not-registered').run('curl -s localhost:8989/v1/contexts/default');
    expect(JSON.parse(none.stdout)).toEqual({ context: 'default', registered: false });
  });
});

describe('curl failures', () => {
  it('cannot resolve: old and new wording (seed 004 / curl 7.88)', async () => {
    const old = await legacy('dns-resolution-failed').run('curl -v -k https://api-sse.cisco.com');
    expect(old.status).toBe(6);
    expect(old.stderr).toContain("* Couldn't resolve host 'api-sse.cisco.com'\n");
    expect(old.stderr).toContain("curl: (6) Couldn't resolve host 'api-sse.cisco.com'\n");
    const neu = await modern('dns-not-configured').run('curl -k https://api-sse.cisco.com');
    expect(neu.stderr).toBe('curl: (6) Could not resolve host: api-sse.cisco.com\n');
  });

  it('times out after --connect-timeout on a blackholed host', async () => {
    const old = await legacy('cloud-unreachable').run(
      `curl -v --connect-timeout 5 ${CACERT} https://api-sse.cisco.com`,
    );
    expect(old.status).toBe(28);
    expect(old.stderr).toContain('curl: (28) Connection timed out after 5001 milliseconds\n');
    const neu = await modern('cloud-unreachable').run(`curl -sS --connect-timeout 2 https://api-sse.cisco.com`);
    expect(neu.stderr).toBe(
      'curl: (28) Failed to connect to api-sse.cisco.com port 443 after 2001 ms: Timeout was reached\n',
    );
    const max = await modern('cloud-unreachable').run(`curl -sS -m 3 https://api-sse.cisco.com`);
    expect(max.stderr).toBe('curl: (28) Connection timed out after 3001 milliseconds\n');
  });

  it('without a timeout waits for the kernel and fails to connect', async () => {
    const r = await legacy('cloud-unreachable').run('curl -sS https://api-sse.cisco.com');
    expect(r).toMatchObject({
      status: 7,
      stderr: 'curl: (7) Failed to connect to api-sse.cisco.com port 443: Connection timed out\n',
    });
  });

  it('is refused or reset', async () => {
    expect((await legacy('cloud-unreachable-refused').run('curl -sS https://api-sse.cisco.com')).stderr).toBe(
      'curl: (7) Failed to connect to api-sse.cisco.com port 443: Connection refused\n',
    );
    expect((await modern('cloud-unreachable-reset').run('curl -sS https://api-sse.cisco.com')).stderr).toBe(
      'curl: (35) Recv failure: Connection reset by peer\n',
    );
    expect((await legacy('cloud-unreachable-reset').run('curl -sS https://api-sse.cisco.com')).status).toBe(35);
  });

  it('fails verification through TLS inspection, and -k shows the foreign issuer', async () => {
    const strict = await legacy('tls-interception').run(`curl -v ${CACERT} https://api-sse.cisco.com`);
    expect(strict.status).toBe(60);
    expect(strict.stderr).toContain(
      'curl: (60) SSL certificate problem: self signed certificate in certificate chain\n',
    );
    const insecure = await legacy('tls-interception').run('curl -v -k https://api-sse.cisco.com');
    expect(insecure.status).toBe(0);
    expect(insecure.stderr).toContain(
      '*  issuer: C=US; O=Example Corp; OU=Network Security; CN=Example Corp SSL Inspection CA\n',
    );
    expect((await modern('tls-interception').run(`curl -sS ${CACERT} https://api-sse.cisco.com`)).stderr).toMatch(
      /^curl: \(60\) SSL certificate problem: self-signed certificate in certificate chain\n/,
    );
  });

  it('says "not yet valid" when the clock is far behind, with the real issuer under -k', async () => {
    const r = await legacy('clock-not-synchronized').run(`curl -sS ${CACERT} https://api-sse.cisco.com`);
    expect(r.stderr).toMatch(/^curl: \(60\) SSL certificate problem: certificate is not yet valid\n/);
    expect((await legacy('clock-not-synchronized').run('curl -v -k https://api-sse.cisco.com')).stderr).toContain(
      'HydrantID',
    );
  });

  it('goes through the configured proxy and gets 407 (CSCvs05084)', async () => {
    const old = await legacy('proxy-interference').run(`curl -v ${CACERT} https://api-sse.cisco.com`);
    expect(old.status).toBe(56);
    expect(old.stderr).toContain('> CONNECT api-sse.cisco.com:443 HTTP/1.1\r\n');
    expect(old.stderr).toContain('< HTTP/1.1 407 Proxy Authentication Required\r\n');
    expect(old.stderr).toContain('curl: (56) Received HTTP code 407 from proxy after CONNECT\n');
    const neu = await modern('proxy-interference').run(`curl -sS ${CACERT} https://api-sse.cisco.com`);
    expect(neu.stderr).toBe('curl: (56) CONNECT tunnel failed, response 407\n');
    const bypass = await legacy('proxy-interference').run(
      `curl -s --noproxy '*' -o /dev/null -w '%{http_code}' ${CACERT} https://api-sse.cisco.com`,
    );
    expect(bypass.stdout).toBe('403');
  });

  it('is refused on localhost:8989 when the connector is down or listens elsewhere', async () => {
    const down = await legacy('connector-not-running').run('curl -sS localhost:8989/v1/contexts/default');
    expect(down.stderr).toBe('curl: (7) Failed to connect to localhost port 8989: Connection refused\n');
    expect(
      (await legacy('connector-misconfigured-port').run('curl -s localhost:8990/v1/contexts/default')).status,
    ).toBe(0);
  });

  it('rejects unknown options like curl does', async () => {
    const r = await legacy('healthy').run('curl --frobnicate https://x');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      "curl: option --frobnicate: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n",
    );
  });
});
