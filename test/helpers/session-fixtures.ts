import { message, type Message } from '../../shared/i18n/message';
import { causeSummaryKey, checkAboutKey } from '../../shared/i18n/keys';
import type { CauseId, RelatedBug } from '../../shared/model/cause';
import type { CheckId, StageId } from '../../shared/model/check';
import type { DeviceFacts } from '../../shared/model/device';
import type { ActionRecord, CauseFinding, CheckResult, SessionRecord } from '../../shared/model/session';
import type { CheckStatus, Evidence, Remedy } from '../../shared/model/verdict';
import * as out from './device-outputs';

/**
 * Realistic session records for tests of everything downstream of the engine (report, CLI output,
 * the read-only session view). The device output is in ./device-outputs.ts with its sources.
 *
 * Until the catalog adds per-verdict explanation keys, explanations reuse real dictionary keys:
 * a pass explains what the check looked at (`checks.<id>.about`), a fail or warn the cause it
 * supports (`causes.<id>.summary`); anything else is `report.verbatim` with English text.
 */

const STAGE_OF: Readonly<Record<CheckId, StageId>> = {
  'ssh.connect': 'connect',
  'device.version': 'connect',
  'device.managers': 'connect',
  'time.ntp': 'connect',
  'device.privilege': 'connect',
  'fmc.cloud-intended': 'prerequisites',
  'fmc.license-mode': 'prerequisites',
  'fmc.smart-licensing-direct': 'prerequisites',
  'fmc.cloud-events': 'prerequisites',
  'dns.servers': 'dns',
  'network.proxy': 'dns',
  'dns.resolve': 'dns',
  'cloud.https': 'cloud',
  'cloud.ports': 'cloud',
  'connector.properties': 'connector',
  'connector.process': 'connector',
  'connector.ipc': 'connector',
  'connector.cloud-session': 'connector',
  'connector.context': 'connector',
  'connector.log': 'connector',
};

/** The US region's hosts (guide 000, "미국 지역") and the extra names guide 004 looks up. */
const US_HOSTS = [
  'api-sse.cisco.com',
  'est.sco.cisco.com',
  'mx01.sse.itd.cisco.com',
  'dex.sse.itd.cisco.com',
  'eventing-ingest.sse.itd.cisco.com',
] as const;
const LOOKUPS = [
  'api-sse.cisco.com',
  'cloud-sa.amp.cisco.com',
  'api.amp.sourcefire.com',
  'panacea.threatgrid.com',
] as const;
// Public addresses the guides print for these names (seeds 000 and 004).
const CLOUD_ADDRESSES = ['52.6.187.110', '18.234.20.16', '52.21.117.50', '35.172.147.246', '100.25.93.234'] as const;

const START = Date.parse('2026-03-14T09:21:05.000Z');
const at = (ms: number): string => new Date(START + ms).toISOString();

export const verbatim = (text: string): Message => message('report.verbatim', { text });

const ev = (
  command: string,
  output: string,
  exitCode: number | null,
  durationMs: number,
  truncatedBytes?: number,
): Evidence => ({
  command,
  output,
  exitCode,
  durationMs,
  ...(truncatedBytes ? { truncatedBytes } : {}),
});

interface CheckOptions {
  readonly supports?: readonly CauseId[];
  readonly remedy?: Remedy;
  readonly explanation?: Message;
}

let clock = 0;
const check = (
  id: CheckId,
  status: CheckStatus,
  evidence: readonly Evidence[],
  options: CheckOptions = {},
): CheckResult => {
  const startedAt = at(clock);
  clock += evidence.reduce((n, e) => n + e.durationMs, 0) + 20;
  const firstCause = options.supports?.[0];
  const explanation =
    options.explanation ??
    (status === 'pass' || status === 'info'
      ? message(checkAboutKey(id))
      : (status === 'fail' || status === 'warn') && firstCause
        ? message(causeSummaryKey(firstCause))
        : status === 'skip'
          ? verbatim('Not run: a check it depends on did not pass.')
          : status === 'inconclusive'
            ? verbatim('The output was not in a form this version understands, so it is not counted as a pass.')
            : verbatim('The check could not run.'));
  return {
    id,
    stage: STAGE_OF[id],
    status,
    explanation,
    evidence,
    ...(options.remedy ? { remedy: options.remedy } : {}),
    ...(options.supports ? { supports: options.supports } : {}),
    startedAt,
    finishedAt: at(clock),
  };
};

const cause = (id: CauseId, confidence: number, checks: readonly CheckId[], remedy?: Remedy): CauseFinding => ({
  id,
  confidence,
  summary: message(causeSummaryKey(id)),
  checks,
  ...(remedy ? { remedy } : {}),
});

const REMEDY = {
  dns: {
    text: message(causeSummaryKey('dns-not-configured')),
    command: 'configure network dns servers 198.51.100.53,198.51.100.54',
    actionId: 'dns.set-servers',
  },
  ipc: {
    text: message(causeSummaryKey('connector-ipc-broken')),
    command: 'pmtool disablebyid SSEConnector && pmtool enablebyid SSEConnector',
    actionId: 'connector.restart',
  },
  proxy: { text: message(causeSummaryKey('proxy-interference')), command: 'configure network http-proxy' },
  reachability: { text: message(causeSummaryKey('cloud-unreachable')) },
} satisfies Record<string, Remedy>;

const device = (overrides: Partial<DeviceFacts> = {}): DeviceFacts => ({
  host: '192.0.2.10',
  type: 'ftd',
  region: 'us',
  model: 'Cisco Firepower Threat Defense for VMware (75)',
  version: '7.4.1',
  build: '172',
  hostname: 'ftd01',
  ...overrides,
});

const record = (
  fields: Partial<SessionRecord> & Pick<SessionRecord, 'id' | 'checks' | 'diagnosis'>,
): SessionRecord => ({
  schemaVersion: 1,
  tool: { name: 'Firepower Cloud Doctor', version: '0.1.0' },
  device: device(),
  state: 'finished',
  startedAt: at(0),
  finishedAt: at(clock + 40),
  answers: { cloudIntended: true, licenseNotEvaluation: true, smartLicensingDirect: true, cloudEventsEnabled: true },
  actions: [],
  ...fields,
});

const connectStage = (host: string, banner: string): CheckResult[] => [
  check('ssh.connect', 'pass', [ev(`ssh admin@192.0.2.10 -p 22`, banner, null, 310)]),
  check('device.version', 'pass', [
    ev(
      'show version',
      out.showVersion(host, 'Cisco Firepower Threat Defense for VMware (75)', '7.4.1', '172'),
      null,
      180,
    ),
  ]),
  check('device.managers', 'pass', [ev('show managers', out.showManagers('Completed'), null, 150)]),
  check('time.ntp', 'pass', [ev('show ntp', out.SHOW_NTP, null, 120)]),
  check('device.privilege', 'pass', [ev('expert; sudo su -', out.expertTranscript(host), 0, 420)]),
];

const prerequisites = (status: CheckStatus = 'pass'): CheckResult[] =>
  (['fmc.cloud-intended', 'fmc.license-mode', 'fmc.smart-licensing-direct', 'fmc.cloud-events'] as const).map((id) =>
    check(id, status, []),
  );

const healthyLater = (host: string): CheckResult[] => [
  check('dns.servers', 'pass', [ev('show network', out.showNetwork({ dns: true, proxy: false, host }), null, 240)]),
  check('network.proxy', 'pass', [ev('show network', out.showNetwork({ dns: true, proxy: false, host }), null, 5)]),
  check(
    'dns.resolve',
    'pass',
    LOOKUPS.map((name, i) =>
      ev(`nslookup ${name}`, out.nslookupOk(name, CLOUD_ADDRESSES[i] ?? '52.6.187.110'), 0, 35 + i * 5),
    ),
  ),
  check(
    'cloud.https',
    'pass',
    US_HOSTS.map((host, i) =>
      ev(
        `curl -v --connect-timeout 5 --max-time 10 --cacert /ngfw/etc/ssl/connectorCA.pem https://${host}`,
        out.curlOk(host, CLOUD_ADDRESSES[i] ?? '52.6.187.110'),
        0,
        380 + i * 20,
      ),
    ),
  ),
  check('cloud.ports', 'info', [ev('timeout 5 bash -c "</dev/tcp/api-sse.cisco.com/443" && echo open', 'open', 0, 90)]),
  check('connector.properties', 'pass', [ev('cat /ngfw/etc/sf/connector.properties', out.CONNECTOR_PROPERTIES, 0, 15)]),
  check('connector.process', 'pass', [
    ev('pmtool status | grep -i SSEConnector', out.PMTOOL_RUNNING, 0, 60),
    ev('lsof -i | grep conn', out.LSOF_ESTABLISHED, 0, 210),
  ]),
  check('connector.ipc', 'pass', [
    ev('netstat -anlp | grep EventHandler_SSEConnector.sock', out.NETSTAT_CONNECTED, 0, 140),
  ]),
  check('connector.cloud-session', 'pass', [ev('lsof -i | grep conn', out.LSOF_ESTABLISHED, 0, 200)]),
  check('connector.context', 'info', [ev('curl -s localhost:8989/v1/contexts/default', out.CONTEXT_REGISTERED, 0, 25)]),
  check('connector.log', 'pass', [
    ev('tail -n 200 /ngfw/var/log/connector/connector.log', out.connectorLogHealthy(200), 0, 30),
  ]),
];

/** A healthy FTDv 7.4.1: every automated check passes, every prerequisite answered yes. */
export const healthySession = (): SessionRecord => {
  clock = 0;
  const checks = [...connectStage('ftd01', out.BANNER_FTD_741), ...prerequisites(), ...healthyLater('ftd01')];
  return record({
    id: 'c0ffee00-0000-4000-8000-000000000001',
    checks,
    diagnosis: { causes: [cause('healthy', 1, [])], conflicts: [], relatedBugs: [] },
  });
};

/**
 * An FP2110 on 6.6.1 with no DNS server, an enabled proxy and a broken EventHandler link: several
 * failures, a warning, an inconclusive and a skip, and a connector.log of `logLines` lines.
 */
export const failingSession = (options: { readonly logLines?: number } = {}): SessionRecord => {
  clock = 0;
  const host = 'ftd01';
  const logLines = options.logLines ?? 3000;
  const network = out.showNetwork({ dns: false, proxy: true, host });
  const checks = [
    check('ssh.connect', 'pass', [ev('ssh admin@192.0.2.10 -p 22', out.BANNER_FTD_661, null, 290)]),
    check('device.version', 'pass', [
      ev('show version', out.showVersion(host, 'Cisco Firepower 2110 Threat Defense (77)', '6.6.1', '91'), null, 170),
    ]),
    check('device.managers', 'pass', [ev('show managers', out.showManagers('Completed'), null, 140)]),
    check('time.ntp', 'pass', [ev('show ntp', out.SHOW_NTP, null, 110)]),
    check('device.privilege', 'pass', [ev('expert; sudo su -', out.expertTranscript(host), 0, 400)]),
    ...prerequisites(),
    check('dns.servers', 'fail', [ev('show network', network, null, 230)], {
      supports: ['dns-not-configured'],
      remedy: REMEDY.dns,
    }),
    check('network.proxy', 'warn', [ev('show network', network, null, 5)], {
      supports: ['proxy-interference'],
      remedy: REMEDY.proxy,
    }),
    check(
      'dns.resolve',
      'fail',
      LOOKUPS.map((name) => ev(`nslookup ${name}`, out.NSLOOKUP_NO_SERVERS, 1, 15_000)),
      {
        supports: ['dns-not-configured', 'dns-resolution-failed'],
        remedy: REMEDY.dns,
      },
    ),
    check(
      'cloud.https',
      'fail',
      US_HOSTS.map((h) =>
        ev(
          `curl -v --connect-timeout 5 --max-time 10 --cacert /ngfw/etc/ssl/connectorCA.pem https://${h}`,
          out.curlCouldNotResolve(h),
          6,
          40,
        ),
      ),
      {
        supports: ['dns-not-configured'],
        remedy: REMEDY.dns,
      },
    ),
    check('cloud.ports', 'skip', []),
    check('connector.properties', 'pass', [
      ev('cat /ngfw/etc/sf/connector.properties', out.CONNECTOR_PROPERTIES, 0, 15),
    ]),
    check('connector.process', 'pass', [ev('pmtool status | grep -i SSEConnector', out.PMTOOL_RUNNING, 0, 60)]),
    check(
      'connector.ipc',
      'fail',
      [ev('netstat -anlp | grep EventHandler_SSEConnector.sock', out.NETSTAT_LISTENING_ONLY, 0, 150)],
      {
        supports: ['connector-ipc-broken'],
        remedy: REMEDY.ipc,
      },
    ),
    check('connector.cloud-session', 'fail', [ev('lsof -i | grep conn', out.LSOF_SYN_SENT, 0, 220)], {
      supports: ['cloud-unreachable'],
    }),
    check('connector.context', 'inconclusive', [
      ev('curl -s localhost:8989/v1/contexts/default', out.CONTEXT_UNKNOWN, 0, 20),
    ]),
    check(
      'connector.log',
      'fail',
      [
        ev(
          `tail -n ${logLines} /ngfw/var/log/connector/connector.log`,
          out.connectorLogFailing(logLines),
          0,
          95,
          48_211,
        ),
      ],
      {
        supports: ['dns-not-configured', 'connector-ipc-broken'],
      },
    ),
  ];
  return record({
    id: 'c0ffee00-0000-4000-8000-000000000002',
    device: device({ model: 'Cisco Firepower 2110 Threat Defense (77)', version: '6.6.1', build: '91' }),
    checks,
    diagnosis: {
      causes: [
        cause('dns-not-configured', 0.92, ['dns.servers', 'dns.resolve', 'cloud.https', 'connector.log'], REMEDY.dns),
        cause('connector-ipc-broken', 0.55, ['connector.ipc', 'connector.log'], REMEDY.ipc),
        cause('proxy-interference', 0.25, ['network.proxy'], REMEDY.proxy),
      ],
      conflicts: [verbatim('The connector process is running, yet its EventHandler socket has no CONNECTED stream.')],
      relatedBugs: ['CSCvs05084', 'CSCvr46845'] satisfies RelatedBug[],
    },
  });
};

/** The admin cancelled during the DNS stage: the connect stage ran, the prerequisites were not answered. */
export const cancelledSession = (): SessionRecord => {
  clock = 0;
  const checks = [
    ...connectStage('ftd01', out.BANNER_FTD_741),
    ...prerequisites('skip'),
    check('dns.servers', 'pass', [
      ev('show network', out.showNetwork({ dns: true, proxy: false, host: 'ftd01' }), null, 240),
    ]),
  ];
  return record({
    id: 'c0ffee00-0000-4000-8000-000000000003',
    state: 'cancelled',
    answers: {},
    checks,
    diagnosis: { causes: [], conflicts: [], relatedBugs: [] },
  });
};

/** sudo refused the password: the session stopped at the privilege check (cause `error`, CLI exit 2). */
export const errorSession = (): SessionRecord => {
  clock = 0;
  const checks = [
    ...connectStage('ftd01', out.BANNER_FTD_741).slice(0, 4),
    check('device.privilege', 'error', [ev('expert; sudo su -', out.sudoRefused('ftd01'), 1, 9_800)], {
      explanation: verbatim('sudo refused the password three times, so the root checks cannot run.'),
    }),
    check('connector.process', 'skip', []),
    check('connector.log', 'skip', []),
  ];
  return record({
    id: 'c0ffee00-0000-4000-8000-000000000004',
    state: 'failed',
    checks,
    diagnosis: { causes: [cause('error', 1, ['device.privilege'])], conflicts: [], relatedBugs: [] },
    error: verbatim('sudo: 3 incorrect password attempts'),
  });
};

/** Notes an admin writes in Korean for the reader of the report (ReportOptions.notes). */
export const KOREAN_NOTES =
  'TAC 케이스 698765432 관련. 3월 13일 방화벽 정책 변경 이후 "Cisco Cloud Configuration - Failure" 알림이 발생함.';

/**
 * Korean text inside device output (a Korean login banner, `date` in a Korean locale) and in
 * messages: the cloud is unreachable (SYN_SENT), with a Korean conflict note from the admin's side.
 */
export const koreanSession = (): SessionRecord => {
  clock = 0;
  const host = 'ftd01';
  const checks = [
    check('ssh.connect', 'pass', [ev('ssh admin@192.0.2.10 -p 22', out.BANNER_KOREAN, null, 330)]),
    ...connectStage(host, out.BANNER_FTD_741).slice(1, 3),
    check('time.ntp', 'pass', [ev('show ntp', out.SHOW_NTP, null, 120), ev('date', out.DATE_KOREAN, 0, 30)]),
    ...connectStage(host, out.BANNER_FTD_741).slice(4),
    ...prerequisites(),
    ...healthyLater(host).slice(0, 3),
    check(
      'cloud.https',
      'fail',
      [
        ev(
          'curl -v --connect-timeout 5 --max-time 10 --cacert /ngfw/etc/ssl/connectorCA.pem https://api-sse.cisco.com',
          `*   Trying 52.6.187.110...\n* Connection timed out after 5001 milliseconds\n* Closing connection 0\ncurl: (28) Connection timed out after 5001 milliseconds`,
          28,
          5_010,
        ),
      ],
      {
        supports: ['cloud-unreachable'],
        remedy: REMEDY.reachability,
      },
    ),
    check('connector.cloud-session', 'fail', [ev('lsof -i | grep conn', out.LSOF_SYN_SENT, 0, 200)], {
      supports: ['cloud-unreachable'],
    }),
  ];
  return record({
    id: 'c0ffee00-0000-4000-8000-000000000005',
    checks,
    diagnosis: {
      causes: [cause('cloud-unreachable', 0.85, ['cloud.https', 'connector.cloud-session'], REMEDY.reachability)],
      conflicts: [verbatim('관리자 메모: 같은 네트워크의 다른 FTD(ftd02)는 클라우드에 연결됩니다.')],
      relatedBugs: ['CSCvu02123'],
    },
  });
};

/**
 * The admin applied two remedies: DNS servers (worked: three checks went from fail to pass) and a
 * connector restart (failed: the connector stayed down).
 */
export const actionsSession = (): SessionRecord => {
  const base = failingSession({ logLines: 200 });
  const fixed = new Set<CheckId>(['dns.servers', 'dns.resolve', 'cloud.https']);
  const checks = base.checks.map((c) =>
    fixed.has(c.id)
      ? {
          id: c.id,
          stage: c.stage,
          status: 'pass' as const,
          explanation: message(checkAboutKey(c.id)),
          evidence: c.evidence,
        }
      : c,
  );
  const actions: ActionRecord[] = [
    {
      actionId: 'dns.set-servers',
      command: 'configure network dns servers 198.51.100.53,198.51.100.54',
      confirmedAt: at(30_000),
      outcome: 'applied',
      evidence: ev('configure network dns servers 198.51.100.53,198.51.100.54', out.DNS_CONFIGURED, null, 2_300),
      before: [...fixed].map((id) => ({ id, status: 'fail' as const })),
      after: [...fixed].map((id) => ({ id, status: 'pass' as const })),
    },
    {
      actionId: 'connector.restart',
      command: 'pmtool disablebyid SSEConnector && pmtool enablebyid SSEConnector',
      confirmedAt: at(45_000),
      outcome: 'failed',
      evidence: ev(
        'pmtool disablebyid SSEConnector && pmtool enablebyid SSEConnector',
        out.PMTOOL_RESTART_FAILED,
        1,
        6_100,
      ),
      before: [{ id: 'connector.ipc', status: 'fail' }],
      after: [{ id: 'connector.ipc', status: 'fail' }],
    },
  ];
  return {
    ...base,
    id: 'c0ffee00-0000-4000-8000-000000000006',
    checks,
    actions,
    finishedAt: at(60_000),
    diagnosis: {
      causes: [cause('connector-ipc-broken', 0.8, ['connector.ipc', 'connector.log'], REMEDY.ipc)],
      conflicts: [],
      relatedBugs: ['CSCvr46845'],
    },
  };
};

/** Every fixture by name, for table-driven tests. */
export const SESSION_FIXTURES = {
  healthy: healthySession,
  failing: () => failingSession(),
  cancelled: cancelledSession,
  error: errorSession,
  korean: koreanSession,
  actions: actionsSession,
} as const;
export type SessionFixtureName = keyof typeof SESSION_FIXTURES;

/** Secrets a session used (login password, key passphrase, sudo password). */
export const FIXTURE_SECRETS = ['Fw!Adm1n#2026', 'key-pass phrase 7', 'Sud0-Only$ecret'] as const;

/**
 * The record with secrets planted where real sessions leak them: echoed into device output,
 * inside a command, in an error message, in message parameters and in a conflict note.
 */
export const plantSecrets = (base: SessionRecord, secrets: readonly string[] = FIXTURE_SECRETS): SessionRecord => {
  const [login = '', passphrase = '', sudo = ''] = secrets;
  const [first, ...rest] = base.checks;
  const leaky: CheckResult[] = first
    ? [
        {
          ...first,
          explanation: verbatim(`Logged in with password ${login}`),
          evidence: [
            ...first.evidence,
            ev(
              `sshpass -p '${login}' ssh admin@192.0.2.10`,
              `Password: ${login}\nEnter passphrase for key: ${passphrase}\n[sudo] password for admin: ${sudo}`,
              0,
              10,
            ),
          ],
        },
        ...rest,
      ]
    : [];
  return {
    ...base,
    checks: leaky,
    error: verbatim(`Authentication failed for admin with "${login}" (sudo: ${sudo})`),
    diagnosis: {
      ...base.diagnosis,
      conflicts: [...base.diagnosis.conflicts, verbatim(`passphrase ${passphrase} was rejected`)],
    },
  };
};
