import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { safeStorage } from 'electron';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSafeStorageEncryptor } from '../../../../electron/main/safe-storage';
import { createSecretVault } from '../../../../electron/services/secrets/secret-vault';
import { fake } from '../../../helpers/fake-electron';
import { memoryLogger } from '../../../helpers/memory-log';

const vaultOver = (platform: NodeJS.Platform) => {
  const path = join(mkdtempSync(join(tmpdir(), 'fcd-safe-')), 'secrets.json');
  return { path, vault: createSecretVault({ path, encryptor: createSafeStorageEncryptor(safeStorage, platform), log: memoryLogger().log }) };
};

describe('safeStorage adapter', () => {
  beforeEach(() => fake.reset());

  it('encrypts through the async API only, and the vault keeps just the ciphertext', async () => {
    const { path, vault } = vaultOver('linux');
    expect(await vault.availability()).toEqual({ state: 'encrypted', backend: 'gnome_libsecret' });
    await vault.set('p1', 'password', 'admin123');
    expect(await vault.get('p1', 'password')).toBe('admin123');
    expect(readFileSync(path, 'utf8')).not.toContain('admin123');
    expect(new Set(fake.safeStorage.calls)).toEqual(
      new Set(['isAsyncEncryptionAvailable', 'getSelectedStorageBackend', 'encryptStringAsync', 'decryptStringAsync']),
    );
  });

  it('is unavailable when the OS says so, and when Linux fell back to basic_text', async () => {
    fake.safeStorage.available = false;
    expect(await vaultOver('linux').vault.availability()).toMatchObject({ state: 'unavailable', reason: 'os-unavailable' });
    fake.safeStorage.available = true;
    fake.safeStorage.backend = 'basic_text';
    const { vault } = vaultOver('linux');
    expect(await vault.availability()).toEqual({ state: 'unavailable', reason: 'plaintext-backend', backend: 'basic_text' });
    await expect(vault.set('p1', 'password', 'x')).rejects.toMatchObject({ code: 'unavailable' });
    expect(fake.safeStorage.calls).not.toContain('encryptStringAsync');
  });

  it('names no backend off Linux (macOS Keychain, Windows DPAPI have no choice to report)', async () => {
    const encryptor = createSafeStorageEncryptor(safeStorage, 'darwin');
    expect(encryptor.backend).toBeUndefined();
    expect(fake.safeStorage.calls).not.toContain('getSelectedStorageBackend');
    expect(await vaultOver('win32').vault.availability()).toEqual({ state: 'encrypted' });
  });

  it('is what main hands to the handlers', async () => {
    const source = readFileSync(join(__dirname, '../../../../electron/main/app-main.ts'), 'utf8');
    expect(source).toContain('encryptor: createSafeStorageEncryptor(safeStorage)');
  });
});
