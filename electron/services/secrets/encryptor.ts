/**
 * What the vault needs from the OS: encrypt and decrypt a string. The desktop app passes one
 * over Electron's safeStorage (electron/main/safe-storage.ts); services and tests never import
 * electron, so they get it through ServiceDeps. `backend` names the OS store where there is a
 * choice (Linux: gnome_libsecret, kwallet…, or basic_text, which is not real encryption).
 */
export interface Encryptor {
  isAvailable(): Promise<boolean>;
  readonly backend?: string;
  encrypt(text: string): Promise<Buffer>;
  decrypt(data: Buffer): Promise<string>;
}

/** Electron's fallback on Linux without a keyring: a hard-coded key, so no protection at all. */
export const PLAINTEXT_BACKENDS: readonly string[] = ['basic_text'];
