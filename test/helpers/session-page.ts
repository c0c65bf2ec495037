import type { Locator, Page } from 'playwright-core';
import type { StageId } from '../../shared/model/check';
import { seriousViolations, type AxeViolation } from './axe';
import { screenshotPath } from './browser';

/**
 * Driving the wizard in Chromium: open a session on the simulated device, wait for what the
 * session is doing to settle, read stage and check states, and take screenshots of the whole
 * screen (the content area scrolls, so the window is made as tall as it).
 */
export const step = (page: Page, stage: StageId): Locator => page.locator(`.stepper li[data-stage="${stage}"]`);
export const card = (page: Page, id: string): Locator => page.locator(`[data-check="${id}"]`);

/** A stage's state word class (`step-passed`, `step-failed`, …) without the `step-` prefix. */
export const stageState = async (page: Page, stage: StageId): Promise<string> => {
  const cls = (await step(page, stage).getAttribute('class')) ?? '';
  return /step-(pending|running|passed|failed|warned|skipped)/.exec(cls)?.[1] ?? 'unknown';
};

/** The card's status: the badge's class. */
export const checkStatus = async (page: Page, id: string): Promise<string> => {
  const cls = (await card(page, id).locator('.badge').first().getAttribute('class')) ?? '';
  return /badge-([a-z]+)/.exec(cls)?.[1] ?? 'unknown';
};

/**
 * Poll an expression in the page until it is true. Not page.waitForFunction: that compiles its
 * predicate with `new Function` inside the page, which the app's CSP (no unsafe-eval) refuses;
 * page.evaluate of a string goes through the DevTools protocol, which CSP does not govern.
 */
export const until = async (page: Page, expression: string, timeout = 60_000, what = expression): Promise<void> => {
  const deadline = Date.now() + timeout;
  while (!(await page.evaluate<boolean>(expression))) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

/** Nothing running: no operation busy and no stage running. */
export const idle = (page: Page, timeout = 60_000): Promise<void> =>
  until(
    page,
    `!!document.querySelector('.session-workspace') && !document.querySelector('.session-workspace[aria-busy="true"]') && !document.querySelector('.stepper .step-running')`,
    timeout,
    'the session to be idle',
  );

/** Until the stage has a state other than pending/running. */
export const stageDone = (page: Page, stage: StageId, timeout = 60_000): Promise<void> =>
  until(
    page,
    `(() => { const li = document.querySelector('.stepper li[data-stage="${stage}"]'); return !!li && !/step-(pending|running)/.test(li.className); })()`,
    timeout,
    `stage ${stage} to finish`,
  );

/** From the Devices screen: the simulated device, a scenario, "Connect and start", the Connect stage done. */
export const openSimulatedSession = async (
  page: Page,
  scenario: string,
  options: { readonly deviceType?: 'FTD' | 'FMC' } = {},
) => {
  await page.getByRole('button', { name: 'Devices' }).click();
  await page.locator('li.profile-row').first().getByRole('button', { name: 'Start troubleshooting' }).click();
  await page.getByRole('heading', { name: 'Start a session' }).waitFor();
  await page.getByLabel('What is wrong with the simulated device').selectOption(scenario);
  if (options.deviceType) await page.getByRole('radio', { name: options.deviceType }).check({ force: true });
  await page.getByRole('button', { name: 'Connect and start' }).click();
  await stageDone(page, 'connect');
  await idle(page);
};

/** Switch the UI language from the Settings screen and come back to `back` (state is kept). */
export const setLanguage = async (page: Page, lang: 'en' | 'ko', back: RegExp) => {
  await page.locator('.nav-item').nth(3).click();
  await page.getByRole('radio', { name: lang === 'ko' ? '한국어' : 'English' }).check({ force: true });
  await until(page, `document.documentElement.lang === '${lang}'`, 10_000);
  await page.locator('.nav-item').filter({ hasText: back }).click();
};

/** A screenshot of the whole screen, as tall as its content (and any open dialog). */
export const shot = async (page: Page, name: string): Promise<void> => {
  await page.evaluate('document.fonts.ready');
  const viewport = page.viewportSize();
  const height = await page.evaluate<number>(
    `Math.max(document.querySelector('.content')?.scrollHeight ?? 0, (() => { const m = document.querySelector('[aria-modal="true"]'); return m ? m.scrollHeight + 80 : 0; })())`,
  );
  if (viewport && height > viewport.height) await page.setViewportSize({ width: viewport.width, height });
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
  if (viewport && height > viewport.height) await page.setViewportSize(viewport);
};

/** axe's serious and critical violations, with enough detail to fix them. */
export const violations = (page: Page, selector?: string): Promise<AxeViolation[]> => seriousViolations(page, selector);
