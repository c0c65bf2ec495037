import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSecretVault } from '../../../../../electron/services/secrets/secret-vault';
import { createTestBridgeEncryptor, TEST_BRIDGE_BACKEND } from '../../../../../electron/services/secrets/test-bridge-encryptor';
import { fakeEncryptor } from '../../../../helpers/fake-encryptor';
import { memoryLogger } from '../../../../helpers/memory-log';

const SECRET = 'Cisco123!sudo-천리안';

const setup = (options: Parameters<typeof fakeEncryptor>[0] = {}) => {
  const dir = mkdtempSync(join(tmpdir(), 'fcd-vault-'));
  const path = join(dir, 'secrets.json');
  const fake = fakeEncryptor(options);
  const { log, records } = memoryLogger();
  return { dir, path, fake, records, vault: createSecretVault({ path, encryptor: fake.encryptor, log }) };
};

describe('secret vault', () => {
  it('saves, reads back and forgets secrets per profile and kind; only ciphertext reaches the disk', async () => {
    const { path, vault, fake } = setup({ backend: 'gnome_libsecret' });
    expect(await vault.availability()).toEqual({ state: 'encrypted', backend: 'gnome_libsecret' });
    expect(await vault.set('p1', 'password', SECRET)).toEqual(['password']);
    expect(await vault.set('p1', 'sudo-password', 'other')).toEqual(['password', 'sudo-password']);
    await vault.set('p2', 'passphrase', 'pp');
    expect(await vault.get('p1', 'password')).toBe(SECRET);
    expect(await vault.kinds('p1')).toEqual(['password', 'sudo-password']);
    expect(fake.state.encrypted).toBe(3);

    const bytes = readFileSync(path);
    expect(bytes.includes(Buffer.from(SECRET))).toBe(false);
    expect(bytes.toString('latin1')).not.toContain('Cisco123');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const file = JSON.parse(bytes.toString('utf8'));
    expect(Object.keys(file.secrets)).toEqual(['p1', 'p2']);
    expect(file.secrets.p1.password).toMatch(/^[A-Za-z0-9+/]+=*$/);

    expect(await vault.delete('p1', 'password')).toEqual(['sudo-password']);
    expect(await vault.get('p1', 'password')).toBeUndefined();
    expect(await vault.delete('p1')).toEqual([]);
    expect([...(await vault.allKinds()).keys()]).toEqual(['p2']);
  });

  it('refuses to save without encryption and says why, writing nothing', async () => {
    const off = setup({ available: false });
    expect(await off.vault.availability()).toEqual({ state: 'unavailable', reason: 'os-unavailable' });
    await expect(off.vault.set('p1', 'password', SECRET)).rejects.toMatchObject({ code: 'unavailable', message: expect.stringContaining('os-unavailable') });
    expect(existsSync(off.path)).toBe(false);

    const basic = setup({ backend: 'basic_text' });
    expect(await basic.vault.availability()).toEqual({ state: 'unavailable', reason: 'plaintext-backend', backend: 'basic_text' });
    await expect(basic.vault.set('p1', 'password', SECRET)).rejects.toMatchObject({ code: 'unavailable' });
    expect(basic.fake.state.encrypted).toBe(0);

    const dir = mkdtempSync(join(tmpdir(), 'fcd-vault-'));
    const none = createSecretVault({ path: join(dir, 's.json'), log: memoryLogger().log });
    expect(await none.availability()).toEqual({ state: 'unavailable', reason: 'no-encryptor' });
    await expect(none.set('p', 'password', SECRET)).rejects.toMatchObject({ code: 'unavailable' });
  });

  it('gives back nothing (and logs no secret) when a saved secret cannot be decrypted', async () => {
    const { path, vault, records } = setup();
    writeFileSync(path, JSON.stringify({ version: 1, secrets: { p1: { password: Buffer.from('garbage').toString('base64') } } }));
    expect(await vault.get('p1', 'password')).toBeUndefined();
    expect(JSON.stringify(records)).not.toContain('garbage');
    expect(records.some((r) => r.message.includes('could not be decrypted'))).toBe(true);
  });

  it('moves a corrupt secrets file aside and reports it', async () => {
    const { dir, path, vault } = setup();
    writeFileSync(path, '{"version":1,"secrets":');
    expect(await vault.kinds('p1')).toEqual([]);
    const aside = readdirSync(dir).find((n) => n.startsWith('secrets.json.corrupt-'));
    expect(vault.notices()).toEqual([{ kind: 'moved-aside', file: 'secrets', reason: 'unparseable', movedTo: join(dir, aside!) }]);
    expect(readFileSync(join(dir, aside!), 'utf8')).toBe('{"version":1,"secrets":');
  });

  it('the test bridge encryptor says it is not OS encryption, is off unless asked, and keeps no plaintext', async () => {
    const off = createTestBridgeEncryptor();
    expect(off.backend).toBe(TEST_BRIDGE_BACKEND);
    expect(await off.isAvailable()).toBe(false);
    const on = createTestBridgeEncryptor({ available: true });
    const sealed = await on.encrypt(SECRET);
    expect(sealed.includes(Buffer.from(SECRET))).toBe(false);
    expect(await on.decrypt(sealed)).toBe(SECRET);
    // A new bridge has a new key: what the old one saved is unreadable, by design.
    await expect(createTestBridgeEncryptor({ available: true }).decrypt(sealed)).rejects.toThrow();
  });
});
