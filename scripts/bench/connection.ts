/**
 * "Test connection" benchmark: the whole test (login with the host key verified, `show version`,
 * disconnect) against a simulator whose key is already trusted, and the built-in simulated device
 * (which also starts a fresh simulator per test). Median of 7 runs. PRODUCT.md sets no goal for
 * it; the healthy full diagnosis must take under 3 s, so the login part should be a small share.
 *
 *   npm run bench connection
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SIMULATED_PROFILE } from '../../shared/model/profile';
import { testProfileConnection, testSimulatedConnection } from '../../electron/services/connection/test-connection';
import { createBroadcaster } from '../../electron/services/ipc/dispatch';
import { silentLogger } from '../../electron/services/log';
import { createPromptBroker } from '../../electron/services/prompts/prompt-broker';
import { startSimulator } from '../../electron/services/simulator/index';
import { fmtMs, median, timeRuns } from './lib/stats';

const RUNS = 7;

const main = async () => {
  const prompts = createPromptBroker(createBroadcaster(silentLogger));
  const sim = await startSimulator({});
  const dir = mkdtempSync(join(tmpdir(), 'fcd-bench-connection-'));
  const knownHostsPath = join(dir, 'known_hosts');
  writeFileSync(knownHostsPath, `${sim.hostKeyLine}\n`);
  const profile = { ...SIMULATED_PROFILE, id: 'bench', host: sim.host, port: sim.port };
  const expectOk = (result: { ok: boolean }) => {
    if (!result.ok) throw new Error(`test connection failed: ${JSON.stringify(result)}`);
  };
  try {
    const saved = await timeRuns(RUNS, async () =>
      expectOk(await testProfileConnection(profile, { prompts, knownHostsPath, savedSecret: () => Promise.resolve(sim.password) })),
    );
    const simulated = await timeRuns(RUNS, async () => expectOk(await testSimulatedConnection(SIMULATED_PROFILE, { prompts })));
    console.log(`test connection, saved device (known key, saved password): median ${fmtMs(median(saved))} of ${RUNS}`);
    console.log(`test connection, built-in simulated device (fresh simulator each): median ${fmtMs(median(simulated))} of ${RUNS}`);
  } finally {
    await sim.close();
    rmSync(dir, { recursive: true, force: true });
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
