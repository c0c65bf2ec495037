import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BridgeServer } from '../../electron/services/bridge/server';
import { dataFiles } from '../../electron/services/paths';
import { seriousViolations } from '../helpers/axe';
import { closeOpenDialogs, fieldByLabel, openApp, screenshot, startApp, tempDir } from '../helpers/browser';

const SECRET = 'Fx!e2e-secret-7741';

let browser: Browser;
let userDataDir: string;
let page: Page;
let errors: string[];

const row = (name: string): Locator => page.locator('li.profile-row').filter({ has: page.getByRole('heading', { name, exact: true }) });
const dialog = (): Locator => page.getByRole('dialog');
const field = (label: string, within: Locator = dialog()): Locator => fieldByLabel(within, label);
const shot = (name: string, target: Page = page) => screenshot(target, name);
/** What has focus, by its name attribute or its text (browser code as text: no DOM types here). */
const focusedName = () => page.evaluate<string | null>(`document.activeElement?.getAttribute('name') ?? null`);
const focusedText = () => page.evaluate<string | null>(`document.activeElement?.textContent ?? null`);
const focusInDialog = () => page.evaluate<boolean>(`Boolean(document.activeElement?.closest('[role="dialog"]'))`);
const expectAccessible = async (selector?: string) => expect(await seriousViolations(page, selector)).toEqual([]);

let closeApp: () => Promise<void>;

beforeAll(async () => {
  ({ userDataDir, browser, page, errors, close: closeApp } = await openApp({ testEncryption: true, acceptDownloads: true }));
  await row('Simulated device').waitFor();
});

/** A failed step must not leave a dialog open (and the page inert) for the next one. */
afterEach(() => closeOpenDialogs(page));

afterAll(() => closeApp?.());

describe('Profiles screen in Chromium through the test bridge', () => {
  it('lists the simulated device first, and the screen passes axe', async () => {
    await expect(page.locator('li.profile-row').first().getByRole('heading').textContent()).resolves.toBe('Simulated device');
    await expect(row('Simulated device').getByRole('button', { name: 'Delete' }).count()).resolves.toBe(0);
    await expectAccessible();
    await shot('profiles-empty-en');
  });

  it('creates a device with a saved password (encrypted, never shown again)', async () => {
    const opener = page.getByRole('button', { name: 'Add device' });
    await opener.click();
    await expect(dialog().getByRole('heading', { name: 'Add a device' }).isVisible()).resolves.toBe(true);
    await expect(focusedName()).resolves.toBe('name');
    await expectAccessible('[role="dialog"]');
    await shot('profiles-create-empty-en');

    await field('Name').fill('Seoul FTD');
    await field('Host name or IP address').fill('192.0.2.41');
    await dialog().getByRole('textbox', { name: 'Password', exact: true }).fill(SECRET);
    await dialog().getByRole('textbox', { name: 'Notes' }).fill('Branch firewall; the cloud alert started after the proxy change.');
    await shot('profiles-create-filled-en');
    await dialog().getByRole('button', { name: 'Save', exact: true }).click();
    await dialog().waitFor({ state: 'detached' });
    await row('Seoul FTD').waitFor();
    await expect(row('Seoul FTD').textContent()).resolves.toContain('Secrets saved');
    await expect(focusedText()).resolves.toBe('Add device');
    expect(readFileSync(dataFiles(userDataDir).secrets, 'utf8')).not.toContain(SECRET);
    expect(readFileSync(dataFiles(userDataDir).profiles, 'utf8')).not.toContain(SECRET);
  });

  it('edits a device: an inline message on a bad port, then saves the fix', async () => {
    await row('Seoul FTD').getByRole('button', { name: 'Edit' }).click();
    await expect(dialog().getByRole('heading', { name: 'Edit Seoul FTD' }).isVisible()).resolves.toBe(true);
    const port = field('SSH port');
    await port.fill('70000');
    await port.blur();
    const message = 'The port must be a whole number from 1 to 65535 (SSH normally uses 22).';
    await dialog().getByText(message).waitFor();
    await expect(port.getAttribute('aria-invalid')).resolves.toBe('true');
    const describedBy = (await port.getAttribute('aria-describedby')) ?? '';
    await expect(page.locator(`[id="${describedBy.split(' ')[0]}"]`).textContent()).resolves.toBe(message);
    await expect(dialog().getByText('Saved', { exact: true }).count()).resolves.toBe(1);
    await dialog().getByRole('button', { name: 'Save', exact: true }).click();
    await dialog().getByRole('alert').filter({ hasText: '1 field needs attention.' }).waitFor();
    await expect(focusedName()).resolves.toBe('port');
    await expectAccessible('[role="dialog"]');
    await shot('profiles-edit-error-en');

    await port.fill('2222');
    await dialog().getByRole('button', { name: 'Save', exact: true }).click();
    await dialog().waitFor({ state: 'detached' });
    await expect(row('Seoul FTD').textContent()).resolves.toContain('admin@192.0.2.41:2222');
  });

  it('refuses a duplicate name with the message main sends back, inline', async () => {
    await page.getByRole('button', { name: 'Add device' }).click();
    await field('Name').fill('seoul ftd');
    await field('Host name or IP address').fill('192.0.2.42');
    await dialog().getByRole('button', { name: 'Save', exact: true }).click();
    await dialog().getByText('Another device is already called “seoul ftd”.', { exact: false }).waitFor();
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'detached' });
  });

  it('duplicates, searches by name, host and notes, and deletes after a confirmation', async () => {
    await row('Seoul FTD').getByRole('button', { name: 'Duplicate' }).click();
    await row('Seoul FTD (2)').waitFor();
    const search = page.getByRole('searchbox', { name: 'Search devices' });
    await search.fill('(2)');
    await expect(page.locator('li.profile-row').count()).resolves.toBe(1);
    await search.fill('proxy change');
    await expect(page.locator('li.profile-row').count()).resolves.toBe(2);
    await search.fill('192.0.2.41');
    await expect(page.locator('li.profile-row').count()).resolves.toBe(2);
    await search.fill('busan');
    await page.getByText('No device matches “busan”.').waitFor();
    await search.fill('');

    await row('Seoul FTD (2)').getByRole('button', { name: 'Delete' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete Seoul FTD (2)?' });
    await confirm.waitFor();
    await expect(focusedText()).resolves.toBe('Cancel');
    await expectAccessible('[role="alertdialog"]');
    await shot('profiles-delete-confirm-en');
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await confirm.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: 'Deleted Seoul FTD (2).' }).waitFor();
    await expect(row('Seoul FTD (2)').count()).resolves.toBe(0);
  });

  it('imports: a preview of what is added or replaced, then applies it', async () => {
    const file = join(tempDir('fcd-e2e-import-'), 'devices.json');
    writeFileSync(
      file,
      JSON.stringify({
        format: 'firepower-cloud-doctor/profiles',
        version: 1,
        profiles: [
          { name: 'Seoul FTD', host: '192.0.2.51', username: 'netops', deviceType: 'ftd', region: 'apj', notes: 'moved' },
          { name: 'HQ FMC', host: 'fmc.corp.example.com', username: 'admin', deviceType: 'fmc', region: 'eu', auth: { method: 'key', keyPath: '/home/netops/.ssh/fmc_ed25519' } },
          { name: 'Broken', host: 'not a host', username: 'admin' },
        ],
      }),
    );
    await page.getByRole('button', { name: 'Import…' }).click();
    await expectAccessible('[role="dialog"]');
    await field('Choose a file…').setInputFiles(file);
    const table = dialog().getByRole('table');
    await table.waitFor();
    await expect(table.getByRole('row', { name: /Seoul FTD/ }).textContent()).resolves.toContain('Replace existing');
    await expect(table.getByRole('row', { name: /HQ FMC/ }).textContent()).resolves.toContain('Add');
    await expect(table.getByRole('row', { name: /HQ FMC/ }).textContent()).resolves.toContain('is not on this computer');
    await expect(dialog().textContent()).resolves.toContain('Broken: Enter a host name');
    await expectAccessible('[role="dialog"]');
    await shot('profiles-import-preview-en');
    await expect(row('HQ FMC').count()).resolves.toBe(0);
    await dialog().getByRole('button', { name: 'Import 2 devices' }).click();
    await dialog().waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: 'Imported: 1 added, 1 replaced.' }).waitFor();
    await expect(row('Seoul FTD').textContent()).resolves.toContain('netops@192.0.2.51:22');
    await expect(row('HQ FMC').textContent()).resolves.toContain('FMC');
  });

  it('exports a JSON download without secrets', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export…' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^firepower-cloud-doctor-devices-\d{4}-\d{2}-\d{2}\.json$/);
    const text = readFileSync(await download.path(), 'utf8');
    expect(JSON.parse(text).profiles.map((p: { name: string }) => p.name)).toEqual(['Seoul FTD', 'HQ FMC']);
    expect(text).not.toContain(SECRET);
    await page.getByRole('status').filter({ hasText: 'Exported 2 devices' }).waitFor();
    await shot('profiles-list-en');
  });

  it('starts troubleshooting from a device: the session screen opens', async () => {
    await row('HQ FMC').getByRole('button', { name: 'Start troubleshooting' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Troubleshooting session');
    await page.getByRole('button', { name: 'Devices' }).click();
    await row('HQ FMC').waitFor();
  });

  it('reads well in Korean: list, form with messages, import and delete dialogs', async () => {
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByText('한국어').click();
    await page.getByRole('button', { name: '디바이스', exact: true }).click();
    await row('시뮬레이션 디바이스').waitFor();
    await expectAccessible();
    await shot('profiles-list-ko');

    await page.getByRole('button', { name: '디바이스 추가' }).click();
    await dialog().locator('.segmented label', { hasText: '개인 키 파일' }).click();
    await expect(dialog().getByRole('radio', { name: '개인 키 파일' }).isChecked()).resolves.toBe(true);
    await field('호스트 이름 또는 IP 주소').fill('10.0.0.300');
    await field('점프 호스트').fill('bastion');
    await dialog().getByRole('button', { name: '저장', exact: true }).click();
    await dialog().getByText('디바이스 이름을 입력하십시오.').waitFor();
    await dialog().getByText('개인 키 파일의 경로를 입력하십시오.').waitFor();
    await dialog().getByText(/점프 호스트는 user@host:port 형식으로/).waitFor();
    await expectAccessible('[role="dialog"]');
    await shot('profiles-create-errors-ko');
    await dialog().getByRole('button', { name: '취소' }).click();

    await row('HQ FMC').getByRole('button', { name: '삭제' }).click();
    await page.getByRole('alertdialog').waitFor();
    await shot('profiles-delete-confirm-ko');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: '가져오기…' }).click();
    await shot('profiles-import-ko');
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'detached' });
  });

  it('reads well in dark mode', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectAccessible();
    await shot('profiles-list-ko-dark');
    await row('Seoul FTD').getByRole('button', { name: '편집' }).click();
    await expectAccessible('[role="dialog"]');
    await shot('profiles-edit-ko-dark');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '설정' }).click();
    await page.getByText('English').click();
    await page.getByRole('button', { name: 'Devices', exact: true }).click();
    await row('Seoul FTD').getByRole('button', { name: 'Edit' }).click();
    await shot('profiles-edit-en-dark');
    await page.keyboard.press('Escape');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('keeps Tab inside an open dialog', async () => {
    await page.getByRole('button', { name: 'Import…' }).click();
    for (let i = 0; i < 6; i += 1) {
      await page.keyboard.press('Tab');
      await expect(focusInDialog()).resolves.toBe(true);
    }
    await page.keyboard.press('Escape');
  });

  it('ran without a console error or CSP violation', () => {
    expect(errors).toEqual([]);
  });
});

describe('Profiles screen on a computer without OS encryption', () => {
  let plainServer: BridgeServer;
  let plainPage: Page;

  beforeAll(async () => {
    ({ server: plainServer } = await startApp());
    plainPage = await browser.newPage({ viewport: { width: 1200, height: 860 } });
    plainPage.setDefaultTimeout(10_000);
    await plainPage.goto(plainServer.url);
  });
  afterAll(async () => {
    await plainServer?.close();
  });

  it('says why passwords cannot be saved and that it will ask every time', async () => {
    await plainPage.getByRole('button', { name: 'Add device' }).click();
    const form = plainPage.getByRole('dialog');
    await form.getByText('Passwords cannot be saved on this computer', { exact: false }).waitFor();
    // One line per secret this device would ask for: its password and the sudo password.
    await expect(form.getByText('Ask every time').count()).resolves.toBe(2);
    await expect(form.locator('input[type="password"]').count()).resolves.toBe(0);
    await shot('profiles-create-no-encryption-en', plainPage);
  });
});
