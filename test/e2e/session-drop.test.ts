import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BridgeServer } from '../../electron/services/bridge/server';
import { launchChromium, startApp, watchErrors } from '../helpers/browser';
import { card, checkStatus, idle, openSimulatedSession, shot, step, violations } from '../helpers/session-page';

/**
 * The SSH session drops in the middle of `show network` (simulator fault `drop-session`), and
 * again on the engine's one automatic reconnect: the session stops, the checks lost to the drop
 * are named in a banner with "Retry", which connects once more and runs them again.
 */
let browser: Browser;
let server: BridgeServer;
let page: Page;
let errors: string[];

beforeAll(async () => {
  ({ server } = await startApp({ simulator: { timeScale: 0.05, faults: ['drop-session:times=2,match=show network'] } }));
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(15_000);
  errors = watchErrors(page);
  await page.goto(server.url);
  await page.locator('li.profile-row').first().waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a dropped SSH session', () => {
  it('names the checks lost to the drop, and Retry runs them again', async () => {
    await openSimulatedSession(page, 'healthy');
    await page.getByRole('button', { name: 'Run all remaining' }).click();
    await page.getByRole('heading', { name: 'Summary', level: 2 }).waitFor({ timeout: 60_000 });
    await idle(page);
    const banner = page.locator('.connection-banner[role="alert"]');
    await banner.waitFor();
    await expect(banner.textContent()).resolves.toMatch(
      /is closed and the session cannot go on\..*could not run because of the connection\./,
    );
    await step(page, 'dns').getByRole('button').click();
    expect(await checkStatus(page, 'dns.servers')).toBe('error');
    await expect(card(page, 'dns.servers').locator('.check-explanation').textContent()).resolves.toContain(
      'The SSH session dropped while this check ran',
    );
    expect(await violations(page)).toEqual([]);
    await shot(page, 'session-drop-banner-en-light');

    await banner.getByRole('button', { name: 'Retry' }).click();
    await banner.waitFor({ state: 'detached', timeout: 30_000 });
    await idle(page);
    expect(await checkStatus(page, 'dns.servers')).toBe('pass');
    expect(await checkStatus(page, 'dns.resolve')).toBe('pass');
    await step(page, 'summary').getByRole('button').click();
    await page.locator('.verdict').getByText(/Healthy: the device reaches the Cisco cloud/).waitFor();
    await shot(page, 'session-drop-retried-summary-en-light');
    expect(errors).toEqual([]);
  });
});
