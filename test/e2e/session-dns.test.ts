import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFolderDesktopShell } from '../../electron/services/bridge/folder-desktop-shell';
import type { BridgeServer } from '../../electron/services/bridge/server';
import { STAGE_IDS } from '../../shared/model/check';
import { launchChromium, startApp, watchErrors } from '../helpers/browser';
import {
  card,
  checkStatus,
  idle,
  openSimulatedSession,
  setLanguage,
  shot,
  stageDone,
  stageState,
  step,
  violations,
} from '../helpers/session-page';

/**
 * The richest walk through the wizard: `dns-not-configured` stage by stage, the DNS remedy applied
 * with confirmation (and seen to pass), the summary, "Export report", and every stage looked at in
 * English and Korean, light and dark (screenshots in test-results/), with axe on each.
 */
let browser: Browser;
let server: BridgeServer;
let page: Page;
let errors: string[];
const exportDir = mkdtempSync(join(tmpdir(), 'fcd-e2e-exports-'));
const shell = createFolderDesktopShell(exportDir);

beforeAll(async () => {
  ({ server } = await startApp({ simulator: { timeScale: 0.05 }, desktop: shell }));
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

describe('a session on the simulated device with no DNS servers', () => {
  it('connects, and the Connect stage passes card by card', async () => {
    await openSimulatedSession(page, 'dns-not-configured');
    expect(await stageState(page, 'connect')).toBe('passed');
    for (const id of ['ssh.connect', 'device.version', 'device.managers', 'time.ntp', 'device.privilege']) {
      expect(await checkStatus(page, id), id).toBe('pass');
    }
    await expect(card(page, 'ssh.connect').textContent()).resolves.toMatch(/host key SHA256:/);
    expect(await violations(page)).toEqual([]);
  });

  it('asks the four FMC questions with their menu paths, pre-filled for the scenario', async () => {
    await page.getByRole('button', { name: 'Next: Prerequisites' }).click();
    await page.getByRole('heading', { name: 'Prerequisites', level: 2 }).waitFor();
    await expect(page.locator('fieldset.question').count()).resolves.toBe(4);
    await expect(page.locator('[data-check="fmc.license-mode"] .menu-path').textContent()).resolves.toBe(
      'System > Licenses > Smart Licenses',
    );
    await expect(page.locator('[data-check="fmc.cloud-events"] .menu-path').textContent()).resolves.toBe(
      'System > Integration > Cloud Services',
    );
    await expect(page.locator('[data-check="fmc.cloud-intended"] input[value="yes"]').isChecked()).resolves.toBe(true);
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save answers and continue' }).click();
    await stageDone(page, 'dns');
    await idle(page);
    expect(await stageState(page, 'prerequisites')).toBe('passed');
  });

  it('finds no DNS server, and offers the remedy with the exact command', async () => {
    expect(await stageState(page, 'dns')).toBe('failed');
    expect(await checkStatus(page, 'dns.servers')).toBe('fail');
    expect(await checkStatus(page, 'dns.resolve')).toBe('skip');
    const servers = card(page, 'dns.servers');
    await expect(servers.locator('.remedy .command-text').textContent()).resolves.toContain(
      'configure network dns servers',
    );
    // Evidence of a failed check is open, monospaced and copyable.
    await expect(servers.locator('details.evidence').getAttribute('open')).resolves.not.toBeNull();
    await expect(servers.locator('.evidence-command .command-text').first().textContent()).resolves.toContain(
      'show network',
    );
    await expect(servers.locator('pre.evidence-output').first().textContent()).resolves.toMatch(
      /Hostname\s+: firepower/,
    );
  });

  it('applies the DNS remedy only after confirmation with valid addresses, then the checks pass', async () => {
    await card(page, 'dns.servers').getByRole('button', { name: 'Set DNS servers…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Set the DNS servers' });
    await dialog.waitFor();
    const field = dialog.getByRole('textbox', { name: /DNS server addresses/ });
    await expect(page.evaluate<string | null>(`document.activeElement?.getAttribute('name') ?? null`)).resolves.toBe(
      'dns-servers',
    );
    await field.fill('8.8.8.8; reboot');
    await field.blur();
    await dialog.getByText('“reboot” is not an IP address.').waitFor();
    await expect(dialog.getByText('configure network dns servers').count()).resolves.toBe(0);
    await dialog.getByRole('button', { name: 'Run on the device' }).click();
    await expect(page.evaluate<string | null>(`document.activeElement?.getAttribute('name') ?? null`)).resolves.toBe(
      'dns-servers',
    );

    await field.fill('208.67.222.222, 208.67.220.220');
    await dialog.getByText('configure network dns servers 208.67.222.222,208.67.220.220').waitFor();
    await dialog.getByText('at the > prompt').waitFor();
    expect(await violations(page, '[role="dialog"]')).toEqual([]);
    await shot(page, 'session-dns-action-confirm-en');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await violations(page, '[role="dialog"]')).toEqual([]);
    await shot(page, 'session-dns-action-confirm-en-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    await dialog.getByRole('button', { name: 'Run on the device' }).click();
    await dialog.getByText('Done. The affected checks ran again:').waitFor({ timeout: 30_000 });
    const rows = await dialog.locator('table.before-after tr').allTextContents();
    expect(rows.find((r) => r.startsWith('DNS servers configured'))).toMatch(/Failed.*Passed/);
    expect(await violations(page, '[role="dialog"]')).toEqual([]);
    await shot(page, 'session-dns-action-done-en');
    await dialog.getByRole('button', { name: 'Close' }).last().click();
    await dialog.waitFor({ state: 'detached' });
    await idle(page);

    expect(await checkStatus(page, 'dns.servers')).toBe('pass');
    expect(await checkStatus(page, 'dns.resolve')).toBe('pass');
    await expect(card(page, 'dns.servers').locator('.before-after-line').textContent()).resolves.toBe(
      'After “Set the DNS servers”: Failed → Passed',
    );
  });

  it('goes on stage by stage, back to a finished stage, then runs the rest and shows the summary', async () => {
    await page.getByRole('button', { name: 'Next: Cloud reachability' }).click();
    await stageDone(page, 'cloud');
    await idle(page);
    expect(await stageState(page, 'cloud')).toBe('passed');
    // Back to a finished stage: its cards are there, nothing re-runs.
    await step(page, 'connect').getByRole('button').click();
    await page.getByRole('heading', { name: 'Connect', level: 2 }).waitFor();
    await expect(step(page, 'connect').getByRole('button').getAttribute('aria-current')).resolves.toBe('step');
    await page.getByRole('button', { name: 'Run all remaining' }).click();
    await page.getByRole('heading', { name: 'Summary', level: 2 }).waitFor({ timeout: 60_000 });
    await idle(page);
    // DNS is fixed: no cause names the missing DNS servers any more, and the connector log's DNS
    // errors from before the fix are said to be history rather than named as today's cause.
    await expect(page.locator('.causes').textContent()).resolves.not.toContain('No DNS server configured');
    await expect(page.locator('.causes').textContent()).resolves.not.toContain('Cloud names do not resolve');
    await expect(page.locator('.summary').textContent()).resolves.toContain(
      'The connector log shows errors pointing at “Cloud names do not resolve”, but “Cloud names resolve” passes now',
    );
    await expect(page.locator('.summary .empty').textContent()).resolves.toMatch(/^No cause can be named with confidence/);
    await step(page, 'dns').getByRole('button').click();
    expect(await checkStatus(page, 'dns.servers')).toBe('pass');
    await step(page, 'summary').getByRole('button').click();
    await expect(page.locator('.applied-actions').textContent()).resolves.toContain(
      'configure network dns servers 208.67.222.222,208.67.220.220',
    );
    expect(errors).toEqual([]);
  });

  it('exports the report: a save dialog with a sensible name, the file written by main, then Open and Show in folder', async () => {
    await page.getByRole('button', { name: 'Export report…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export report' });
    await dialog.waitFor();
    await expect(dialog.getByRole('radio', { name: 'PDF document' }).isChecked()).resolves.toBe(true);
    expect(await violations(page, '[role="dialog"]')).toEqual([]);
    await shot(page, 'session-export-en');
    await dialog.getByRole('button', { name: 'Choose where to save…' }).click();
    await dialog.getByText(/^Saved cloud-doctor_firepower_\d{4}-\d{2}-\d{2}_\d{4}\.pdf/).waitFor({ timeout: 20_000 });
    const saved = shell.recording.saveDialogs.at(-1)!;
    expect(saved.defaultFileName).toMatch(/^cloud-doctor_firepower_.*\.pdf$/);
    expect(saved.extensions).toEqual(['pdf']);
    const file = join(exportDir, saved.defaultFileName);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    await dialog.getByRole('button', { name: 'Open' }).click();
    await dialog.getByRole('button', { name: 'Show in folder' }).click();
    expect(shell.recording.opened).toEqual([file]);
    expect(shell.recording.shown).toEqual([file]);
    await shot(page, 'session-export-saved-en');

    // Markdown with addresses and names masked: the file name gives nothing away either.
    await dialog.getByRole('radio', { name: 'Markdown (for a ticket)' }).check({ force: true });
    await dialog.getByRole('checkbox', { name: 'IP addresses' }).check();
    await dialog.getByRole('checkbox', { name: 'Host names' }).check();
    await dialog.getByRole('button', { name: 'Choose where to save…' }).click();
    await dialog.getByText(/^Saved cloud-doctor_ftd_.*\.md/).waitFor();
    const markdown = readFileSync(join(exportDir, shell.recording.saveDialogs.at(-1)!.defaultFileName), 'utf8');
    // The management network's addresses are masked (the simulator itself listens on loopback, which stays).
    expect(markdown).not.toContain('192.168.45.1');
    expect(markdown).toContain('[IP-');
    await dialog.getByRole('button', { name: 'Close' }).last().click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('looks right at every stage in English and Korean, light and dark, and passes axe on each', async () => {
    for (const lang of ['en', 'ko'] as const) {
      await setLanguage(page, lang, lang === 'ko' ? /문제 해결/ : /Troubleshoot/);
      for (const stage of STAGE_IDS) {
        await step(page, stage).getByRole('button').click();
        await page.locator(`#stage-${stage}`).waitFor();
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          expect(await violations(page), `${stage} ${lang} ${scheme}`).toEqual([]);
          await shot(page, `session-dns-${STAGE_IDS.indexOf(stage) + 1}-${stage}-${lang}-${scheme}`);
        }
      }
      await page.emulateMedia({ colorScheme: 'light' });
    }
    // The Korean summary says it in Korean, and the session state survived both switches.
    await expect(page.locator('.applied-actions').textContent()).resolves.toContain('DNS 서버 구성');
    await expect(page.locator('#stage-summary').textContent()).resolves.toBe('요약');
    await setLanguage(page, 'en', /Troubleshoot/);
    expect(errors).toEqual([]);
  });
});
