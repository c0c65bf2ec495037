import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFolderDesktopShell } from '../../../../../electron/services/bridge/folder-desktop-shell';
import type { DesktopShell } from '../../../../../electron/services/desktop/desktop-shell';
import { createReportExporter } from '../../../../../electron/services/sessions/report-export';
import { createSessionHistory } from '../../../../../electron/services/sessions/session-history';
import type { SessionRecord } from '../../../../../shared/model/session';
import { memoryLogger } from '../../../../helpers/memory-log';
import { failingSession, FIXTURE_SECRETS, plantSecrets } from '../../../../helpers/session-fixtures';

const setup = async (shell?: (folder: string) => DesktopShell) => {
  const folder = mkdtempSync(join(tmpdir(), 'fcd-export-'));
  const { log } = memoryLogger();
  const history = createSessionHistory({ dir: mkdtempSync(join(tmpdir(), 'fcd-history-')), log });
  const past = await history.save({
    profileId: 'p',
    profileName: 'Seoul FTD',
    record: failingSession({ logLines: 50 }),
  });
  const live: SessionRecord = plantSecrets(failingSession({ logLines: 50 }));
  const folderShell = createFolderDesktopShell(folder);
  const exporter = createReportExporter({
    manager: { exportable: () => ({ record: live, secrets: FIXTURE_SECRETS }) },
    history,
    desktop: shell ? shell(folder) : folderShell,
    log,
  });
  return { exporter, folder, recording: folderShell.recording, historyId: past.historyId };
};

const request = (overrides: Partial<Parameters<ReturnType<typeof createReportExporter>['export']>[0]> = {}) => ({
  source: { kind: 'live' as const, sessionId: 's1' },
  format: 'md' as const,
  lang: 'en' as const,
  paper: 'a4' as const,
  redaction: { addresses: false, hostnames: false },
  ...overrides,
});

describe('report export', () => {
  it('suggests a file name with the device and date, writes the file in main, never a secret', async () => {
    const { exporter, recording } = await setup();
    const result = await exporter.export(request());
    expect(result.saved).toBe(true);
    if (!result.saved) return;
    expect(recording.saveDialogs[0]).toMatchObject({ title: 'Save the report', extensions: ['md'] });
    expect(result.fileName).toMatch(/^cloud-doctor_ftd01_\d{4}-\d{2}-\d{2}_\d{4}\.md$/);
    const text = readFileSync(join(result.folder, result.fileName), 'utf8');
    expect(text).toContain('No DNS server configured');
    for (const secret of FIXTURE_SECRETS) expect(text).not.toContain(secret);
  });

  it('writes the report in the UI’s language and masks addresses and names on request, file name included', async () => {
    const { exporter } = await setup();
    const result = await exporter.export(
      request({ lang: 'ko', format: 'json', redaction: { addresses: true, hostnames: true } }),
    );
    if (!result.saved) throw new Error('not saved');
    expect(result.fileName).toMatch(/^cloud-doctor_ftd_/);
    const text = readFileSync(join(result.folder, result.fileName), 'utf8');
    expect(text).not.toContain('192.0.2.10');
    expect(text).toContain('[IP-1]');
    expect(text).toContain('api-sse.cisco.com');
    expect(text).toMatch(/[가-힣]/);
  });

  it('exports a past session from the history as a PDF', async () => {
    const { exporter, historyId } = await setup();
    const result = await exporter.export(request({ source: { kind: 'past', historyId }, format: 'pdf' }));
    if (!result.saved) throw new Error('not saved');
    expect(readFileSync(join(result.folder, result.fileName)).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('opens and shows only files it wrote, by id', async () => {
    const { exporter, recording } = await setup();
    const result = await exporter.export(request());
    if (!result.saved) throw new Error('not saved');
    await exporter.open(result.exportId);
    exporter.show(result.exportId);
    expect(recording.opened).toEqual([join(result.folder, result.fileName)]);
    expect(recording.shown).toEqual([join(result.folder, result.fileName)]);
    await expect(exporter.open('not-an-export')).rejects.toThrow(/not exported/);
  });

  it('does nothing when the save dialog is cancelled', async () => {
    const { exporter } = await setup((folder) => ({
      ...createFolderDesktopShell(folder),
      chooseSavePath: () => Promise.resolve(undefined),
    }));
    await expect(exporter.export(request())).resolves.toEqual({ saved: false });
  });

  it('never opens a file the admin named like a program', async () => {
    const opened: string[] = [];
    const { exporter } = await setup((folder) => ({
      chooseSavePath: () => Promise.resolve(join(folder, 'report.exe')),
      openPath: (path) => {
        opened.push(path);
        return Promise.resolve();
      },
      showInFolder: () => undefined,
    }));
    const result = await exporter.export(request());
    if (!result.saved) throw new Error('not saved');
    await expect(exporter.open(result.exportId)).rejects.toThrow(/Show in folder/);
    expect(opened).toEqual([]);
  });
});
