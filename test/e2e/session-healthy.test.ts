import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BridgeServer } from '../../electron/services/bridge/server';
import { STAGE_IDS } from '../../shared/model/check';
import { launchChromium, startApp, watchErrors } from '../helpers/browser';
import {
  idle,
  openSimulatedSession,
  shot,
  stageState,
  step,
  until,
  violations,
} from '../helpers/session-page';

/**
 * A healthy device with "Run all"; a session cancelled half-way (what ran is kept); and the Report
 * screen listing both, one opened read-only.
 */
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

describe('a healthy device, run all at once', () => {
  it('shows the start panel with the scenario list and passes axe', async () => {
    await page.locator('li.profile-row').first().getByRole('button', { name: 'Start troubleshooting' }).click();
    await page.getByRole('heading', { name: 'Start a session' }).waitFor();
    await expect(page.getByLabel('What is wrong with the simulated device').inputValue()).resolves.toBe(
      'dns-not-configured',
    );
    expect(await violations(page)).toEqual([]);
    await shot(page, 'session-0-start-en-light');
  });

  it('runs every stage and says the device is healthy', async () => {
    await openSimulatedSession(page, 'healthy');
    await page.getByRole('button', { name: 'Run all remaining' }).click();
    await page.getByRole('heading', { name: 'Summary', level: 2 }).waitFor({ timeout: 60_000 });
    await idle(page);
    for (const stage of STAGE_IDS) expect(await stageState(page, stage), stage).toBe('passed');
    await page.locator('.verdict').getByText(/Healthy: the device reaches the Cisco cloud/).waitFor();
    await expect(page.locator('.cause-confidence').first().textContent()).resolves.toMatch(
      /^Confidence: high \(\d+ %\)$/,
    );
    expect(await violations(page)).toEqual([]);
    await shot(page, 'session-healthy-6-summary-en-light');
    await step(page, 'cloud').getByRole('button').click();
    expect(await violations(page)).toEqual([]);
    await shot(page, 'session-healthy-4-cloud-en-light');
  });

  it('cancels a session half-way: it stops cleanly, keeps what ran and says so', async () => {
    await page.getByRole('button', { name: 'New session' }).click();
    await page.getByRole('heading', { name: 'Start a session' }).waitFor();
    await openSimulatedSession(page, 'cloud-unreachable');
    await page.getByRole('button', { name: 'Run all remaining' }).click();
    await until(
      page,
      `!!document.querySelector('.stepper li[data-stage="cloud"].step-running')`,
      30_000,
      'the cloud stage to run',
    );
    await page.getByRole('button', { name: 'Cancel session' }).click();
    await page
      .getByText('The session was cancelled. What ran is kept; the summary covers only that.')
      .waitFor({ timeout: 30_000 });
    await idle(page);
    expect(await stageState(page, 'connect')).toBe('passed');
    // A cancelled session never claims the device is healthy: the checks it skipped prove nothing.
    await expect(page.locator('.verdict').textContent()).resolves.toMatch(/Incomplete: the session did not finish/);
    expect(await stageState(page, 'summary')).toBe('warned');
    await expect(page.locator('.session-state').textContent()).resolves.toBe('Cancelled');
    expect(await violations(page)).toEqual([]);
    await shot(page, 'session-cancelled-summary-en-light');
    await step(page, 'connector').getByRole('button').click();
    await expect(page.locator('[data-check="connector.log"] .check-explanation').textContent()).resolves.toBe(
      'Result: Not run: the session was cancelled.',
    );
  });

  it('lists both sessions on the Report screen and opens one read-only', async () => {
    await page.locator('.nav-item').filter({ hasText: 'Report' }).click();
    await page.getByRole('heading', { name: 'Report', level: 1 }).waitFor();
    await until(page, `document.querySelectorAll('.history-row').length === 2`, 10_000, 'two past sessions');
    const rows = await page.locator('.history-row').allTextContents();
    expect(rows[0]).toMatch(/Cloud blackholed.*Cancelled/);
    expect(rows[1]).toMatch(/Healthy device.*Finished.*Healthy/);
    expect(await violations(page)).toEqual([]);
    await shot(page, 'report-history-en-light');

    await page.locator('.history-row').nth(1).getByRole('button', { name: /^Open/ }).click();
    await page.getByText('A past session, read-only. Start a new session to run the checks again.').waitFor();
    await page.getByRole('heading', { name: 'Summary', level: 2 }).waitFor();
    await expect(page.getByRole('button', { name: 'Run all remaining' }).count()).resolves.toBe(0);
    await step(page, 'dns').getByRole('button').click();
    await expect(page.getByRole('button', { name: /Run again/ }).count()).resolves.toBe(0);
    expect(await violations(page)).toEqual([]);
    await shot(page, 'report-past-session-dns-en-light');
    await page.getByRole('button', { name: 'Back to the list' }).click();
    await page.locator('.history-row').first().waitFor();

    // The live session is still there, untouched by the read-only one.
    await page.locator('.nav-item').filter({ hasText: 'Troubleshoot' }).click();
    await expect(page.locator('.session-state').textContent()).resolves.toBe('Cancelled');
    expect(errors).toEqual([]);
  });
});
