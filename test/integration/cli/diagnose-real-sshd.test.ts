import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { CONNECTOR_CA } from '../../../shared/catalog/commands';
import { CATALOG } from '../../../shared/catalog/index';
import { EXTRA_DNS_NAMES, REGION_HOSTS } from '../../../shared/catalog/regions';
import { jsonReportSchema } from '../../../shared/report/json-schema';
import { borrowMountPoint } from '../../helpers/borrowed-mount-point';
import { captureIo } from '../../helpers/capture-io';
import type { Zone } from '../../helpers/dns-zone';
import { forwardToUnixSocket, startLocalCloud } from '../../helpers/local-cloud';
import { createNetns, missingTool, netnsUnavailable, sweepStaleNamespaces } from '../../helpers/netns';
import { createTestUser, sshdUnavailable, startSshd, sudoUnavailable, type Sshd } from '../../helpers/sshd';
import { makeCloudPki } from '../../helpers/test-pki';

/**
 * Issue 4, item 7: the `diagnose` CLI end to end against the real OpenSSH sshd, a real bash reached with a
 * real `sudo su -`, and the guides' real commands (BIND nslookup, curl with the connector's CA file, netkit
 * telnet, cat, date) meeting local stand-ins for the Cisco cloud — all inside a network namespace this test
 * creates, which has only its loopback link: nothing can reach any outside address.
 *
 * The device is a Debian host playing an FMC whose CLI is off: the login lands in bash, `clish` does not
 * exist, so the CLISH checks cannot pass. In sshd's private mount namespace (from `ip netns exec`), tmpfs
 * mounts give it what an FMC has at fixed paths — the CA bundle at /ngfw/etc/ssl/connectorCA.pem (guide 000)
 * and /etc/sf/sf-version (device-facts §1.4) — and a stock root home; the host sees at most two empty
 * directories while the test runs. The CLI runs here, in the root namespace, and reaches sshd through a
 * forwarded loopback port and a Unix socket (no link or address is added to the root namespace).
 */
const skip =
  netnsUnavailable() ??
  sshdUnavailable() ??
  sudoUnavailable() ??
  missingTool({
    nslookup: 'dnsutils',
    curl: 'curl',
    telnet: 'telnet',
    openssl: 'openssl',
    mount: 'mount',
    pdftotext: 'poppler-utils',
  });

const USER = 'fcdtest-e2e';
const NS_PREFIX = 'fcd-e2e';

/** api-sse.cisco.com, est.sco.cisco.com, mx01.sse.itd.cisco.com, dex.sse.itd.cisco.com, eventing-ingest.sse.itd.cisco.com */
const [API, EST, MX01, DEX, EVENTING] = [0, 1, 2, 3, 4].map((i) => REGION_HOSTS.us[i] ?? '') as [
  string,
  string,
  string,
  string,
  string,
];
/**
 * Where each cloud name points inside the namespace. Three hosts answer HTTPS like the cloud (403 Forbidden);
 * dex refuses (nothing listens on its address: an RST); eventing-ingest is routed into the namespace's
 * loopback, where no address owns it and forwarding is off, so its SYNs vanish without a word — what a
 * firewall's silent drop looks like. (`ip route add blackhole` would not do: the local sender gets an error at
 * once, a refusal in curl's words, not a timeout; iptables/nft are not installed on the CI image.)
 */
const ADDRESS = {
  api: '127.0.10.1',
  est: '127.0.10.2',
  mx01: '127.0.10.3',
  refused: '127.0.10.4',
  dropped: '10.255.10.5',
  extra: ['127.0.10.6', '127.0.10.7', '127.0.10.8'],
} as const;
const DROPPED_NET = '10.255.10.0/24';

/** The names answer by DNS only (not /etc/hosts), so curl's resolver and nslookup both ask the responder. */
const zone: Zone = {
  // api-sse.cisco.com is a CNAME to Akamai (guide 004's nslookup output).
  [API]: { cname: `${API}.akadns.net` },
  [`${API}.akadns.net`]: { a: [ADDRESS.api] },
  [EST]: { a: [ADDRESS.est] },
  [MX01]: { a: [ADDRESS.mx01] },
  [DEX]: { a: [ADDRESS.refused] },
  [EVENTING]: { a: [ADDRESS.dropped] },
  ...Object.fromEntries(EXTRA_DNS_NAMES.map((name, i) => [name, { a: [ADDRESS.extra[i] ?? ''] }])),
};

/** The version file of an FMC (device-facts §1.4, 7.4 wording of §1.5); the OS build number is made up. */
const SF_VERSION =
  'Cisco Secure Firewall Management Center for VMware v7.4.1 (build 172)\nCisco Fire Linux OS v7.4.1 (build 37)\n';

/**
 * Run in `ip netns exec`'s private mount namespace, then exec sshd so it and every session keep this view:
 * tmpfs over the borrowed mount points, the CA bundle where the guide's curl reads it, the FMC's version file,
 * and root's home as Debian ships it — not this machine's, whose login scripts (pyenv, cargo) can cost
 * seconds per `sudo su -` and per prompt.
 */
const PREPARE_DEVICE = [
  'set -e',
  'mount -t tmpfs -o mode=0755,size=1m fcd-ngfw /ngfw',
  `mkdir -p ${CONNECTOR_CA.replace(/\/[^/]+$/, '')}`,
  `cp "$1" ${CONNECTOR_CA}`,
  'mount -t tmpfs -o mode=0755,size=1m fcd-sf /etc/sf',
  'cp "$2" /etc/sf/sf-version',
  'mount -t tmpfs -o mode=0700,size=1m fcd-root /root',
  'cp /usr/share/base-files/dot.profile /root/.profile 2>/dev/null || cp /etc/skel/.profile /root/.profile',
  'cp /usr/share/base-files/dot.bashrc /root/.bashrc 2>/dev/null || cp /etc/skel/.bashrc /root/.bashrc',
  'shift 2',
  'exec "$@"',
].join('\n');

interface JsonCheck {
  readonly id: string;
  readonly status: string;
  readonly explanation: string;
  readonly evidence: readonly { readonly command: string; readonly output: string; readonly exitCode: number | null }[];
  readonly remedy: { readonly text: string; readonly command: string | null } | null;
}
interface JsonReport {
  readonly state: string;
  readonly device: Readonly<Record<string, string | null>>;
  readonly checks: readonly JsonCheck[];
  readonly diagnosis: { readonly causes: readonly { readonly id: string; readonly checks: readonly string[] }[] };
}

describe.skipIf(skip !== undefined)(
  `diagnose against a real sshd, bash, curl and nslookup in a network namespace${skip ? ` (skipped: ${skip})` : ''}`,
  () => {
    const cleanups: (() => unknown)[] = [];
    const cleanUp = async () => {
      for (const step of cleanups.splice(0).reverse()) {
        try {
          await step();
        } catch (error) {
          console.error('cleanup step failed:', error);
        }
      }
    };
    let dir = '';
    const pdf = () => join(dir, 'report.pdf');
    const knownHosts = () => join(dir, 'known_hosts');
    const ngfwExisted = existsSync('/ngfw');
    let nsName = '';
    let sshd: Sshd;
    let password = '';
    let exitCode: number;
    let stdout = '';
    let stderr = '';
    let report: JsonReport;

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'fcd-sshd-e2e-'));
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
      await sweepStaleNamespaces(NS_PREFIX);
      const user = createTestUser(USER);
      password = user.password;
      cleanups.push(() => user.remove());

      // Released after the namespace is gone, so no process still has a tmpfs mounted over them.
      for (const path of ['/ngfw', '/etc/sf']) {
        const borrowed = borrowMountPoint(path);
        cleanups.push(() => borrowed.release());
      }
      const pki = makeCloudPki(dir, [API, EST, MX01, DEX, EVENTING]);
      const ns = createNetns(NS_PREFIX, {
        // sudo looks up the machine's own name; without it in hosts it would warn into the root dialogue.
        hosts: `127.0.0.1\tlocalhost\n127.0.1.1\t${hostname()}\n`,
        resolvConf: 'nameserver 127.0.0.1\n',
      });
      nsName = ns.name;
      cleanups.push(() => ns.remove());
      ns.ip('route', 'add', DROPPED_NET, 'dev', 'lo');

      const socket = join(dir, 'sshd.sock');
      const cloud = await startLocalCloud(ns, dir, {
        dns: { address: '127.0.0.1', zone },
        https: [ADDRESS.api, ADDRESS.est, ADDRESS.mx01].map((address) => ({
          address,
          certChain: pki.certChainFile,
          key: pki.keyFile,
        })),
        relay: { socket, port: 22 },
      });
      cleanups.push(() => cloud.stop());

      const sfVersion = join(dir, 'sf-version');
      writeFileSync(sfVersion, SF_VERSION);
      sshd = await startSshd({
        user: USER,
        port: 22,
        launch: (argv) => [
          'ip',
          'netns',
          'exec',
          ns.name,
          'sh',
          '-c',
          PREPARE_DEVICE,
          'prepare-device',
          pki.caFile,
          sfVersion,
          ...argv,
        ],
      });
      cleanups.push(() => sshd.stop());
      const forward = await forwardToUnixSocket(socket);
      cleanups.push(() => forward.close());

      const io = captureIo({ FCD_E2E_PASSWORD: password });
      exitCode = await runCli(
        [
          'diagnose',
          '--host',
          '127.0.0.1',
          '--port',
          String(forward.port),
          '--user',
          USER,
          '--password-env',
          'FCD_E2E_PASSWORD',
          '--device-type',
          'fmc',
          '--region',
          'us',
          '--accept-new-host-key',
          '--known-hosts',
          knownHosts(),
          '--format',
          'json',
          '--pdf',
          pdf(),
        ],
        io,
      );
      stdout = io.out();
      stderr = io.err();
      report = JSON.parse(stdout) as JsonReport;
    }, 90_000);

    afterAll(cleanUp, 30_000);

    const check = (id: string): JsonCheck => {
      const found = report.checks.find((c) => c.id === id);
      if (!found) throw new Error(`no check ${id} in the report`);
      return found;
    };
    const evidenceOf = (id: string, command: string) => {
      const found = check(id).evidence.find((e) => e.command === command);
      if (!found)
        throw new Error(
          `no evidence "${command}" in ${id}: ${check(id)
            .evidence.map((e) => e.command)
            .join(' | ')}`,
        );
      return found;
    };
    const statuses = (ids: readonly string[]) => Object.fromEntries(ids.map((id) => [id, check(id).status]));

    it('arranges every host of the region', () => {
      expect([API, EST, MX01, DEX, EVENTING]).toEqual(REGION_HOSTS.us);
    });

    it('exits 1: the session finished and found problems (unreachable hosts, no connector set up), nothing kept it from diagnosing', () => {
      expect(exitCode, stderr).toBe(1);
      expect(report.state).toBe('finished');
      const causes = report.diagnosis.causes.map((c) => c.id);
      expect(causes[0]).toBe('cloud-unreachable');
      expect(report.diagnosis.causes[0]?.checks).toContain('cloud.https');
      expect(causes).toContain('connector-misconfigured');
      expect(causes).not.toContain('error');
      expect(causes).not.toContain('healthy');
      expect(causes).not.toContain('dns-resolution-failed');
    });

    it('prints JSON that follows the contract schema and writes the PDF, without the password anywhere', () => {
      expect(jsonReportSchema.safeParse(report).error).toBeUndefined();
      expect(readFileSync(pdf()).subarray(0, 5).toString()).toBe('%PDF-');
      expect(stderr).toContain(`PDF report written to ${pdf()}`);
      const pdfText = spawnSync('pdftotext', ['-layout', pdf(), '-'], { encoding: 'utf8' }).stdout;
      expect(pdfText).toContain(EVENTING);
      expect(pdfText).toContain('403');
      for (const text of [stdout, stderr, pdfText]) expect(text).not.toContain(password);
    });

    it('logs in to the real OpenSSH server and trusts its host key into the given known_hosts', () => {
      expect(check('ssh.connect').status).toBe('pass');
      expect(check('ssh.connect').explanation).toContain(sshd.hostKey.fingerprint);
      expect(readFileSync(knownHosts(), 'utf8')).toContain(`${sshd.hostKey.keyType} ${sshd.hostKey.base64}`);
    });

    it('reaches root with the real sudo from the bash the login landed in, and frames commands in it', () => {
      const privilege = check('device.privilege');
      expect(privilege.status).toBe('pass');
      expect(privilege.explanation).toMatch(/^Reached root with “sudo su -”; the login landed in bash/);
      expect(privilege.evidence[0]).toMatchObject({ command: 'sudo su -\nid -un', output: 'root', exitCode: 0 });
      // Expert bash (as the user): the clock, compared with ours — the same machine.
      expect(check('time.ntp').status).toBe('pass');
      expect(evidenceOf('time.ntp', 'date -u').output).toMatch(/^\w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d UTC \d{4}$/);
    });

    it('never passes a CLISH check on a device without CLISH; reads the version from /etc/sf/sf-version instead', () => {
      expect(statuses(['dns.servers', 'network.proxy', 'device.managers'])).toEqual({
        'dns.servers': 'error',
        'network.proxy': 'error',
        'device.managers': 'skip', // FTD only
      });
      expect(check('dns.servers').explanation).toContain('clish: command not found');
      const version = check('device.version');
      expect(version.status).toBe('pass');
      expect(version.evidence.map((e) => e.command)).toEqual(['show version', 'cat /etc/sf/sf-version']);
      expect(evidenceOf('device.version', 'cat /etc/sf/sf-version').output).toBe(SF_VERSION.trimEnd());
      expect(report.device).toMatchObject({ type: 'fmc', version: '7.4.1', build: '172' });
    });

    it('resolves the cloud names with the real BIND nslookup, answered by the namespace’s DNS server', () => {
      const resolve = check('dns.resolve');
      expect(resolve.status).toBe('pass');
      const api = evidenceOf('dns.resolve', `timeout 10 nslookup ${API}`);
      expect(api.exitCode).toBe(0);
      expect(api.output).toMatch(/^Server:\s+127\.0\.0\.1\nAddress:\s+127\.0\.0\.1#53\n\nNon-authoritative answer:\n/);
      expect(api.output).toContain(`${API}\tcanonical name = ${API}.akadns.net.`);
      expect(api.output).toContain(`Name:\t${API}.akadns.net\nAddress: ${ADDRESS.api}`);
      EXTRA_DNS_NAMES.forEach((name, i) => {
        expect(evidenceOf('dns.resolve', `timeout 10 nslookup ${name}`).output).toContain(
          `Name:\t${name}\nAddress: ${ADDRESS.extra[i]}`,
        );
        expect(resolve.explanation).toContain(`${name} → ${ADDRESS.extra[i]}`);
      });
    });

    it('probes the region’s hosts with the real curl and the CA file: 403 passes, refused and dropped are unreachable', () => {
      const https = check('cloud.https');
      expect(https.status).toBe('fail');
      for (const host of [API, EST, MX01]) {
        const { output, exitCode: code } = evidenceOf(
          'cloud.https',
          `curl -v --cacert ${CONNECTOR_CA} --connect-timeout 5 -m 10 https://${host}`,
        );
        expect(code, host).toBe(0);
        expect(output, host).toContain(`CAfile: ${CONNECTOR_CA}`);
        expect(output, host).toContain('SSL certificate verify ok.');
        expect(output, host).toMatch(/< HTTP\/(1\.1|2) 403/);
        expect(output, host).toContain(`Connection #0 to host ${host} left intact`);
        expect(https.explanation).toContain(host);
      }
      const refused = evidenceOf(
        'cloud.https',
        `curl -v --cacert ${CONNECTOR_CA} --connect-timeout 5 -m 10 https://${DEX}`,
      );
      expect(refused.exitCode).toBe(7);
      expect(refused.output).toContain(`connect to ${ADDRESS.refused} port 443 failed: Connection refused`);
      const dropped = evidenceOf(
        'cloud.https',
        `curl -v --cacert ${CONNECTOR_CA} --connect-timeout 5 -m 10 https://${EVENTING}`,
      );
      expect(dropped.exitCode).toBe(28);
      expect(https.explanation).toContain('answered HTTP 403, so the connection works');
      expect(https.explanation).toContain(`${DEX}: ${ADDRESS.refused} refused the connection`);
      expect(https.explanation).toContain(
        `${EVENTING}: ${ADDRESS.dropped} does not answer the connection attempt (timed out`,
      );
      expect(https.explanation).toMatch(/^2 of 5 cloud hosts/);
      // No certificate failed, so no `-k` retry was made and no TLS interception is suspected.
      expect(https.evidence.some((e) => e.command.includes(' -k '))).toBe(false);
      expect(https.remedy?.text).toContain(`${DEX}, ${EVENTING}`);
      expect(https.remedy?.text).not.toContain(API);
    });

    it('reads the real telnet: TCP 443 to the API host opens, 8989 is refused (information only)', () => {
      expect(check('cloud.ports').status).toBe('info');
      expect(evidenceOf('cloud.ports', `timeout 2 telnet ${API} 443 </dev/null`).output).toContain(
        `Connected to ${API}.`,
      );
      expect(evidenceOf('cloud.ports', `timeout 2 telnet ${API} 8989 </dev/null`).output).toContain(
        'Connection refused',
      );
    });

    it('never passes a connector check on a host without the SSE Connector', () => {
      expect(statuses(CATALOG.filter((c) => c.stage === 'connector').map((c) => c.id))).toEqual({
        // A 7.4 FMC (its version file says so) without connector.properties: the connector was never set up.
        'connector.properties': 'fail',
        // `pmtool: command not found` is not "no SSEConnector line" (which would be connector-not-running):
        // the device could not run the guide's command.
        'connector.process': 'error',
        'connector.ipc': 'skip',
        'connector.cloud-session': 'skip',
        'connector.context': 'skip',
        // No connector.log at all: a warning, never "no recent errors".
        'connector.log': 'warn',
      });
      expect(evidenceOf('connector.properties', 'cat /ngfw/etc/sf/connector.properties').output).toContain(
        'No such file or directory',
      );
      expect(evidenceOf('connector.process', 'pmtool status | grep -i SSEConnector').output).toMatch(
        /pmtool: command not found/,
      );
      expect(check('connector.process').explanation).toContain('pmtool: command not found');
      expect(report.diagnosis.causes.map((c) => c.id)).not.toContain('connector-not-running');
    });

    it('cleans up everything it made: processes, namespace, /etc/netns, mount points, user, files', async () => {
      await cleanUp();
      expect(execFileSync('ip', ['netns', 'list'], { encoding: 'utf8' })).not.toContain(nsName);
      expect(existsSync(`/etc/netns/${nsName}`)).toBe(false);
      expect(existsSync('/ngfw')).toBe(ngfwExisted);
      expect(existsSync('/etc/sf/sf-version')).toBe(false);
      expect(existsSync(dir)).toBe(false);
      expect(spawnSync('id', [USER]).status).not.toBe(0);
    });
  },
);
