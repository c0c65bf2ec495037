// Benchmark (issue 4 item 8; PRODUCT.md targets): a full diagnosis over real SSH against the
// built-in simulated device, for `healthy` (target < 3 s) and `cloud-unreachable` — every cloud
// host silently dropping packets (target < 15 s) — median of several runs, each also run strictly
// sequentially (one check at a time, one shell channel) as the baseline the concurrency is
// measured against. The simulator runs in real time (timeScale 1): curl really waits for its
// --connect-timeout on a blackholed host.
import { CATALOG } from '../../shared/catalog/index';
import { diagnose } from '../../shared/diagnosis/diagnose';
import { DiagnosisSession } from '../../electron/services/engine/session';
import { sshLink } from '../../electron/services/engine/ssh-link';
import { startDemoDevice } from '../../electron/services/simulator/demo-device';
import { fmtMs, median } from './lib/stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);

const once = async (scenario: string, sequential: boolean): Promise<{ ms: number; first: string }> => {
  const device = await startDemoDevice({ scenario });
  const started = performance.now();
  const session = new DiagnosisSession({
    link: sshLink({ ...device.connect, ...(sequential ? { maxChannels: 1 } : {}) }),
    device: { host: device.connect.host, type: 'ftd', region: 'us' },
    catalog: CATALOG,
    answers: device.answers,
    diagnose,
    ...(sequential ? { concurrency: 1 } : {}),
  });
  const record = await session.runAll();
  const ms = performance.now() - started;
  await session.close();
  await device.close();
  return { ms, first: record.diagnosis.causes[0]?.id ?? '-' };
};

const measure = async (scenario: string, sequential: boolean) => {
  const results = [];
  for (let i = 0; i < RUNS; i += 1) results.push(await once(scenario, sequential));
  return { ms: median(results.map((r) => r.ms)), first: results[0]?.first ?? '-' };
};

const main = async (): Promise<void> => {
  console.log(`full diagnosis over SSH against the simulator, ${CATALOG.length} checks, median of ${RUNS}`);
  let missed = false;
  for (const [scenario, target] of [['healthy', 3000], ['cloud-unreachable', 15_000]] as const) {
    const concurrent = await measure(scenario, false);
    const sequential = await measure(scenario, true);
    const ok = concurrent.ms < target;
    missed ||= !ok;
    console.log(
      `  ${scenario.padEnd(18)} concurrent ${fmtMs(concurrent.ms).padStart(8)}  sequential ${fmtMs(sequential.ms).padStart(8)}  ` +
        `(${(sequential.ms / concurrent.ms).toFixed(1)}× faster; first cause ${concurrent.first}; target < ${fmtMs(target)}: ${ok ? 'met' : 'MISSED'})`,
    );
  }
  process.exitCode = missed ? 1 : 0;
};

void main();
