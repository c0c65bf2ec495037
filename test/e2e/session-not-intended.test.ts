import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BridgeServer } from '../../electron/services/bridge/server';
import { launchChromium, startApp, watchErrors } from '../helpers/browser';
import { idle, openSimulatedSession, shot, stageState, violations } from '../helpers/session-page';

/** Guide 004, scenario 1: "no" to cloud integration leads straight to turning the alert off, and the summary. */
let browser: Browser;
let server: BridgeServer;
let page: Page;
let errors: string[];

beforeAll(async () => {
  ({ server } = await startApp({ simulator: { timeScale: 0.05 } }));
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

describe('cloud integration is not wanted', () => {
  it('answering “no” goes straight to the summary with the health-policy remedy, the network stages skipped', async () => {
    await openSimulatedSession(page, 'cloud-integration-not-intended');
    await page.getByRole('button', { name: 'Next: Prerequisites' }).click();
    const question = page.locator('[data-check="fmc.cloud-intended"]');
    await question.getByRole('radio', { name: 'Yes', exact: true }).check({ force: true });
    await expect(
      page.getByText('Cloud integration is not wanted, so the other checks are not needed', { exact: false }).count(),
    ).resolves.toBe(0);
    await question.getByRole('radio', { name: 'No', exact: true }).check({ force: true });
    await page
      .getByText('Cloud integration is not wanted, so the other checks are not needed', { exact: false })
      .waitFor();
    expect(await violations(page)).toEqual([]);
    await shot(page, 'session-not-intended-2-prerequisites-en-light');

    await page.getByRole('button', { name: 'Save answers and continue' }).click();
    await page.getByRole('heading', { name: 'Summary', level: 2 }).waitFor({ timeout: 60_000 });
    await idle(page);
    await expect(page.locator('.cause-title').first().textContent()).resolves.toBe('Cloud integration is not wanted');
    await expect(page.locator('.first-step .remedy-text').textContent()).resolves.toBe(
      'Turn the alert off: System > Health > Policy > Edit policy > Threat Data Updates on Devices > Enabled (Off) > Save Policy and Exit.',
    );
    for (const stage of ['dns', 'cloud', 'connector'] as const)
      expect(await stageState(page, stage), stage).toBe('skipped');
    expect(await violations(page)).toEqual([]);
    await shot(page, 'session-not-intended-6-summary-en-light');
    expect(errors).toEqual([]);
  });
});
