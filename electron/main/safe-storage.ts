import type { SafeStorage } from 'electron';
import type { Encryptor } from '../services/secrets/encryptor';

type SafeStorageApi = Pick<
  SafeStorage,
  'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync' | 'getSelectedStorageBackend'
>;

/**
 * The vault's Encryptor over Electron's safeStorage, async API only (the sync one is deprecated in
 * Electron 45 and removed in 46). On Linux it names the selected backend so the vault can refuse
 * `basic_text`, Electron's keyring-less fallback that is not real encryption. The backend is read
 * after availability resolves: before the app is ready Electron reports `unknown`.
 */
export const createSafeStorageEncryptor = (
  safeStorage: SafeStorageApi,
  platform: NodeJS.Platform = process.platform,
): Encryptor => ({
  isAvailable: () => safeStorage.isAsyncEncryptionAvailable(),
  get backend() {
    return platform === 'linux' ? safeStorage.getSelectedStorageBackend() : undefined;
  },
  encrypt: (text) => safeStorage.encryptStringAsync(text),
  // shouldReEncrypt (a rotated key) is left to the next save: the vault re-encrypts on every set.
  decrypt: async (data) => (await safeStorage.decryptStringAsync(data)).result,
});
