import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startBridgeHost } from '../electron/services/bridge/host';
import { createLogger, formatLogLine } from '../electron/services/log';

/**
 * `npm run dev:web`: the built renderer in your browser, against the real services over the test
 * bridge. Data goes to a fresh temp folder unless FCD_USER_DATA names one.
 */
const main = async (): Promise<void> => {
  const userDataDir = process.env.FCD_USER_DATA ?? mkdtempSync(join(tmpdir(), 'fcd-dev-web-'));
  const log = createLogger((record) => process.stderr.write(formatLogLine(record)), 'dev-web');
  const server = await startBridgeHost({
    userDataDir,
    staticDir: resolve(__dirname, '..', 'renderer'),
    log,
    port: Number(process.env.PORT ?? 0),
  });
  console.log(`Firepower Cloud Doctor (browser, test bridge)\n  open:      ${server.url}\n  user data: ${userDataDir}\nCtrl-C to stop.`);
  process.on('SIGINT', () => void server.close().then(() => process.exit(0)));
};

void main();
