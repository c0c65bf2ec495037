import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProfileDraft } from '../../../../../shared/model/profile';
import { EMPTY_DRAFT } from '../../../../../shared/model/profile-rules';
import { createProfileStore } from '../../../../../electron/services/profiles/profile-store';
import { memoryLogger } from '../../../../helpers/memory-log';

const FIXTURES = resolve(__dirname, '../../../../fixtures/profiles');

const setup = () => {
  const dir = mkdtempSync(join(tmpdir(), 'fcd-profiles-'));
  const path = join(dir, 'profiles.json');
  const { log, records } = memoryLogger();
  const open = () => createProfileStore({ path, log, home: dir });
  return { dir, path, records, store: open(), open };
};

const draft = (name: string, patch: Partial<ProfileDraft> = {}): ProfileDraft => ({
  ...EMPTY_DRAFT,
  name,
  host: `${name.toLowerCase().replace(/\W+/g, '-')}.example.com`,
  ...patch,
});

const created = async (store: ReturnType<typeof setup>['store'], d: ProfileDraft) => {
  const outcome = await store.create(d);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.profile;
};

describe('profile store', () => {
  it('round-trips every field through the file, readable by a second store', async () => {
    const { dir, path, store, open } = setup();
    writeFileSync(join(dir, 'id_ed25519'), 'key');
    const profile = await created(
      store,
      draft('Seoul FTD', {
        port: '2222',
        username: 'netops',
        auth: 'key',
        keyPath: join(dir, 'id_ed25519'),
        deviceType: 'fmc',
        region: 'apj',
        jump: 'jump@bastion.example.com:2200',
        jumpAuth: 'password',
        notes: 'behind the proxy',
      }),
    );
    expect(profile).toMatchObject({
      name: 'Seoul FTD',
      port: 2222,
      auth: { method: 'key', keyPath: join(dir, 'id_ed25519') },
      jump: { username: 'jump', host: 'bastion.example.com', port: 2200, auth: { method: 'password' } },
      region: 'apj',
    });
    expect(profile.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await open().list()).toEqual({ profiles: [profile], notices: [] });
    const file = JSON.parse(readFileSync(path, 'utf8'));
    expect(file).toEqual({ version: 2, profiles: [profile] });
    expect(readFileSync(path, 'utf8')).toMatch(/\n$/);
  });

  it('updates in place, keeping id and creation time; duplicates with a free name; removes', async () => {
    const { store } = setup();
    const first = await created(store, draft('Seoul FTD'));
    const updated = await store.update(first.id, draft('Seoul FTD', { host: '192.0.2.7', region: 'eu' }));
    expect(updated).toMatchObject({ ok: true, profile: { id: first.id, createdAt: first.createdAt, host: '192.0.2.7', region: 'eu' } });
    const copy = await store.duplicate(first.id);
    const copy2 = await store.duplicate(copy.id);
    expect([copy.name, copy2.name]).toEqual(['Seoul FTD (2)', 'Seoul FTD (3)']);
    expect(copy.id).not.toBe(first.id);
    await store.remove(copy.id);
    expect((await store.list()).profiles.map((p) => p.name)).toEqual(['Seoul FTD', 'Seoul FTD (3)']);
    await expect(store.remove(copy.id)).rejects.toMatchObject({ code: 'not-found' });
    await expect(store.update('nope', draft('x'))).rejects.toMatchObject({ code: 'not-found' });
  });

  it('refuses a second device of the same name, ignoring case, but lets a device keep its own name', async () => {
    const { store } = setup();
    const first = await created(store, draft('Seoul FTD'));
    expect(await store.create(draft('seoul ftd'))).toEqual({
      ok: false,
      errors: [{ field: 'name', message: { key: 'profiles.validation.nameTaken', params: { name: 'seoul ftd' } } }],
    });
    expect((await store.update(first.id, draft('SEOUL FTD'))).ok).toBe(true);
  });

  it('checks that a key file exists, is a file and is readable, for the device and the jump host', async () => {
    const { dir, store } = setup();
    mkdirSync(join(dir, 'keys'));
    const missing = await store.create(draft('A', { auth: 'key', keyPath: join(dir, 'nope') }));
    expect(missing).toMatchObject({ ok: false, errors: [{ field: 'keyPath', message: { key: 'profiles.validation.keyFileMissing', params: { path: join(dir, 'nope') } } }] });
    const folder = await store.create(draft('A', { auth: 'key', keyPath: join(dir, 'keys') }));
    expect(folder).toMatchObject({ ok: false, errors: [{ message: { key: 'profiles.validation.keyFileNotFile' } }] });
    const jump = await store.create(draft('A', { jump: 'j@bastion:22', jumpAuth: 'key', jumpKeyPath: '~/missing_key' }));
    expect(jump).toMatchObject({ ok: false, errors: [{ field: 'jumpKeyPath', message: { key: 'profiles.validation.keyFileMissing' } }] });
    writeFileSync(join(dir, 'id'), 'k');
    expect((await store.create(draft('A', { auth: 'key', keyPath: '~/id' }))).ok).toBe(true);
  });

  it('migrates a version-1 file on read, rewrites it only on the next save, and keeps the original as a backup', async () => {
    const { path, store } = setup();
    copyFileSync(join(FIXTURES, 'v1-profiles.json'), path);
    const original = readFileSync(path, 'utf8');
    const { profiles, notices } = await store.list();
    expect(notices).toEqual([]);
    expect(profiles).toEqual([
      expect.objectContaining({
        id: '7f0c2a4e-1b7d-4d55-9a53-0c1e8f2b6a11',
        name: 'Seoul FTD 1',
        host: '192.0.2.41',
        username: 'admin',
        auth: { method: 'password' },
        deviceType: 'ftd',
        region: 'us',
        createdAt: '2023-07-03T04:00:00.000Z',
        updatedAt: '2023-08-02T04:00:00.000Z',
      }),
      expect.objectContaining({ name: 'HQ FMC', deviceType: 'fmc', auth: { method: 'key', keyPath: '/home/netops/.ssh/fmc_ed25519' } }),
      expect.objectContaining({
        name: 'DMZ FTD',
        host: '2001:db8:10::5',
        port: 22,
        username: 'netops',
        deviceType: 'ftd',
        auth: { method: 'agent' },
        jump: { username: 'jump', host: 'bastion.corp.example.com', port: 2222, auth: { method: 'agent' } },
        updatedAt: '2023-07-18T04:00:00.000Z',
      }),
    ]);
    // Reading never writes.
    expect(readFileSync(path, 'utf8')).toBe(original);
    expect(existsSync(`${path}.v1.bak`)).toBe(false);

    const hq = profiles[1]!;
    await store.update(hq.id, { ...EMPTY_DRAFT, name: 'HQ FMC', host: 'fmc.corp.example.com', deviceType: 'fmc', region: 'eu' });
    expect(readFileSync(`${path}.v1.bak`, 'utf8')).toBe(original);
    const rewritten = JSON.parse(readFileSync(path, 'utf8'));
    expect(rewritten.version).toBe(2);
    expect(rewritten.profiles.map((p: { name: string }) => p.name)).toEqual(['Seoul FTD 1', 'HQ FMC', 'DMZ FTD']);
    expect(rewritten.profiles[1]).toMatchObject({ id: hq.id, region: 'eu', auth: { method: 'password' } });
  });

  it('reads partial entries over the defaults, with an id that stays the same between reads', async () => {
    const { path, store, open } = setup();
    writeFileSync(path, JSON.stringify({ version: 2, profiles: [{ name: 'Hand written', host: '192.0.2.9', username: 'admin' }] }));
    const [first] = (await store.list()).profiles;
    expect(first).toMatchObject({ name: 'Hand written', port: 22, auth: { method: 'password' }, deviceType: 'ftd', region: 'us', notes: '' });
    expect((await open().list()).profiles[0]?.id).toBe(first?.id);
    const renamed = await store.update(first!.id, draft('Hand written', { host: '192.0.2.10' }));
    expect(renamed.ok).toBe(true);
  });

  it('keeps entries it cannot understand in the file, names them, and writes them back untouched', async () => {
    const { path, store } = setup();
    const odd = { name: 'Old ASA', type: 'ASA', host: 'asa.example.com', user: 'admin' };
    writeFileSync(path, JSON.stringify({ version: 1, devices: [odd, { name: 'Good', type: 'FTD', host: '192.0.2.1', user: 'admin' }] }));
    const { profiles, notices } = await store.list();
    expect(profiles.map((p) => p.name)).toEqual(['Good']);
    expect(notices).toEqual([{ kind: 'entries-skipped', names: ['Old ASA'] }]);
    await created(store, draft('New'));
    const file = JSON.parse(readFileSync(path, 'utf8'));
    expect(file.profiles.map((p: { name: string }) => p.name)).toEqual(['Good', 'New', 'Old ASA']);
  });

  it.each([
    ['unparseable', '{"version": 2, "profiles": [ {"name": "Seoul'],
    ['unrecognized', '{"hello": "world"}'],
    ['unrecognized', '[1, 2, 3]'],
  ] as const)('moves a %s file aside with every byte, reports its new name, and never overwrites it', async (reason, bytes) => {
    const { dir, path, store, records } = setup();
    writeFileSync(path, bytes);
    const { profiles, notices } = await store.list();
    expect(profiles).toEqual([]);
    const aside = readdirSync(dir).find((name) => name.startsWith('profiles.json.corrupt-'));
    expect(aside).toBeDefined();
    expect(notices).toEqual([{ kind: 'moved-aside', file: 'profiles', reason, movedTo: join(dir, aside!) }]);
    expect(readFileSync(join(dir, aside!), 'utf8')).toBe(bytes);
    expect(existsSync(path)).toBe(false);
    // The notice stays for this store's life, so a screen opened later still shows it.
    expect((await store.list()).notices).toHaveLength(1);
    await created(store, draft('After'));
    expect(readFileSync(join(dir, aside!), 'utf8')).toBe(bytes);
    expect(records.some((r) => r.level === 'warn' && r.data?.movedTo === join(dir, aside!))).toBe(true);
  });

  it('moves an unreadable file (a folder in its place) aside as unreadable', async () => {
    const { dir, path, store } = setup();
    mkdirSync(path);
    const { notices } = await store.list();
    expect(notices).toMatchObject([{ kind: 'moved-aside', reason: 'unreadable' }]);
    expect(readdirSync(dir).some((n) => n.startsWith('profiles.json.corrupt-'))).toBe(true);
  });

  it('shows a file from a newer version but refuses to change it', async () => {
    const { path, store } = setup();
    const newer = JSON.stringify({
      version: 3,
      profiles: [{ id: 'abc', name: 'Future', host: '192.0.2.3', username: 'admin', color: 'teal', createdAt: '2030-01-01T00:00:00.000Z', updatedAt: '2030-01-01T00:00:00.000Z' }],
    });
    writeFileSync(path, newer);
    const { profiles, notices } = await store.list();
    expect(profiles.map((p) => p.name)).toEqual(['Future']);
    expect(notices).toEqual([{ kind: 'newer-version', version: 3 }]);
    await expect(store.create(draft('Mine'))).rejects.toMatchObject({ code: 'conflict' });
    expect(readFileSync(path, 'utf8')).toBe(newer);
  });

  it('never loses an update when two stores write at once (read-modify-write under the lock)', async () => {
    const { path, open } = setup();
    const a = open();
    const b = open();
    const seed = await created(a, draft('Counter', { notes: '0' }));
    const adds = Array.from({ length: 12 }, (_, i) => (i % 2 ? a : b).create(draft(`Device ${i}`)));
    const bumps = Array.from({ length: 12 }, (_, i) =>
      (i % 2 ? b : a).mutate(async (current) => ({
        profiles: current.map((p) => (p.id === seed.id ? { ...p, notes: String(Number(p.notes) + 1) } : p)),
        result: undefined,
      })),
    );
    await Promise.all([...adds, ...bumps]);
    const file = JSON.parse(readFileSync(path, 'utf8'));
    expect(file.profiles).toHaveLength(13);
    expect(file.profiles.find((p: { id: string }) => p.id === seed.id).notes).toBe('12');
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it('writes the file owner-only', async () => {
    const { path, store } = setup();
    await created(store, draft('A'));
    const { statSync } = await import('node:fs');
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });
});
