import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dataFiles } from '../../electron/services/paths';
import { startSimulator, type RunningSimulator } from '../../electron/services/simulator/index';
import { seriousViolations } from '../helpers/axe';
import { closeOpenDialogs, openApp, screenshot, screenshotPath } from '../helpers/browser';
import { addLoopbackDevice, deviceRow } from '../helpers/devices-page';

let closeApp: () => Promise<void>;
let userDataDir: string;
let page: Page;
let errors: string[];
/** The device under test, and a second one whose key the app will believe has changed. */
let lab: RunningSimulator;
let rebuilt: RunningSimulator;
/** An FTD older than the SSE Connector (6.4.0). */
let old: RunningSimulator;

const row = (name: string): Locator => deviceRow(page, name);
/** A row's live region: the test's progress, then its result. */
const result = (name: string): Locator => row(name).getByRole('status');
const hostKeyDialog = (): Locator => page.getByRole('alertdialog', { name: /host key/i });
const knownHosts = (): Locator => page.getByRole('region', { name: /^(Known hosts|알려진 호스트)$/ });
const focusedText = () => page.evaluate<string | null>(`document.activeElement?.textContent ?? null`);
const expectAccessible = async (selector?: string) => expect(await seriousViolations(page, selector)).toEqual([]);
const shot = (name: string) => screenshot(page, name);
/** One device's row (the screen scrolls inside its frame, so a page shot may not show it). */
const shotRow = (name: string, file: string) => row(name).screenshot({ path: screenshotPath(file) });
const nav = (name: string) => page.getByRole('navigation').getByRole('button', { name, exact: true }).click();

const addDevice = (name: string, port: number, password?: string, deviceType: 'FTD' | 'FMC' = 'FTD') =>
  addLoopbackDevice(page, { name, port, deviceType, ...(password ? { password } : {}) });

const knownHostsLineFor = (sim: RunningSimulator, port: number) => sim.hostKeyLine.replace(/^\S+/, `[127.0.0.1]:${port}`);

beforeAll(async () => {
  [lab, rebuilt, old] = await Promise.all([
    startSimulator({ timeScale: 0.05, device: { hostname: 'ftd-lab-01' } }),
    startSimulator({ timeScale: 0.05 }),
    startSimulator({ timeScale: 0.05, device: { version: '6.2.3', build: '85' } }),
  ]);
  ({ userDataDir, page, errors, close: closeApp } = await openApp({ testEncryption: true, timeoutMs: 15_000 }));
  await row('Simulated device').waitFor();
});

/** A failed step must not leave a dialog open (and the page inert) for the next one. */
afterEach(() => closeOpenDialogs(page));

afterAll(async () => {
  await closeApp?.();
  await Promise.all([lab?.close(), rebuilt?.close(), old?.close()]);
});

describe('Test connection and known hosts in Chromium through the test bridge', () => {
  it('shows an unknown host key with its exact SHA256 fingerprint, then the model and version once trusted', async () => {
    await addDevice('Lab FTD', lab.port, lab.password);
    const test = row('Lab FTD').getByRole('button', { name: 'Test connection' });
    await test.click();

    const ask = hostKeyDialog();
    await ask.waitFor();
    await expect(ask.getByRole('heading').textContent()).resolves.toBe('Unknown host key');
    await expect(ask.locator('code').textContent()).resolves.toBe(lab.hostKeyFingerprint);
    await expect(ask.textContent()).resolves.toContain(`127.0.0.1 (port ${lab.port})`);
    await expect(focusedText()).resolves.toBe('Do not connect');
    await expectAccessible('[role="alertdialog"]');
    await shot('connection-host-key-dialog-en');

    await ask.getByRole('button', { name: 'Trust and connect' }).click();
    await result('Lab FTD').getByText('Connected: Cisco Firepower Threat Defense for VMware · 7.2.5 (build 208)').waitFor();
    const panel = row('Lab FTD').locator('.test-panel');
    await expect(panel.textContent()).resolves.toContain('ftd-lab-01');
    await expect(panel.textContent()).resolves.toContain(`ssh-ed25519 ${lab.hostKeyFingerprint} (trusted just now and saved in known hosts)`);
    await expect(panel.textContent()).resolves.toContain('landed at the CLISH “>” prompt');
    // The dialog gave focus back to the button that started the test.
    await expect(focusedText()).resolves.toBe('Test connection');
    expect(readFileSync(dataFiles(userDataDir).knownHosts, 'utf8')).toBe(`${knownHostsLineFor(lab, lab.port)}\n`);
    await expectAccessible();
    await shot('connection-test-ok-en');
    await shotRow('Lab FTD', 'connection-row-ok-en');
  });

  it('tests again without a dialog: the key is known now', async () => {
    await row('Lab FTD').getByRole('button', { name: 'Test connection' }).click();
    await result('Lab FTD').getByText(/^Connected: /).waitFor();
    await row('Lab FTD').getByText('already trusted', { exact: false }).waitFor();
    await expect(hostKeyDialog().count()).resolves.toBe(0);
  });

  it('says in plain words that the password was refused, and what to check', async () => {
    await addDevice('Wrong password', lab.port, 'not-the-password');
    await row('Wrong password').getByRole('button', { name: 'Test connection' }).click();
    const status = result('Wrong password');
    await status.getByText('Connection failed').waitFor();
    await expect(status.textContent()).resolves.toContain('The device 127.0.0.1 refused the login for user admin. Check the user name and the credential.');
    await expect(status.textContent()).resolves.toContain('What to do: Open Edit to correct the user name or type the password again');
    await expect(status.textContent()).resolves.not.toContain('not-the-password');
    await expectAccessible();
    await shotRow('Wrong password', 'connection-row-auth-failed-en');
  });

  it('warns when the device is not the type saved, or older than the SSE Connector', async () => {
    appendFileSync(dataFiles(userDataDir).knownHosts, `${old.hostKeyLine}\n`);
    await addDevice('Old box', old.port, old.password, 'FMC');
    await row('Old box').getByRole('button', { name: 'Test connection' }).click();
    const status = result('Old box');
    await status.getByText(/^Connected: .* · 6\.2\.3 \(build 85\)$/).waitFor();
    await expect(status.textContent()).resolves.toContain('This device is saved as an FMC, but it says it is a Threat Defense (FTD).');
    await expect(status.textContent()).resolves.toContain('Version 6.2.3 is older than 6.4.0');
    await shotRow('Old box', 'connection-row-warnings-en');
    await row('Old box').getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
    await row('Old box').waitFor({ state: 'detached' });
    writeFileSync(dataFiles(userDataDir).knownHosts, `${knownHostsLineFor(lab, lab.port)}\n`);
  });

  it('refuses a changed host key naming the line and file, and leads to Known hosts', async () => {
    appendFileSync(dataFiles(userDataDir).knownHosts, `${knownHostsLineFor(lab, rebuilt.port)}\n`);
    await addDevice('Rebuilt FTD', rebuilt.port, rebuilt.password);
    await row('Rebuilt FTD').getByRole('button', { name: 'Test connection' }).click();
    const status = result('Rebuilt FTD');
    await status.getByText('Connection failed').waitFor();
    const file = dataFiles(userDataDir).knownHosts;
    await expect(status.textContent()).resolves.toContain(`the known key is on line 2 of ${file}`);
    await expect(status.textContent()).resolves.toContain('remove line 2 in Settings\u00a0›\u00a0Known hosts');
    await expect(hostKeyDialog().count()).resolves.toBe(0);
    await shotRow('Rebuilt FTD', 'connection-row-key-changed-en');

    await row('Rebuilt FTD').getByRole('button', { name: 'Open known hosts' }).click();
    await knownHosts().waitFor();
    await expect(focusedText()).resolves.toBe('Known hosts');
    await expect(knownHosts().getByRole('row').count()).resolves.toBe(3);
  });

  it('lists the trusted key in Settings with the same fingerprint, and removes it after a confirmation', async () => {
    const section = knownHosts();
    const labRow = section.getByRole('row', { name: new RegExp(`127\\.0\\.0\\.1 \\(port ${lab.port}\\)`) });
    await expect(labRow.textContent()).resolves.toContain(lab.hostKeyFingerprint);
    await expect(labRow.textContent()).resolves.toContain('ssh-ed25519');
    await expect(section.textContent()).resolves.toContain(dataFiles(userDataDir).knownHosts);
    await expectAccessible('section.known-hosts');
    await shot('connection-known-hosts-en');

    await labRow.getByRole('button', { name: `Remove the key of 127.0.0.1 (port ${lab.port}) (line 1)` }).click();
    const confirm = page.getByRole('alertdialog', { name: `Remove the host key of 127.0.0.1 (port ${lab.port})?` });
    await confirm.waitFor();
    await expect(confirm.locator('code').textContent()).resolves.toBe(`ssh-ed25519 ${lab.hostKeyFingerprint}`);
    await expect(focusedText()).resolves.toBe('Cancel');
    await expectAccessible('[role="alertdialog"]');
    await shot('connection-known-hosts-remove-en');
    await confirm.getByRole('button', { name: 'Remove key' }).click();
    await confirm.waitFor({ state: 'detached' });
    await section.getByRole('status').filter({ hasText: `Removed the host key of 127.0.0.1 (port ${lab.port}).` }).waitFor();
    await expect(section.getByRole('row', { name: new RegExp(`port ${lab.port}\\)`) }).count()).resolves.toBe(0);
    expect(readFileSync(dataFiles(userDataDir).knownHosts, 'utf8')).toBe(`${knownHostsLineFor(lab, rebuilt.port)}\n`);

    const last = section.getByRole('row', { name: new RegExp(`port ${rebuilt.port}`) });
    await last.getByRole('button', { name: /^Remove the key of/ }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Remove key' }).click();
    await section.getByText('No host key is trusted yet.', { exact: false }).waitFor();
    await expectAccessible('section.known-hosts');
    await shot('connection-known-hosts-empty-en');
  });

  it('tests the simulated device with no dialog', async () => {
    await nav('Devices');
    await row('Simulated device').getByRole('button', { name: 'Test connection' }).click();
    await result('Simulated device').getByText(/^Connected: Cisco Firepower Threat Defense/).waitFor();
    await row('Simulated device').getByText('the simulated device’s own key', { exact: false }).waitFor();
    await expect(hostKeyDialog().count()).resolves.toBe(0);
    expect(readFileSync(dataFiles(userDataDir).knownHosts, 'utf8')).toBe('');
    await shotRow('Simulated device', 'connection-row-simulated-en');
  });

  it('asks for a password that is not saved, then for the key, and connects', async () => {
    await addDevice('Ask every time', lab.port);
    await row('Ask every time').getByRole('button', { name: 'Test connection' }).click();
    const secret = page.getByRole('dialog', { name: 'Password for admin@127.0.0.1' });
    await secret.waitFor();
    await expectAccessible('[role="dialog"]');
    await shot('connection-ask-password-en');
    await secret.getByLabel('Password', { exact: true }).fill(lab.password);
    await secret.getByRole('button', { name: 'Continue' }).click();
    await hostKeyDialog().getByRole('button', { name: 'Trust and connect' }).click();
    await result('Ask every time').getByText(/^Connected: /).waitFor();
  });

  it('reads well in Korean: Known hosts, the dialogs and the results', async () => {
    await nav('Settings');
    await page.getByText('한국어').click();
    // "Ask every time" trusted the Lab key again: remove it, in Korean, so the next test asks again.
    const section = knownHosts();
    await section.getByRole('table').waitFor();
    await expectAccessible('section.known-hosts');
    await shot('connection-known-hosts-ko');
    await section.getByRole('button', { name: `127.0.0.1 (포트 ${lab.port})의 키 삭제(1번째 줄)` }).click();
    const confirm = page.getByRole('alertdialog', { name: `127.0.0.1 (포트 ${lab.port})의 호스트 키를 삭제하시겠습니까?` });
    await confirm.waitFor();
    await shot('connection-known-hosts-remove-ko');
    await confirm.getByRole('button', { name: '키 삭제' }).click();
    await section.getByText('아직 신뢰하는 호스트 키가 없습니다.', { exact: false }).waitFor();

    await nav('디바이스');
    await row('Lab FTD').getByRole('button', { name: '연결 테스트' }).click();
    const ask = page.getByRole('alertdialog', { name: '알 수 없는 호스트 키' });
    await ask.waitFor();
    await expect(ask.locator('code').textContent()).resolves.toBe(lab.hostKeyFingerprint);
    await expectAccessible('[role="alertdialog"]');
    await shot('connection-host-key-dialog-ko');
    await ask.getByRole('button', { name: '신뢰하고 연결' }).click();
    await result('Lab FTD').getByText('연결 성공: Cisco Firepower Threat Defense for VMware · 7.2.5 (빌드 208)').waitFor();

    await row('Wrong password').getByRole('button', { name: '연결 테스트' }).click();
    await result('Wrong password').getByText('연결 실패').waitFor();
    await expect(result('Wrong password').textContent()).resolves.toContain('사용자 admin의 로그인을 거부했습니다');
    appendFileSync(dataFiles(userDataDir).knownHosts, `${knownHostsLineFor(lab, rebuilt.port)}\n`);
    await row('Rebuilt FTD').getByRole('button', { name: '연결 테스트' }).click();
    await result('Rebuilt FTD').getByText('연결 실패').waitFor();
    await expect(result('Rebuilt FTD').textContent()).resolves.toContain('2번째 줄을 삭제한 뒤');
    await row('시뮬레이션 디바이스').getByRole('button', { name: '연결 테스트' }).click();
    await result('시뮬레이션 디바이스').getByText(/^연결 성공: /).waitFor();
    await expectAccessible();
    for (const [name, file] of [
      ['시뮬레이션 디바이스', 'connection-row-simulated-ko'],
      ['Lab FTD', 'connection-row-ok-ko'],
      ['Wrong password', 'connection-row-auth-failed-ko'],
      ['Rebuilt FTD', 'connection-row-key-changed-ko'],
    ] as const)
      await shotRow(name, file);
  });

  it('reads well in dark mode', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectAccessible();
    await shotRow('Rebuilt FTD', 'connection-row-key-changed-ko-dark');
    await shotRow('Lab FTD', 'connection-row-ok-ko-dark');
    await nav('설정');
    await expectAccessible('section.known-hosts');
    await shot('connection-known-hosts-ko-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('ran without a console error or CSP violation', () => {
    expect(errors).toEqual([]);
  });
});
