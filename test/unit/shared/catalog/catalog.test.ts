import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTION_IDS } from '../../../../shared/catalog/actions';
import { CATALOG } from '../../../../shared/catalog/index';
import { ALL_CLOUD_HOSTS } from '../../../../shared/catalog/regions';
import type { CheckDefinition, CheckEnv, CommandOutput, CommandSpec, Verdict } from '../../../../shared/catalog/types';
import { CHECK_IDS, PRIVILEGES, STAGE_IDS } from '../../../../shared/model/check';
import { DEVICE_TYPES, REGIONS } from '../../../../shared/model/device';
import { env, messageProblems, output } from '../../../helpers/check-harness';

/**
 * The catalog as a whole: every check once, in order, with dependencies that point backwards; commands built
 * only from fixed text and the catalog's own hosts (no user input, no injection, whatever the device prints);
 * every verdict's messages exist in both languages; every remedy action exists.
 */

const probes = CATALOG.filter((c) => c.kind === 'probe');
const ENVS: CheckEnv[] = DEVICE_TYPES.flatMap((deviceType) => REGIONS.map((region) => env({ deviceType, region })));

const FIXTURES = resolve(__dirname, '../../../fixtures/outputs');
const rawFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return rawFiles(path);
    return name.endsWith('.raw') ? [path] : [];
  });
/** Every captured or transcribed device output of the parser fixtures (seeds, real tools, documented shapes). */
const ALL_OUTPUTS = rawFiles(FIXTURES).map((path) => readFileSync(path, 'utf8'));

/** Outputs that make each follow-up fire: a certificate failure for every curl, a proxy in show network, an unreadable show version. */
const FOLLOW_UP_TRIGGERS: readonly string[] = [
  readFileSync(join(FIXTURES, 'common/curl-v/real-self-signed-in-chain-cacert.raw'), 'utf8'),
  readFileSync(join(FIXTURES, 'ftd/show-network/proxy-enabled-with-auth.raw'), 'utf8'),
  'Syntax error: Illegal command line',
];

/** Runs commands and follow-ups with the same answer to every command; returns every spec and the verdict. */
const exercise = (check: CheckDefinition, e: CheckEnv, answer: string, exitCode: number | null) => {
  const ask = (spec: CommandSpec): CommandOutput => output(spec, { output: answer, exitCode });
  const first = check.commands(e).map(ask);
  const more = check.followUp ? check.followUp(first, e).map(ask) : [];
  const verdict = check.evaluate([...first, ...more], e);
  return { specs: [...first, ...more].map((o) => o.spec), verdict };
};

const FIXED_WORDS = new Set([
  'show',
  'version',
  'managers',
  'ntp',
  'network',
  'date',
  '-u',
  'cat',
  '/etc/sf/sf-version',
  '/ngfw/etc/sf/connector.properties',
  'timeout',
  '10',
  '5',
  'nslookup',
  'curl',
  '-v',
  '-k',
  '--cacert',
  '/ngfw/etc/ssl/connectorCA.pem',
  '--connect-timeout',
  '-m',
  '-x',
  '-sS',
  'telnet',
  '443',
  '8989',
  '</dev/null',
  'ping',
  '-c',
  '2',
  '-W',
  '0.5',
  '1',
  'pmtool',
  'status',
  '|',
  'grep',
  '-i',
  'SSEConnector',
  'lsof',
  '-nP',
  'conn',
  'netstat',
  '-anlp',
  'EventHandler_SSEConnector.sock',
  'tail',
  '262144',
  '/ngfw/var/log/connector/connector.log',
  '-n',
  '400',
  'localhost:8989/v1/contexts/default',
]);

/** The words of a command that are neither fixed text nor a host of the catalog (`https://HOST`). */
const unexpectedWords = (command: string, proxy?: string): string[] =>
  command
    .split(' ')
    .filter((word) => !FIXED_WORDS.has(word))
    .filter((word) => !(ALL_CLOUD_HOSTS.includes(word) || ALL_CLOUD_HOSTS.includes(word.replace(/^https:\/\//, ''))))
    .filter((word) => word !== proxy);

const verdictMessages = (v: Verdict) => [v.explanation, ...(v.remedy ? [v.remedy.text] : [])];

describe('the catalog', () => {
  it('has every check id exactly once, in the order of CHECK_IDS and of the stages', () => {
    expect(CATALOG.map((c) => c.id)).toEqual([...CHECK_IDS]);
    const stageIndex = CATALOG.map((c) => STAGE_IDS.indexOf(c.stage));
    expect(stageIndex).toEqual([...stageIndex].sort((a, b) => a - b));
  });

  it('has dependencies that point to earlier checks only (so no cycle), and probes that need the SSH session', () => {
    CATALOG.forEach((check, at) => {
      for (const dep of [...check.dependsOn, ...(check.skipIfFailed ?? [])]) {
        const depAt = CATALOG.findIndex((c) => c.id === dep);
        expect(depAt, `${check.id} → ${dep}`).toBeGreaterThanOrEqual(0);
        expect(depAt, `${check.id} → ${dep}`).toBeLessThan(at);
      }
    });
    const reaches = (id: string, target: string): boolean => {
      const check = CATALOG.find((c) => c.id === id);
      return !!check && check.dependsOn.some((dep) => dep === target || reaches(dep, target));
    };
    for (const check of probes) expect(reaches(check.id, 'ssh.connect'), check.id).toBe(true);
  });

  it('makes every check that sends a root command depend on device.privilege', () => {
    const reaches = (check: CheckDefinition): boolean =>
      check.dependsOn.some((dep) => dep === 'device.privilege' || reaches(CATALOG.find((c) => c.id === dep)!));
    for (const check of probes) {
      const root =
        ENVS.some((e) => check.commands(e).some((spec) => spec.privilege === 'root')) || check.privilege === 'root';
      if (root) expect(reaches(check), check.id).toBe(true);
    }
  });

  it('declares for each check at least the privilege of the commands it always sends', () => {
    const rank = (p: string) => PRIVILEGES.indexOf(p as (typeof PRIVILEGES)[number]);
    for (const check of probes) {
      for (const e of ENVS) {
        for (const spec of check.commands(e))
          expect(rank(spec.privilege), `${check.id} ${spec.command}`).toBeLessThanOrEqual(rank(check.privilege));
      }
    }
  });

  it('builds every command, for every region and device type, from fixed text and the catalog’s hosts only', () => {
    let count = 0;
    for (const check of probes) {
      for (const e of ENVS) {
        for (const trigger of FOLLOW_UP_TRIGGERS) {
          for (const spec of exercise(check, e, trigger, 0).specs) {
            count += 1;
            expect(spec.command, check.id).toMatch(/^[\w .:/|<>=-]+$/);
            expect(unexpectedWords(spec.command, 'http://10.10.10.1:3128'), `${check.id}: ${spec.command}`).toEqual([]);
            expect(spec.timeoutMs).toBeGreaterThan(0);
            expect(spec.timeoutMs).toBeLessThanOrEqual(60_000);
          }
        }
      }
    }
    expect(count).toBeGreaterThan(200);
  });

  it('puts a proxy address from the device into a command only when it is a plain address or name and a port', () => {
    const proxied = readFileSync(join(FIXTURES, 'ftd/show-network/proxy-enabled-with-auth.raw'), 'utf8');
    const proxy = CATALOG.find((c) => c.id === 'network.proxy')!;
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 8 }), (host, port) => {
        const raw = proxied
          .replace(/HTTP Proxy Address {8}: \S+/, `HTTP Proxy Address        : ${host.replace(/\n/g, ' ')}`)
          .replace(/HTTP Proxy Port {11}: \S+/, `HTTP Proxy Port           : ${port.replace(/\n/g, ' ')}`);
        const { specs } = exercise(proxy, env(), raw, 0);
        for (const spec of specs.slice(1)) {
          expect(spec.command).toMatch(
            /^curl -v --cacert \/ngfw\/etc\/ssl\/connectorCA\.pem --connect-timeout 5 -m 10 -x http:\/\/(?:[a-z0-9.-]+|\[[0-9a-f:.]+\]):\d{1,5} https:\/\/api-sse\.cisco\.com$/i,
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('answers every output of the fixtures without throwing, with messages that exist in both languages and actions that exist', () => {
    const actions = new Set<string>();
    for (const check of probes) {
      for (const deviceType of DEVICE_TYPES) {
        const e = env({ deviceType });
        for (const raw of [...ALL_OUTPUTS, ...FOLLOW_UP_TRIGGERS]) {
          for (const exitCode of [0, 1, 124, null]) {
            const { verdict } = exercise(check, e, raw, exitCode);
            const problems = verdictMessages(verdict).flatMap(messageProblems);
            expect(problems, `${check.id} on ${JSON.stringify(raw.slice(0, 60))}`).toEqual([]);
            if (verdict.remedy?.actionId) actions.add(verdict.remedy.actionId);
          }
        }
      }
    }
    for (const action of actions) expect(ACTION_IDS).toContain(action);
    expect([...actions].sort()).toEqual(['enable-sse-connector', 'restart-sse-connector', 'set-dns-servers']);
  });

  it('never passes output it does not understand (noise as every command’s answer)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...probes),
        fc.constantFrom(...ENVS),
        fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 })),
        fc.constantFrom(0, 1, null),
        (check, e, noise, exitCode) => {
          const { verdict } = exercise(check, e, noise, exitCode);
          expect(verdict.status, `${check.id} on ${JSON.stringify(noise)}`).not.toBe('pass');
        },
      ),
      { numRuns: 400 },
    );
  });

  it('gives a remedy whenever a failure supports a cause the admin can fix on the device', () => {
    const fixable = new Set([
      'dns-not-configured',
      'connector-not-running',
      'connector-ipc-broken',
      'proxy-interference',
    ]);
    for (const check of probes) {
      for (const raw of ALL_OUTPUTS) {
        const { verdict } = exercise(check, env(), raw, 0);
        if (
          verdict.status === 'fail' &&
          verdict.supports?.some((c) => fixable.has(c)) &&
          check.id !== 'connector.log'
        ) {
          expect(verdict.remedy, `${check.id}: ${JSON.stringify(verdict.explanation)}`).toBeDefined();
        }
      }
    }
  });
});
