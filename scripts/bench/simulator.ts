import ssh2 from 'ssh2';
import { startSimulator } from '../../electron/services/simulator';

/**
 * Benchmark of the simulated device (not a test; the lead wires it into `npm run bench`): how long
 * a client takes to log in and reach root, one command's round trip, and the log check on a 500 MB
 * connector.log (PRODUCT.md target: under 2 s and under 1 MB transferred). Median of `runs`.
 */
export interface SimulatorBench {
  readonly loginToRootMs: number;
  readonly commandRoundTripMs: number;
  readonly hugeLogTailMs: number;
  readonly hugeLogTailBytes: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

const ROOT = /# $/;

const once = async (): Promise<SimulatorBench> => {
  const sim = await startSimulator({ scenario: 'healthy', faults: ['huge-log'] });
  const client = new ssh2.Client();
  let buffer = '';
  let bytes = 0;
  const started = Date.now();
  await new Promise<void>((resolve, reject) => {
    client.on('ready', () => resolve()).on('error', reject);
    client.connect({
      host: sim.host,
      port: sim.port,
      username: sim.username,
      password: sim.password,
      hostVerifier: () => true,
    });
  });
  const channel = await new Promise<ssh2.ClientChannel>((resolve, reject) =>
    client.shell({ term: 'xterm', rows: 24, cols: 200 }, (error, ch) => (error ? reject(error) : resolve(ch))),
  );
  const waiters: (() => void)[] = [];
  channel.on('data', (data: Buffer) => {
    bytes += data.length;
    buffer += data.toString();
    for (const wake of waiters.splice(0)) wake();
  });
  const expect = async (pattern: RegExp) => {
    while (!pattern.test(buffer)) await new Promise<void>((resolve) => waiters.push(resolve));
    buffer = '';
  };
  await expect(/> $/);
  channel.write('expert\r');
  await expect(/\$ $/);
  channel.write('sudo su -\r');
  await expect(/Password: $/);
  channel.write(`${sim.sudoPassword}\r`);
  await expect(ROOT);
  const loginToRootMs = Date.now() - started;
  const commandStarted = Date.now();
  channel.write('printf \'%s\\n\' "__M__ $?"\r');
  await expect(ROOT);
  const commandRoundTripMs = Date.now() - commandStarted;
  const before = bytes;
  const tailStarted = Date.now();
  channel.write('tail -n 500 /ngfw/var/log/connector/connector.log\r');
  await expect(ROOT);
  const hugeLogTailMs = Date.now() - tailStarted;
  const hugeLogTailBytes = bytes - before;
  client.end();
  await sim.close();
  return { loginToRootMs, commandRoundTripMs, hugeLogTailMs, hugeLogTailBytes };
};

export const benchSimulator = async (runs = 5): Promise<SimulatorBench> => {
  const results: SimulatorBench[] = [];
  for (let i = 0; i < runs; i += 1) results.push(await once());
  return {
    loginToRootMs: median(results.map((r) => r.loginToRootMs)),
    commandRoundTripMs: median(results.map((r) => r.commandRoundTripMs)),
    hugeLogTailMs: median(results.map((r) => r.hugeLogTailMs)),
    hugeLogTailBytes: median(results.map((r) => r.hugeLogTailBytes)),
  };
};

void benchSimulator(7).then((r) => {
  console.log(`simulator, median of 7: login to root ${r.loginToRootMs} ms; one framed command ${r.commandRoundTripMs} ms;`);
  console.log(`  tail -n 500 of the 500 MB connector.log: ${r.hugeLogTailMs} ms, ${(r.hugeLogTailBytes / 1024).toFixed(0)} KB sent (target < 2 s, < 1 MB)`);
});
