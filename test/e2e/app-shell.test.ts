import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BridgeServer } from '../../electron/services/bridge/server';
import { launchChromium, screenshotPath, startApp, watchErrors } from '../helpers/browser';

let browser: Browser;
let server: BridgeServer;
let page: Page;
let errors: string[];

beforeAll(async () => {
  ({ server } = await startApp());
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  errors = watchErrors(page);
  await page.goto(server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('app shell in Chromium through the test bridge', () => {
  it('opens on the devices screen, with the token gone from the address bar', async () => {
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Devices');
    expect(page.url()).not.toContain('token');
    await expect(page.getByRole('navigation', { name: 'Main' }).isVisible()).resolves.toBe(true);
  });

  it('switches the language to Korean and back', async () => {
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByText('한국어').click();
    await page.getByRole('button', { name: '설정' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ko');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('설정');
    await page.evaluate('document.fonts.ready');
    await page.screenshot({ path: screenshotPath('app-shell-settings-ko') });

    await page.getByRole('button', { name: '문제 해결' }).click();
    await page.screenshot({ path: screenshotPath('app-shell-session-ko') });

    await page.getByRole('button', { name: '설정' }).click();
    await page.getByText('English').click();
    await page.getByRole('button', { name: 'Settings' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await page.screenshot({ path: screenshotPath('app-shell-settings-en') });
  });

  it('ran without a console error or CSP violation', () => {
    expect(errors).toEqual([]);
  });
});
