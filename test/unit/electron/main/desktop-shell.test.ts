import * as electron from 'electron';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createElectronDesktopShell } from '../../../../electron/main/desktop-shell';
import { BrowserWindow, fake } from '../../../helpers/fake-electron';

const request = {
  title: 'Save the report',
  defaultFileName: 'cloud-doctor_ftd01_2026-03-14_0921.pdf',
  filters: [{ name: 'PDF document', extensions: ['pdf'] }],
};

describe('desktop shell over Electron’s dialog and shell', () => {
  beforeEach(() => fake.reset());

  it('opens the save dialog on the app window, in the documents folder, with the suggested name and type', async () => {
    const window = new BrowserWindow({});
    const shell = createElectronDesktopShell(electron, () => window as unknown as electron.BrowserWindow);
    fake.dialog.answer = '/home/admin/Documents/report.pdf';
    await expect(shell.chooseSavePath(request)).resolves.toBe('/home/admin/Documents/report.pdf');
    const call = fake.dialog.calls[0]!;
    expect(call.window).toBe(window);
    expect(call.options).toMatchObject({
      title: 'Save the report',
      defaultPath: join(fake.app.documents, 'cloud-doctor_ftd01_2026-03-14_0921.pdf'),
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    });
  });

  it('answers undefined when the admin cancels the dialog', async () => {
    const shell = createElectronDesktopShell(electron, () => undefined);
    await expect(shell.chooseSavePath(request)).resolves.toBeUndefined();
    expect(fake.dialog.calls[0]?.window).toBeUndefined();
  });

  it('opens a file and shows it in its folder; an OS refusal becomes an error', async () => {
    const shell = createElectronDesktopShell(electron, () => undefined);
    await shell.openPath('/tmp/report.pdf');
    shell.showInFolder('/tmp/report.pdf');
    expect(fake.shell.opened).toEqual(['/tmp/report.pdf']);
    expect(fake.shell.shown).toEqual(['/tmp/report.pdf']);
    fake.shell.openError = 'No application is associated with the specified file';
    await expect(shell.openPath('/tmp/report.pdf')).rejects.toThrow(/No application/);
  });
});
