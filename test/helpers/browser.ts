import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { startBridgeHost } from '../../electron/services/bridge/host';
import type { BridgeServer } from '../../electron/services/bridge/server';
import { memoryLogger } from './memory-log';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const RENDERER_DIST = resolve(__dirname, '..', '..', 'dist', 'renderer');
export const RESULTS_DIR = resolve(__dirname, '..', '..', 'test-results');

/**
 * Debian's Chromium, headless, with the network chatter off (this machine refuses it, and a test
 * must not talk to anything but loopback anyway).
 */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });

/** The real renderer, served by the test bridge with the real services behind it. */
export const startApp = async (
  options: Pick<Parameters<typeof startBridgeHost>[0], 'testEncryption' | 'simulator' | 'desktop'> = {},
): Promise<{ server: BridgeServer; userDataDir: string; logs: ReturnType<typeof memoryLogger>['records'] }> => {
  if (!existsSync(join(RENDERER_DIST, 'index.html'))) {
    throw new Error('dist/renderer is missing: run `npm run build` first (npm test does).');
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'fcd-e2e-'));
  const { log, records } = memoryLogger();
  const server = await startBridgeHost({ userDataDir, staticDir: RENDERER_DIST, log, ...options });
  return { server, userDataDir, logs: records };
};

/** Collects console errors and page errors (a CSP violation shows up here). */
export const watchErrors = (page: Page): string[] => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
};

export const screenshotPath = (name: string): string => {
  mkdirSync(RESULTS_DIR, { recursive: true });
  return join(RESULTS_DIR, `${name}.png`);
};

export const tempDir = (prefix: string): string => mkdtempSync(join(tmpdir(), prefix));

/**
 * A full-page screenshot in test-results/; with a dialog open, the window is first made tall
 * enough to show all of its body (a scrolled dialog would hide what the screenshot is for).
 */
export const screenshot = async (page: Page, name: string): Promise<void> => {
  await page.evaluate('document.fonts.ready');
  const viewport = page.viewportSize();
  const tall = await page.evaluate<number>(
    `(() => { const body = document.querySelector('[aria-modal="true"] .modal-body'); return body ? body.scrollHeight - body.clientHeight : 0; })()`,
  );
  if (viewport && tall > 0) await page.setViewportSize({ width: viewport.width, height: viewport.height + tall });
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
  if (viewport && tall > 0) await page.setViewportSize(viewport);
};

/** A form field by its label; required fields say so after it ("Name (required)"). */
export const fieldByLabel = (within: Locator, label: string): Locator =>
  within.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(.+\\))?$`));

/** Close whatever dialog a failed step left open (and the page inert behind it), for the next test. */
export const closeOpenDialogs = async (page: Page): Promise<void> => {
  for (let i = 0; i < 3 && (await page.locator('[aria-modal="true"]').count()) > 0; i += 1) await page.keyboard.press('Escape');
};

/**
 * The app served by the test bridge, open in a fresh Chromium page (1200×860) with its console
 * errors collected. `close` ends the browser and the bridge.
 */
export const openApp = async (options: { readonly testEncryption?: boolean; readonly acceptDownloads?: boolean; readonly timeoutMs?: number } = {}) => {
  const app = await startApp(options.testEncryption ? { testEncryption: true } : {});
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1200, height: 860 }, acceptDownloads: options.acceptDownloads === true });
  page.setDefaultTimeout(options.timeoutMs ?? 10_000);
  const errors = watchErrors(page);
  await page.goto(app.server.url);
  return {
    ...app,
    browser,
    page,
    errors,
    close: async () => {
      await browser.close();
      await app.server.close();
    },
  };
};
