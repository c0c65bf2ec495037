import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSettingsStore, DEFAULT_SETTINGS } from '../../../../../electron/services/settings/settings-store';
import { memoryLogger } from '../../../../helpers/memory-log';

describe('settings store', () => {
  it('returns defaults when there is no file and persists an update', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fcd-settings-'));
    const path = join(dir, 'settings.json');
    const store = createSettingsStore(path, memoryLogger().log);
    expect(await store.get()).toEqual(DEFAULT_SETTINGS);
    await store.update({ language: 'ko' });
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ language: 'ko' });
    expect(await createSettingsStore(path, memoryLogger().log).get()).toEqual({ language: 'ko' });
  });

  it('moves a corrupt file aside instead of overwriting it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fcd-settings-'));
    const path = join(dir, 'settings.json');
    writeFileSync(path, '{"language": ');
    const { log, records } = memoryLogger();
    expect(await createSettingsStore(path, log).get()).toEqual(DEFAULT_SETTINGS);
    const aside = readdirSync(dir).find((name) => name.startsWith('settings.json.corrupt-'));
    expect(aside).toBeDefined();
    expect(readFileSync(join(dir, aside ?? ''), 'utf8')).toBe('{"language": ');
    expect(existsSync(path)).toBe(false);
    expect(records.at(-1)?.data).toMatchObject({ movedTo: join(dir, aside ?? '') });
  });
});
