import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import ssh2 from 'ssh2';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../electron/services/simulator/index';
import { closeOpenDialogs, openApp } from '../helpers/browser';
import { addLoopbackDevice, deviceRow } from '../helpers/devices-page';
import { checkStatus, idle, shot, stageDone, violations } from '../helpers/session-page';

/**
 * Issue 6, item 4: a session on a saved device (not the built-in one) asks what it needs as
 * dialogs — the password that is not saved, the unknown host key with its fingerprint, the sudo
 * password when the login is by key — and a prompt the admin closes stops the session with that
 * said plainly and "Retry", never a frozen screen. The device is a simulator on 127.0.0.1.
 */
let closeApp: () => Promise<void>;
let page: Page;
let errors: string[];
let byPassword: RunningSimulator;
let byKey: RunningSimulator;
let keyPath: string;

const row = (name: string): Locator => deviceRow(page, name);
const hostKeyDialog = (): Locator => page.getByRole('alertdialog', { name: /host key/i });

const addDevice = async (name: string, port: number, options: { readonly keyFile?: string } = {}) => {
  await page.getByRole('navigation').getByRole('button', { name: 'Devices', exact: true }).click();
  await addLoopbackDevice(page, { name, port, ...options });
};

/** From the device's row; an open session on another device is closed first (the app offers to). */
const startSession = async (name: string) => {
  await row(name).getByRole('button', { name: 'Start troubleshooting' }).click();
  const other = page.locator('.other-device');
  if ((await other.count()) > 0) {
    await expect(other.textContent()).resolves.toContain(`You chose “${name}”, but this session is still open.`);
    expect(await violations(page)).toEqual([]);
    await shot(page, `session-other-device-${name.toLowerCase().replace(/\W+/g, '-')}-en-light`);
    await other.getByRole('button', { name: `Close this session and start on “${name}”` }).click();
  }
  await page.getByRole('button', { name: 'Connect and start' }).click();
};

beforeAll(async () => {
  const keys = ssh2.utils.generateKeyPairSync('ed25519');
  keyPath = join(mkdtempSync(join(tmpdir(), 'fcd-e2e-key-')), 'id_ed25519');
  writeFileSync(keyPath, keys.private, { mode: 0o600 });
  [byPassword, byKey] = await Promise.all([
    startSimulator({ timeScale: 0.05, device: { hostname: 'ftd-branch-7' } }),
    startSimulator({
      timeScale: 0.05,
      device: { hostname: 'ftd-key-lab' },
      auth: { methods: ['publickey'], authorizedKeys: [keys.public] },
    }),
  ]);
  ({ page, errors, close: closeApp } = await openApp({ testEncryption: true, timeoutMs: 15_000 }));
  await row('Simulated device').waitFor();
});

afterEach(() => closeOpenDialogs(page));

afterAll(async () => {
  await closeApp?.();
  await Promise.all([byPassword?.close(), byKey?.close()]);
});

describe('a session on a saved device', () => {
  it('asks for the password that is not saved, then the unknown host key, then runs the Connect stage', async () => {
    await addDevice('Branch FTD', byPassword.port);
    await startSession('Branch FTD');
    const password = page.getByRole('dialog', { name: 'Password for admin@127.0.0.1' });
    await password.waitFor();
    await password.getByLabel('Password', { exact: true }).fill(byPassword.password);
    await password.getByRole('button', { name: 'Continue' }).click();
    await hostKeyDialog().waitFor();
    await expect(hostKeyDialog().textContent()).resolves.toContain(byPassword.hostKeyFingerprint);
    expect(await violations(page, '[role="alertdialog"]')).toEqual([]);
    await shot(page, 'session-saved-host-key-en-light');
    await hostKeyDialog().getByRole('button', { name: 'Trust and connect' }).click();
    await stageDone(page, 'connect');
    await idle(page);
    for (const id of ['ssh.connect', 'device.version', 'device.privilege']) expect(await checkStatus(page, id), id).toBe('pass');
    await expect(page.locator('.session-device').textContent()).resolves.toContain('Host name ftd-branch-7');
  });

  it('asks for the sudo password when the login is by key (before connecting), and reaches root with it', async () => {
    await addDevice('Key FTD', byKey.port, { keyFile: keyPath });
    await startSession('Key FTD');
    // With a key there is no login password to reuse for sudo: asked before connecting.
    const sudo = page.getByRole('dialog', { name: 'Password for sudo on 127.0.0.1' });
    await sudo.waitFor();
    await expect(sudo.textContent()).resolves.toContain('“sudo su -” asks for it to reach root');
    expect(await violations(page, '[role="dialog"]')).toEqual([]);
    await shot(page, 'session-saved-sudo-password-en-light');
    await sudo.getByLabel('Password', { exact: true }).fill(byKey.sudoPassword);
    await sudo.getByRole('button', { name: 'Continue' }).click();
    await hostKeyDialog().getByRole('button', { name: 'Trust and connect' }).click();
    await stageDone(page, 'connect');
    await idle(page);
    expect(await checkStatus(page, 'ssh.connect')).toBe('pass');
    expect(await checkStatus(page, 'device.privilege')).toBe('pass');
  });

  it('a password prompt closed by the admin stops the session plainly, and Retry asks again', async () => {
    await addDevice('Closed prompt', byPassword.port);
    await startSession('Closed prompt');
    const password = page.getByRole('dialog', { name: 'Password for admin@127.0.0.1' });
    await password.waitFor();
    await password.getByRole('button', { name: 'Cancel' }).click();
    await password.waitFor({ state: 'detached' });
    const banner = page.locator('.connection-banner[role="alert"]');
    await banner.waitFor();
    await idle(page);
    expect(await checkStatus(page, 'ssh.connect')).toBe('error');
    await expect(banner.textContent()).resolves.toMatch(/^The session could not log in to 127\.0\.0\.1; the SSH login card says why/);
    await expect(page.locator('[data-check="ssh.connect"]').textContent()).resolves.toContain(
      'no password was given, so the session did not log in.',
    );
    await shot(page, 'session-saved-prompt-closed-en-light');

    await banner.getByRole('button', { name: 'Retry' }).click();
    await password.waitFor();
    await password.getByLabel('Password', { exact: true }).fill(byPassword.password);
    await password.getByRole('button', { name: 'Continue' }).click();
    await stageDone(page, 'connect');
    await idle(page);
    expect(await checkStatus(page, 'ssh.connect')).toBe('pass');
    expect(errors).toEqual([]);
  });
});
