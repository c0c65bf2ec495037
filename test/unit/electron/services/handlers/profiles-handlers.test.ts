/* eslint-disable @typescript-eslint/no-explicit-any -- envelope values are checked by shape (toMatchObject/toEqual), not by type */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventName } from '../../../../../shared/ipc/contract';
import { EMPTY_DRAFT } from '../../../../../shared/model/profile-rules';
import type { ProfileDraft } from '../../../../../shared/model/profile';
import { createHandlers } from '../../../../../electron/services/handlers/index';
import { createBroadcaster, dispatch } from '../../../../../electron/services/ipc/dispatch';
import { dataFiles } from '../../../../../electron/services/paths';
import { fakeEncryptor } from '../../../../helpers/fake-encryptor';
import { memoryLogger } from '../../../../helpers/memory-log';

const SECRET = 'S3cret-for-ftd!';

const setup = (encrypt = true) => {
  const userDataDir = mkdtempSync(join(tmpdir(), 'fcd-handlers-'));
  const { log, records } = memoryLogger();
  const events = createBroadcaster(log);
  const seen: { name: EventName; payload: unknown }[] = [];
  events.subscribe((name, payload) => seen.push({ name, payload }));
  const handlers = createHandlers({
    transport: 'bridge',
    userDataDir,
    events,
    log,
    ...(encrypt ? { encryptor: fakeEncryptor().encryptor } : {}),
  });
  const results: unknown[] = [];
  const call = async (name: string, payload: unknown) => {
    const envelope = await dispatch(handlers, name, JSON.parse(JSON.stringify(payload)), log);
    results.push(envelope);
    return envelope as { ok: boolean; value?: any; error?: { code: string; message: string } };
  };
  return { userDataDir, call, seen, results, records };
};

const draft = (name: string, patch: Partial<ProfileDraft> = {}): ProfileDraft => ({ ...EMPTY_DRAFT, name, host: '192.0.2.10', ...patch });

describe('profiles handlers through dispatch', () => {
  it('lists the simulated device first, then saved devices; create, get, update, duplicate, delete', async () => {
    const { call, seen } = setup();
    const empty = await call('listProfiles', {});
    expect(empty.value.profiles).toEqual([expect.objectContaining({ builtIn: true, profile: expect.objectContaining({ id: 'simulated', host: '127.0.0.1', username: 'admin' }) })]);

    const created = await call('createProfile', { draft: draft('Seoul FTD') });
    expect(created).toMatchObject({ ok: true, value: { ok: true, profile: { name: 'Seoul FTD', port: 22 } } });
    const id = created.value.profile.id;
    expect((await call('getProfile', { id })).value).toMatchObject({ builtIn: false, savedSecrets: [], profile: { id } });
    expect((await call('updateProfile', { id, draft: draft('Seoul FTD', { region: 'eu' }) })).value.profile.region).toBe('eu');
    const copy = await call('duplicateProfile', { id });
    expect(copy.value.name).toBe('Seoul FTD (2)');
    expect((await call('listProfiles', {})).value.profiles.map((i: any) => i.profile.name)).toEqual(['Simulated device', 'Seoul FTD', 'Seoul FTD (2)']);
    expect(await call('deleteProfile', { id: copy.value.id })).toEqual({ ok: true, value: { id: copy.value.id } });
    expect(seen.map((e) => (e.payload as { reason: string }).reason)).toEqual(['created', 'updated', 'duplicated', 'deleted']);
    expect(await call('getProfile', { id: copy.value.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('returns field errors as a value, so the form can show them inline', async () => {
    const { call } = setup();
    const result = await call('createProfile', { draft: draft('', { host: 'not a host', port: '0' }) });
    expect(result).toMatchObject({
      ok: true,
      value: {
        ok: false,
        errors: [
          { field: 'name', message: { key: 'profiles.validation.nameRequired' } },
          { field: 'host', message: { key: 'profiles.validation.hostInvalid' } },
          { field: 'port', message: { key: 'profiles.validation.portInvalid' } },
        ],
      },
    });
  });

  it.each([
    ['createProfile', { draft: { ...EMPTY_DRAFT, name: 'x', host: 'h', extra: 1 } }],
    ['createProfile', { draft: { ...EMPTY_DRAFT, port: 22 } }],
    ['createProfile', { draft: { ...EMPTY_DRAFT, deviceType: 'asa' } }],
    ['updateProfile', { id: '../etc/passwd', draft: EMPTY_DRAFT }],
    ['getProfile', { id: '' }],
    ['saveProfileSecret', { id: 'abc', kind: 'root-password', value: 'x' }],
    ['saveProfileSecret', { id: 'abc', kind: 'password', value: '' }],
    ['saveProfileSecret', { id: 'abc', kind: 'password', value: 'x'.repeat(1025) }],
    ['previewProfileImport', { text: 'x'.repeat(512 * 1024 + 1) }],
    ['exportProfiles', { ids: 'all' }],
    ['listProfiles', { all: true }],
  ])('rejects a malformed %s payload before any handler runs', async (name, payload) => {
    const { call, userDataDir } = setup();
    expect(await call(name, payload)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(() => readFileSync(dataFiles(userDataDir).profiles)).toThrow();
  });

  it('never lets the simulated device be changed, duplicated, deleted or given secrets', async () => {
    const { call } = setup();
    for (const [name, payload] of [
      ['updateProfile', { id: 'simulated', draft: draft('Mine') }],
      ['duplicateProfile', { id: 'simulated' }],
      ['deleteProfile', { id: 'simulated' }],
      ['saveProfileSecret', { id: 'simulated', kind: 'password', value: 'x' }],
    ] as const) {
      expect(await call(name, payload), name).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect((await call('createProfile', { draft: draft('Simulated Device') })).value).toMatchObject({
      ok: false,
      errors: [{ field: 'name', message: { key: 'profiles.validation.nameReserved' } }],
    });
  });

  it('saves secrets encrypted, reports only which kinds are saved, and never returns a secret anywhere', async () => {
    const { call, results, seen, records, userDataDir } = setup();
    const id = (await call('createProfile', { draft: draft('Seoul FTD') })).value.profile.id;
    expect(await call('getSecretAvailability', {})).toEqual({ ok: true, value: { state: 'encrypted' } });
    expect((await call('saveProfileSecret', { id, kind: 'password', value: SECRET })).value).toEqual({ savedSecrets: ['password'] });
    await call('saveProfileSecret', { id, kind: 'sudo-password', value: `${SECRET}-sudo` });
    expect((await call('getProfile', { id })).value.savedSecrets).toEqual(['password', 'sudo-password']);
    expect((await call('listProfiles', {})).value.profiles[1].savedSecrets).toEqual(['password', 'sudo-password']);
    const exported = await call('exportProfiles', {});
    expect((await call('clearProfileSecrets', { id, kind: 'password' })).value).toEqual({ savedSecrets: ['sudo-password'] });
    await call('deleteProfile', { id });
    expect(readFileSync(dataFiles(userDataDir).secrets, 'utf8')).not.toContain(id);

    for (const text of [JSON.stringify(results), JSON.stringify(seen), JSON.stringify(records), exported.value.text]) {
      expect(text).not.toContain(SECRET);
    }
    expect(readFileSync(dataFiles(userDataDir).profiles, 'utf8')).not.toContain(SECRET);
  });

  it('without encryption: says why, refuses to save, and the profile still saves', async () => {
    const { call, userDataDir } = setup(false);
    expect((await call('getSecretAvailability', {})).value).toEqual({ state: 'unavailable', reason: 'no-encryptor' });
    const id = (await call('createProfile', { draft: draft('A') })).value.profile.id;
    expect(await call('saveProfileSecret', { id, kind: 'password', value: SECRET })).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(() => readFileSync(dataFiles(userDataDir).secrets)).toThrow();
  });

  it('previews an import (add or replace by name), applies it, and exports without ids or secrets', async () => {
    const { call } = setup();
    await call('createProfile', { draft: draft('HQ FMC', { deviceType: 'fmc' }) });
    const text = JSON.stringify({
      format: 'firepower-cloud-doctor/profiles',
      version: 1,
      profiles: [
        { name: 'hq fmc', host: 'fmc.example.com', username: 'admin', deviceType: 'fmc', region: 'eu' },
        { name: 'Branch', host: '198.51.100.7', username: 'admin' },
        { name: 'Broken', host: 'bad host', username: 'admin' },
      ],
    });
    const preview = await call('previewProfileImport', { text });
    expect(preview.value).toEqual({
      ok: true,
      preview: {
        items: [
          { name: 'hq fmc', host: 'fmc.example.com', deviceType: 'fmc', action: 'replace', warnings: [] },
          { name: 'Branch', host: '198.51.100.7', deviceType: 'ftd', action: 'add', warnings: [] },
        ],
        invalid: [{ position: 3, name: 'Broken', errors: [{ key: 'profiles.validation.hostInvalid' }] }],
      },
    });
    expect((await call('listProfiles', {})).value.profiles).toHaveLength(2);
    expect((await call('applyProfileImport', { text })).value).toEqual({ ok: true, result: { added: 1, replaced: 1, invalid: 1 } });
    const names = (await call('listProfiles', {})).value.profiles.map((i: any) => `${i.profile.name}@${i.profile.host}`);
    expect(names).toEqual(['Simulated device@127.0.0.1', 'hq fmc@fmc.example.com', 'Branch@198.51.100.7']);

    const exported = (await call('exportProfiles', {})).value;
    expect(exported.count).toBe(2);
    expect(exported.fileName).toMatch(/^firepower-cloud-doctor-devices-\d{4}-\d{2}-\d{2}\.json$/);
    const doc = JSON.parse(exported.text);
    expect(doc).toMatchObject({ format: 'firepower-cloud-doctor/profiles', version: 1 });
    expect(Object.keys(doc.profiles[0]).sort()).toEqual(['auth', 'deviceType', 'host', 'name', 'notes', 'port', 'region', 'username']);
    // What was exported imports back as two replacements.
    expect((await call('previewProfileImport', { text: exported.text })).value.preview.items.map((i: any) => i.action)).toEqual(['replace', 'replace']);
  });

  it('says plainly when the text is not a device list', async () => {
    const { call } = setup();
    expect((await call('previewProfileImport', { text: 'hello' })).value).toMatchObject({ ok: false, error: { key: 'profiles.importDialog.notJson' } });
    expect((await call('previewProfileImport', { text: '{"a":1}' })).value).toEqual({ ok: false, error: { key: 'profiles.importDialog.notProfiles' } });
    expect((await call('applyProfileImport', { text: '{"format":"firepower-cloud-doctor/profiles","version":9,"profiles":[]}' })).value).toEqual({
      ok: false,
      error: { key: 'profiles.importDialog.newerFormat', params: { version: 9 } },
    });
  });

  it('reports a corrupt profile file in the list result with its new name', async () => {
    const { call, userDataDir } = setup();
    writeFileSync(dataFiles(userDataDir).profiles, 'not json at all');
    const list = await call('listProfiles', {});
    expect(list.value.notices).toEqual([
      { kind: 'moved-aside', file: 'profiles', reason: 'unparseable', movedTo: expect.stringContaining('profiles.json.corrupt-') },
    ]);
    expect(readFileSync(list.value.notices[0].movedTo, 'utf8')).toBe('not json at all');
  });
});
