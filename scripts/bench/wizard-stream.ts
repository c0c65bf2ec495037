/**
 * Is the wizard still responsive while output streams? The real renderer in Chromium, through
 * the test bridge, runs a whole session against the simulated device whose SSE Connector commands
 * print thousands of lines of console noise first (simulator fault `flood`). Meanwhile the page
 * records its longest main-thread task (PerformanceObserver "longtask") and its longest gap
 * between animation frames; a frozen UI shows up as a long gap.
 * Goal (issue 6, item 7): no frame gap over 250 ms while 20 000 lines stream. Needs `npm run build`.
 *
 *   npm run bench wizard-stream
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startBridgeHost } from '../../electron/services/bridge/host';
import { silentLogger } from '../../electron/services/log';
import { launchChromium } from '../../test/helpers/browser';
import { idle, openSimulatedSession } from '../../test/helpers/session-page';

const LINES_PER_COMMAND = 5000;
/** pmtool, lsof (twice) and netstat: the connector stage's commands. */
const FLOODED = '^(pmtool|lsof|netstat)';
const GOAL_MS = 250;

const main = async () => {
  const userDataDir = mkdtempSync(join(tmpdir(), 'fcd-bench-stream-'));
  const server = await startBridgeHost({
    userDataDir,
    staticDir: resolve('dist', 'renderer'),
    log: silentLogger,
    simulator: { timeScale: 0.05, faults: [`flood:lines=${LINES_PER_COMMAND},match=${FLOODED}`] },
  });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(60_000);
    await page.goto(server.url);
    await page.locator('li.profile-row').first().waitFor();
    await openSimulatedSession(page, 'healthy');
    await page.evaluate(`(() => {
      const perf = { longest: 0, longestAt: 0, tasks: 0, gap: 0, gapAt: 0, frames: 0, start: performance.now(), last: performance.now(), on: true };
      window.__perf = perf;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) { perf.tasks += 1; if (entry.duration > perf.longest) { perf.longest = entry.duration; perf.longestAt = entry.startTime - perf.start; } }
      }).observe({ type: 'longtask' });
      const frame = (now) => {
        if (now - perf.last > perf.gap) { perf.gap = now - perf.last; perf.gapAt = now - perf.start; }
        perf.last = now;
        perf.frames += 1;
        if (perf.on) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    })()`);
    const started = Date.now();
    await page.getByRole('button', { name: 'Run all remaining' }).click();
    await page.getByRole('heading', { name: 'Summary', level: 2 }).waitFor({ timeout: 120_000 });
    await idle(page);
    const elapsed = Date.now() - started;
    const perf = await page.evaluate<{ longest: number; longestAt: number; tasks: number; gap: number; gapAt: number; frames: number }>(
      '(() => { window.__perf.on = false; return window.__perf; })()',
    );
    // Proof the flood reached the renderer: the connector's process check kept every line, showing the last ones.
    await page.locator('.stepper li[data-stage="connector"]').getByRole('button').click();
    const processCard = page.locator('[data-check="connector.process"]');
    await processCard.locator('details.evidence > summary').click();
    const trimmed = (await processCard.locator('.evidence-trimmed').first().textContent()) ?? 'no trimmed note';
    console.log(`session with ${4 * LINES_PER_COMMAND} lines of streamed output: ${(elapsed / 1000).toFixed(1)} s`);
    console.log(`  connector.process evidence: ${trimmed}`);
    console.log(`  frames drawn: ${perf.frames} (${((perf.frames * 1000) / elapsed).toFixed(0)} per second)`);
    console.log(`  longest gap between frames: ${perf.gap.toFixed(0)} ms, ending ${(perf.gapAt / 1000).toFixed(2)} s in (goal < ${GOAL_MS} ms)`);
    console.log(`  long tasks (> 50 ms): ${perf.tasks}, longest ${perf.longest.toFixed(0)} ms at ${(perf.longestAt / 1000).toFixed(2)} s`);
    if (perf.gap > GOAL_MS) process.exitCode = 1;
  } finally {
    await browser.close();
    await server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
