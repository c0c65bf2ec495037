import type { Locator, Page } from 'playwright-core';
import { fieldByLabel } from './browser';

/** A device's row on the Devices screen, by its exact name. */
export const deviceRow = (page: Page, name: string): Locator =>
  page.locator('li.profile-row').filter({ has: page.getByRole('heading', { name, exact: true }) });

/**
 * Add a device on 127.0.0.1 through the Devices form (the Devices screen must be showing). With
 * `password` it is saved (encrypted); without it the app asks every time. `keyFile` logs in by key.
 */
export const addLoopbackDevice = async (
  page: Page,
  device: {
    readonly name: string;
    readonly port: number;
    readonly password?: string;
    readonly deviceType?: 'FTD' | 'FMC';
    readonly keyFile?: string;
  },
): Promise<void> => {
  const dialog = page.getByRole('dialog');
  await page.getByRole('button', { name: 'Add device' }).click();
  await fieldByLabel(dialog, 'Name').fill(device.name);
  if (device.deviceType === 'FMC') await dialog.locator('.segmented label', { hasText: 'FMC' }).click();
  await fieldByLabel(dialog, 'Host name or IP address').fill('127.0.0.1');
  await fieldByLabel(dialog, 'SSH port').fill(String(device.port));
  if (device.keyFile) {
    await dialog.locator('.segmented label', { hasText: 'Private key file' }).click();
    await dialog.getByRole('textbox', { name: /^Private key file/ }).fill(device.keyFile);
  }
  if (device.password) await dialog.getByRole('textbox', { name: 'Password', exact: true }).fill(device.password);
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  await deviceRow(page, device.name).waitFor();
};
