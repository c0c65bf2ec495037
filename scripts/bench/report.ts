// Benchmark: the PDF of a full session with evidence (PRODUCT.md target: under 1 s). Times the
// whole path writeReport takes (redaction, model, document, pdfmake) for the failing session with
// a 3000-line connector.log, in English and Korean; prints the cold first run and the median of 5
// (wall time, and CPU time, which says more on a busy machine).
// Run with `npm run bench:report` (bundled by scripts/bench.mjs like the CLI).
import { performance } from 'node:perf_hooks';
import { renderReport } from '../../electron/services/report/render-report';
import { FIXTURE_SECRETS, failingSession, koreanSession } from '../../test/helpers/session-fixtures';

const RUNS = 5;
const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

const time = async (label: string, make: () => Promise<Uint8Array>): Promise<void> => {
  const cold = performance.now();
  const first = await make();
  const coldMs = performance.now() - cold;
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    await make();
    const used = process.cpuUsage(startCpu);
    wall.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  const ms = median(wall);
  console.log(
    `${label}: median ${ms.toFixed(0)} ms wall, ${median(cpu).toFixed(0)} ms CPU, of ${RUNS} (first run ${coldMs.toFixed(0)} ms), ` +
      `${(first.byteLength / 1024).toFixed(0)} KB — target < 1000 ms: ${ms < 1000 ? 'met' : 'MISSED'}`,
  );
};

const main = async () => {
  const record = failingSession({ logLines: 3000 });
  const options = { format: 'pdf', secrets: FIXTURE_SECRETS, generatedAt: '2026-03-14T10:00:00.000Z' } as const;
  await time('report PDF, full failing session, English', () => renderReport({ ...options, record, lang: 'en' }));
  await time('report PDF, full failing session, Korean', () => renderReport({ ...options, record, lang: 'ko', redaction: { addresses: true, hostnames: true } }));
  await time('report PDF, Korean device output, Korean', () => renderReport({ ...options, record: koreanSession(), lang: 'ko' }));
};

void main();
