import { afterAll, describe, expect, it } from 'vitest';
import { DiagnosisSession } from '../../../electron/services/engine/session';
import {
  SCENARIOS,
  startSimulator,
  type RunningSimulator,
  type Scenario,
  type SimulatorOptions,
} from '../../../electron/services/simulator';
import { CATALOG } from '../../../shared/catalog/index';
import { diagnose } from '../../../shared/diagnosis/diagnose';
import { render } from '../../../shared/i18n/translate';
import type { DeviceType, Region } from '../../../shared/model/device';
import type { PrerequisiteAnswers, SessionRecord } from '../../../shared/model/session';
import { recordingLink, type LinkStats } from '../../helpers/recording-link';
import { sshLink } from '../../../electron/services/engine/ssh-link';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The catalog and the simulated device agree: for every scenario, the real engine runs every check of the
 * catalog over real SSH against the simulator (commands, follow-ups, evaluation), the scenario's answers go
 * through the question checks, and `diagnose()` names the scenario's cause first. No check may be
 * inconclusive or in error: the simulator prints only what the parsers must understand.
 */

/**
 * Simulated waits run 20× faster. Not faster: `timeout N` on the device is real (scaled) time, while the
 * simulator's own work is not scaled, so on a busy machine a 10 s nslookup limit of 25 ms would cut off
 * answers that are not late at all.
 */
const TIME_SCALE = 0.05;

const sims: RunningSimulator[] = [];
afterAll(async () => {
  await Promise.all(sims.map((s) => s.close()));
});

interface Run {
  readonly record: SessionRecord;
  readonly stats: LinkStats;
  readonly summary: string;
}

/** The product's own SSH link, trusting the simulator's fresh host key through a private known_hosts. */
const connectOptions = (sim: RunningSimulator) => {
  const knownHostsPath = join(mkdtempSync(join(tmpdir(), 'fcd-catalog-kh-')), 'known_hosts');
  writeFileSync(knownHostsPath, `${sim.hostKeyLine}\n`);
  return {
    host: sim.host,
    port: sim.port,
    username: sim.username,
    credential: { kind: 'password', password: sim.password } as const,
    sudoPassword: sim.sudoPassword,
    knownHostsPath,
    deviceType: sim.state.identity.type,
  };
};

/** Starts the simulated device, runs the whole catalog against it with the engine, and closes the session. */
const diagnoseOn = async (options: SimulatorOptions, answers: PrerequisiteAnswers): Promise<Run> => {
  const sim = await startSimulator({ ...options, timeScale: TIME_SCALE });
  sims.push(sim);
  const stats: LinkStats = { commands: [] };
  const type = sim.state.identity.type;
  const region = sim.state.region;
  const session = new DiagnosisSession({
    link: recordingLink(sshLink(connectOptions(sim)), stats),
    device: { host: sim.host, type, region },
    catalog: CATALOG,
    answers,
    diagnose,
  });
  const record = await session.runAll();
  await session.close();
  const summary = [
    `${sim.scenario.id} (${type}, ${region}) → ${record.diagnosis.causes.map((c) => `${c.id} ${c.confidence}`).join(', ')}`,
    ...record.checks.map((c) => `  ${c.status.padEnd(12)} ${c.id.padEnd(24)} ${render('en', c.explanation)}`),
  ].join('\n');
  return { record, stats, summary };
};

const diagnoseScenario = (scenario: Scenario, deviceType: DeviceType, region: Region): Promise<Run> =>
  diagnoseOn({ scenario: scenario.id, deviceType, region }, scenario.answers);

const expectAgreement = (scenario: Scenario, run: Run) => {
  const { record, summary } = run;
  expect(record.diagnosis.causes[0]?.id, summary).toBe(scenario.expectedCause);
  const unread = record.checks.filter((c) => c.status === 'inconclusive' || c.status === 'error');
  expect(
    unread.map((c) => c.id),
    summary,
  ).toEqual([]);
  if (scenario.expectedCause === 'healthy') {
    expect(
      record.checks.filter((c) => !['pass', 'info', 'skip'].includes(c.status)).map((c) => c.id),
      summary,
    ).toEqual([]);
  }
};

describe.concurrent('every simulator scenario, diagnosed by the catalog over SSH (FTD, US)', () => {
  for (const scenario of SCENARIOS) {
    it(`${scenario.id} → ${scenario.expectedCause}`, async () => {
      expectAgreement(scenario, await diagnoseScenario(scenario, 'ftd', 'us'));
    });
  }
});

describe.concurrent('the FMC', () => {
  for (const scenario of SCENARIOS.filter((s) => s.deviceTypes.includes('fmc'))) {
    it(`${scenario.id} → ${scenario.expectedCause}`, async () => {
      expectAgreement(scenario, await diagnoseScenario(scenario, 'fmc', 'us'));
    });
  }
});

describe.concurrent('the EU and APJ regions', () => {
  const byId = (id: string) => SCENARIOS.find((s) => s.id === id)!;
  for (const region of ['eu', 'apj'] as const) {
    for (const id of ['healthy', 'cloud-unreachable', 'tls-interception', 'connector-misconfigured']) {
      it(`${id} in ${region} (FTD and FMC)`, async () => {
        for (const deviceType of ['ftd', 'fmc'] as const) {
          const run = await diagnoseScenario(byId(id), deviceType, region);
          expectAgreement(byId(id), run);
          const curls = run.stats.commands.filter((c) => c.command.startsWith('curl -v --cacert'));
          expect(
            curls.every((c) => !c.command.includes('api-sse.cisco.com')),
            run.summary,
          ).toBe(true);
        }
      });
    }
  }
});

describe('what the engine sent', () => {
  it('reads connector.log boundedly and never copies the whole file, even when it is 500 MB', async () => {
    const { record, stats } = await diagnoseOn({ scenario: 'healthy', faults: ['huge-log'] }, {});
    const log = record.checks.find((c) => c.id === 'connector.log')!;
    expect(log.status).toBe('pass');
    expect(log.evidence[0]!.output.length).toBeLessThan(300 * 1024);
    expect(stats.commands.some((c) => /cat .*connector\.log/.test(c.command))).toBe(false);
  });
});

describe('faults that stop the session', () => {
  for (const fault of ['wrong-sudo-password', 'expert-disabled']) {
    it(`${fault}: the diagnosis is "error", and the root checks are skipped, not guessed`, async () => {
      const { record } = await diagnoseOn({ scenario: 'healthy', faults: [fault] }, {});
      expect(record.diagnosis.causes[0]?.id).toBe('error');
      const status = (id: string) => record.checks.find((c) => c.id === id)?.status;
      expect(status('device.privilege')).toBe('error');
      for (const id of ['dns.resolve', 'cloud.https', 'connector.process', 'connector.log'])
        expect(status(id)).toBe('skip');
      expect(status('dns.servers')).toBe('pass');
    });
  }
});
