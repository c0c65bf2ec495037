import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { message } from '../../../shared/i18n/message';
import { createRedactor, deviceNamesOf, REDACTED, redactSessionRecord } from '../../../shared/redact';
import { FIXTURE_SECRETS, failingSession, plantSecrets } from '../../helpers/session-fixtures';

const SECRET = 'Sup3r$ecret!';
const all = { addresses: true, hostnames: true };

describe('redact: secrets and credential shapes (always)', () => {
  it('replaces every occurrence of every caller-supplied secret, longest first', () => {
    const r = createRedactor({ secrets: [SECRET, 'Sup3r', ''] });
    expect(r.text(`login ${SECRET} then sudo ${SECRET}; prefix Sup3r`)).toBe(
      `login ${REDACTED} then sudo ${REDACTED}; prefix ${REDACTED}`,
    );
  });

  it('masks credentials that devices and curl print without being told the secret', () => {
    const r = createRedactor({ secrets: [] });
    const text = [
      '> Authorization: Basic YWRtaW46c2VjcmV0',
      '> Proxy-Authorization: Basic Zm9vOmJhcg==',
      '{"password": "hunter2", "registration_token":"abc.def"}',
      'proxy_password=xyz; http_proxy=http://admin:p4ss@proxy.example.com:3128',
      '-----BEGIN OPENSSH PRIVATE KEY-----',
      'b3BlbnNzaC1rZXktdjEAAAAA',
      '-----END OPENSSH PRIVATE KEY-----',
      '-----BEGIN RSA PRIVATE KEY-----',
      'MIIEpAIBAAKCAQEA (cut by the output cap)',
    ].join('\n');
    const out = r.text(text);
    for (const leaked of ['YWRtaW46c2VjcmV0', 'Zm9vOmJhcg', 'hunter2', 'abc.def', 'xyz', 'p4ss', 'b3BlbnNz', 'MIIEpAIB']) {
      expect(out).not.toContain(leaked);
    }
    expect(out).toContain('> Authorization: [REDACTED]');
    expect(out).toContain('"password": "[REDACTED]"');
    expect(out).toContain('http://admin:[REDACTED]@proxy.example.com:3128');
    expect(out.match(/\[REDACTED PRIVATE KEY\]/g)).toHaveLength(2);
  });

  it('leaves prompts and ordinary words alone', () => {
    const r = createRedactor({ secrets: [] });
    const text = 'admin@firepower:~$ sudo su -\nPassword: \nroot@firepower:~# tokens are fine; Password rejected';
    expect(r.text(text)).toBe(text);
  });

  it('masks no address or name unless asked', () => {
    const text = 'Connected to api-sse.cisco.com (52.6.187.110) from ftd01.corp.example.com';
    expect(createRedactor({ secrets: [] }).text(text)).toBe(text);
  });
});

describe('redact: IP addresses (on request)', () => {
  const r = () => createRedactor({ secrets: [], options: { addresses: true } });

  it('gives each address one stable placeholder and keeps loopback, netmasks and versions', () => {
    const out = r().text(
      'Server: 10.25.0.1\nAddress: 10.25.0.1#53\nAddress: 52.6.187.110\nTrying 52.6.187.110:443\n' +
        'netmask 255.255.255.0, lo 127.0.0.1, any 0.0.0.0, v6.2.3.3, Version 6.4.0.1, 1.2.3.4.5',
    );
    expect(out).toBe(
      'Server: [IP-1]\nAddress: [IP-1]#53\nAddress: [IP-2]\nTrying [IP-2]:443\n' +
        'netmask 255.255.255.0, lo 127.0.0.1, any 0.0.0.0, v6.2.3.3, Version 6.4.0.1, 1.2.3.4.5',
    );
  });

  it('masks IPv6 in every written form of the same address alike, and not times or MACs', () => {
    const out = r().text(
      'DNS 2620:119:35::35 and 2001:DB8:0::1, 2001:db8::1. [2001:db8::2]:443 fe80::1%eth0 ::1 :: ' +
        '::ffff:192.0.2.1 at 14:34:02.884 mac 00:50:56:a1:b2:c3 std::string',
    );
    expect(out).toBe(
      'DNS [IPv6-1] and [IPv6-2], [IPv6-2]. [[IPv6-3]]:443 [IPv6-4] ::1 :: ' +
        '[IPv6-5] at 14:34:02.884 mac 00:50:56:a1:b2:c3 std::string',
    );
  });
});

describe('redact: host names (on request)', () => {
  it('masks FQDNs and the device’s own names, keeps file names and, by default, Cisco cloud names', () => {
    const r = createRedactor({
      secrets: [],
      options: { hostnames: true },
      deviceNames: ['ftd01.corp.example.com', '192.0.2.10'],
    });
    const out = r.text(
      'root@ftd01:~# curl -v https://api-sse.cisco.com\n' +
        'ftd01.corp.example.com:53426->ec2-100-25-93-234.compute-1.amazonaws.com:https (SYN_SENT)\n' +
        'cat /ngfw/etc/sf/connector.properties; events.go:90; EventHandler_SSEConnector.sock; /etc/hosts.com\n' +
        'nslookup panacea.threatgrid.com; admin@fmc.corp.example.com',
    );
    expect(out).toBe(
      'root@[HOST-1]:~# curl -v https://api-sse.cisco.com\n' +
        '[HOST-1]:53426->[HOST-2]:https (SYN_SENT)\n' +
        'cat /ngfw/etc/sf/connector.properties; events.go:90; EventHandler_SSEConnector.sock; /etc/hosts.com\n' +
        'nslookup panacea.threatgrid.com; admin@[HOST-3]',
    );
  });

  it('masks Cisco names too when told not to keep them, and the device’s own name under cisco.com', () => {
    const keep = createRedactor({ secrets: [], options: { hostnames: true }, deviceNames: ['firepower'] });
    expect(keep.text('TCP firepower.cisco.com:53426 -> api-sse.cisco.com')).toBe('TCP [HOST-1]:53426 -> api-sse.cisco.com');
    const drop = createRedactor({ secrets: [], options: { hostnames: true, keepCiscoHosts: false } });
    expect(drop.text('api-sse.cisco.com and API-SSE.cisco.com')).toBe('[HOST-1] and [HOST-1]');
  });
});

describe('redact: session records', () => {
  it('masks device text everywhere in a record and leaves ids, statuses, keys and times intact', () => {
    const base = plantSecrets(failingSession({ logLines: 20 }));
    const record = { ...base, error: message('report.verbatim', { text: `sudo ${FIXTURE_SECRETS[2]}`, attempt: 3 }) };
    const r = createRedactor({ secrets: FIXTURE_SECRETS, options: all, deviceNames: deviceNamesOf(record) });
    const redacted = redactSessionRecord(record, r);
    const text = JSON.stringify(redacted);
    for (const leaked of [...FIXTURE_SECRETS, '192.0.2.10', 'ftd01', '198.51.100.53']) expect(text).not.toContain(leaked);
    expect(redacted.checks.map((c) => [c.id, c.stage, c.status, c.explanation.key, c.startedAt])).toEqual(
      record.checks.map((c) => [c.id, c.stage, c.status, c.explanation.key, c.startedAt]),
    );
    expect(redacted.diagnosis.causes.map((c) => [c.id, c.checks, c.summary.key])).toEqual(record.diagnosis.causes.map((c) => [c.id, c.checks, c.summary.key]));
    expect(redacted.device).toMatchObject({ host: '[IP-1]', hostname: '[HOST-1]', version: '6.6.1', type: 'ftd', region: 'us' });
    expect(redacted.error).toEqual({ key: 'report.verbatim', params: { text: `sudo ${REDACTED}`, attempt: 3 } });
    expect(redacted.checks[0]?.evidence.at(-1)?.output).toBe(`Password: ${REDACTED}\nEnter passphrase for key: ${REDACTED}\n[sudo] password for admin: ${REDACTED}`);
  });
});

// Secrets that contain a character no placeholder has, so a placeholder can never spell one.
const secretArb = fc
  .string({ unit: fc.constantFrom(...'abcdefghijkmnopqrstuwxyzABCDEFGH0123456789!#$%^&*_+=~-./:@ '.split('')), minLength: 4, maxLength: 16 })
  .filter((s) => /[a-uw-z!#$%^&*_+=~]/.test(s));
const ipv4Arb = fc.tuple(fc.integer({ min: 1, max: 223 }), fc.nat(255), fc.nat(255), fc.integer({ min: 1, max: 254 })).filter(([a]) => a !== 127).map((p) => p.join('.'));
const ipv6Arb = fc.array(fc.integer({ min: 1, max: 0xffff }), { minLength: 8, maxLength: 8 }).map((g) => g.map((n) => n.toString(16)).join(':'));
const hostArb = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9-]{0,8}[a-z0-9]$/), fc.constantFrom('corp.example.com', 'lab.internal', 'example.co.kr', 'net'))
  .map(([label, domain]) => `${label}.${domain}`);
const separator = fc.constantFrom(' ', '\n', ', ', ' (', ') ', ':443 ', '#53 ', '=', '"', ' -> ');
const noise = fc.string({ maxLength: 12 });

describe('redact: properties', () => {
  it('never lets a secret through, wherever and however often it appears', () => {
    fc.assert(
      fc.property(fc.uniqueArray(secretArb, { minLength: 1, maxLength: 3 }), fc.array(fc.tuple(noise, fc.nat(2)), { maxLength: 12 }), (secrets, parts) => {
        const text = parts.map(([n, i]) => `${n}${secrets[i % secrets.length] ?? ''}`).join('');
        const out = createRedactor({ secrets, options: all }).text(text);
        for (const secret of secrets) expect(out).not.toContain(secret);
      }),
      { numRuns: 300 },
    );
  });

  it('replaces every occurrence of every address, with one placeholder per distinct address', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(ipv4Arb, ipv6Arb), { minLength: 1, maxLength: 8 }), fc.array(separator, { minLength: 9, maxLength: 9 }), (addresses, seps) => {
        const r = createRedactor({ secrets: [], options: { addresses: true } });
        const text = addresses.map((a, i) => `${seps[i]}${a}`).join('') + seps[8];
        const out = r.text(text);
        for (const a of addresses) expect(out).not.toContain(a);
        const placeholders = addresses.map((a) => r.text(a));
        for (const [i, a] of addresses.entries()) {
          for (const [j, b] of addresses.entries()) expect(placeholders[i] === placeholders[j]).toBe(a.toLowerCase() === b.toLowerCase());
        }
      }),
      { numRuns: 300 },
    );
  });

  it('replaces every host name with the same placeholder each time it appears, in any string', () => {
    fc.assert(
      fc.property(fc.array(hostArb, { minLength: 1, maxLength: 6 }), fc.array(separator, { minLength: 7, maxLength: 7 }), (hosts, seps) => {
        const r = createRedactor({ secrets: [], options: { hostnames: true } });
        const first = r.text(hosts.map((h, i) => `${seps[i]}${h}`).join('') + seps[6]);
        const second = r.text([...hosts].reverse().join(' '));
        for (const h of hosts) {
          expect(first).not.toContain(h);
          expect(second).not.toContain(h);
        }
        expect(second.split(' ')).toEqual([...hosts].reverse().map((h) => r.text(h)));
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent: redacting redacted text changes nothing, with the same redactor or a new one', () => {
    const fragment = fc.oneof(noise, ipv4Arb, ipv6Arb, hostArb, separator, fc.constantFrom('password=abc', 'Authorization: Bearer x', 'http://u:p@h.example.com/', 'Version 7.4.1.1'));
    fc.assert(
      fc.property(fc.uniqueArray(secretArb, { maxLength: 2 }), fc.array(fragment, { maxLength: 16 }), fc.boolean(), fc.boolean(), (secrets, parts, addresses, hostnames) => {
        const options = { addresses, hostnames };
        const r = createRedactor({ secrets, options, deviceNames: ['ftd01.corp.example.com'] });
        const once = r.text(parts.join(''));
        expect(r.text(once)).toBe(once);
        expect(createRedactor({ secrets, options }).text(once)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});
