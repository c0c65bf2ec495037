import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Encryptor } from './encryptor';

/** The backend name the test bridge reports, so nobody mistakes it for OS encryption. */
export const TEST_BRIDGE_BACKEND = 'test-bridge-in-memory-key';

/**
 * FOR THE TEST BRIDGE ONLY (browser tests, `npm run dev:web`): not OS encryption. By default it
 * reports itself unavailable, so the bridge behaves like a computer without a keyring and the app
 * asks every time. A test that wants to exercise saving passes `available: true`: then secrets
 * are AES-256-GCM encrypted with a key that lives only in this process's memory — nothing secret
 * is ever readable on disk, and saved secrets are unreadable after the bridge stops.
 */
export const createTestBridgeEncryptor = (options: { readonly available?: boolean } = {}): Encryptor => {
  const key = randomBytes(32);
  return {
    backend: TEST_BRIDGE_BACKEND,
    isAvailable: () => Promise.resolve(options.available === true),
    encrypt: async (text) => {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decrypt: async (data) => {
      const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, 12));
      decipher.setAuthTag(data.subarray(12, 28));
      return Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
};
