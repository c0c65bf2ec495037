import type { Encryptor } from '../../electron/services/secrets/encryptor';

/**
 * An Encryptor for tests: reversible, never the plaintext (bytes XORed and reversed behind a
 * tag), with switches for availability and the backend name. Not the thing under test: the vault
 * and the handlers are.
 */
export const fakeEncryptor = (options: { available?: boolean; backend?: string } = {}) => {
  const state = { available: options.available ?? true, encrypted: 0, decrypted: 0 };
  const scramble = (bytes: Buffer) => Buffer.from(bytes.map((b) => b ^ 0x3c).reverse());
  const encryptor: Encryptor = {
    ...(options.backend === undefined ? {} : { backend: options.backend }),
    isAvailable: () => Promise.resolve(state.available),
    encrypt: (text) => {
      state.encrypted += 1;
      return Promise.resolve(Buffer.concat([Buffer.from('FAKE1'), scramble(Buffer.from(text, 'utf8'))]));
    },
    decrypt: (data) => {
      state.decrypted += 1;
      if (data.subarray(0, 5).toString() !== 'FAKE1') return Promise.reject(new Error('bad ciphertext'));
      return Promise.resolve(scramble(data.subarray(5)).toString('utf8'));
    },
  };
  return { encryptor, state };
};
