import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BridgeServer } from '../../electron/services/bridge/server';
import { launchChromium, startApp, watchErrors } from '../helpers/browser';
import { card, checkStatus, idle, openSimulatedSession, shot, step, violations } from '../helpers/session-page';

/** `connector-ipc-broken`: the summary names it first, and the restart remedy (guide 000) fixes it. */
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

describe('the SSE Connector cannot reach EventHandler', () => {
  it('names the broken link first, with the restart as what to do first', async () => {
    await openSimulatedSession(page, 'connector-ipc-broken');
    await page.getByRole('button', { name: 'Run all remaining' }).click();
    await page.getByRole('heading', { name: 'Summary', level: 2 }).waitFor({ timeout: 60_000 });
    await idle(page);
    await expect(page.locator('.cause-title').first().textContent()).resolves.toBe(
      'Connector cannot reach EventHandler',
    );
    await expect(
      page.locator('.first-step').getByRole('button', { name: 'Restart the SSE Connector…' }).count(),
    ).resolves.toBe(1);
    await shot(page, 'session-connector-6-summary-en-light');
    await step(page, 'connector').getByRole('button').click();
    expect(await checkStatus(page, 'connector.ipc')).toBe('fail');
    await expect(card(page, 'connector.ipc').locator('pre.evidence-output').first().textContent()).resolves.toContain(
      'LISTENING',
    );
    await shot(page, 'session-connector-5-connector-en-light');
  });

  it('restarts the connector after confirmation and the link passes', async () => {
    await card(page, 'connector.ipc').getByRole('button', { name: 'Restart the SSE Connector…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Restart the SSE Connector' });
    await dialog.waitFor();
    await dialog.getByText('pmtool disablebyid SSEConnector').waitFor();
    await dialog.getByText('pmtool enablebyid SSEConnector').waitFor();
    await expect(dialog.getByText('as root (after sudo su -)').count()).resolves.toBe(2);
    // Focus starts on Cancel: Enter never changes the device by accident.
    await expect(page.evaluate<string | null>(`document.activeElement?.textContent ?? null`)).resolves.toBe('Cancel');
    expect(await violations(page, '[role="dialog"]')).toEqual([]);
    await shot(page, 'session-connector-action-confirm-en-light');
    await dialog.getByRole('button', { name: 'Run on the device' }).click();
    await dialog.getByText('Done. The affected checks ran again:').waitFor({ timeout: 30_000 });
    const rows = await dialog.locator('table.before-after tr').allTextContents();
    expect(rows.find((r) => r.startsWith('Connector to EventHandler link'))).toMatch(/Failed.*Passed/);
    await shot(page, 'session-connector-action-done-en-light');
    await dialog.getByRole('button', { name: 'Close' }).last().click();
    await dialog.waitFor({ state: 'detached' });
    await idle(page);
    expect(await checkStatus(page, 'connector.ipc')).toBe('pass');
    await expect(card(page, 'connector.ipc').locator('.before-after-line').textContent()).resolves.toBe(
      'After “Restart the SSE Connector”: Failed → Passed',
    );
    // Focus comes back to where the admin was.
    await expect(
      page.evaluate<boolean>(`!!document.activeElement?.closest('[data-check="connector.ipc"]')`),
    ).resolves.toBe(true);
    await step(page, 'summary').getByRole('button').click();
    // The link itself is fixed: no cause rests on the netstat check any more (connector.log keeps the
    // last hour's errors, which the log check still reports).
    await expect(page.locator('.causes').textContent()).resolves.not.toContain('Connector to EventHandler link');
    await expect(page.locator('.applied-actions').textContent()).resolves.toContain('pmtool disablebyid SSEConnector');
    expect(errors).toEqual([]);
  });
});
