import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSessionHistory, historyIdOf } from '../../../../../electron/services/sessions/session-history';
import type { SessionRecord } from '../../../../../shared/model/session';
import { memoryLogger } from '../../../../helpers/memory-log';
import { failingSession, healthySession } from '../../../../helpers/session-fixtures';

const at = (record: SessionRecord, minutes: number, id: string): SessionRecord => ({
  ...record,
  id,
  startedAt: new Date(Date.parse('2026-03-14T09:00:00.000Z') + minutes * 60_000).toISOString(),
});

const history = (maxSessions?: number) => {
  const dir = mkdtempSync(join(tmpdir(), 'fcd-history-'));
  const { log, records } = memoryLogger();
  return { dir, logs: records, store: createSessionHistory({ dir, log, ...(maxSessions ? { maxSessions } : {}) }) };
};

describe('session history', () => {
  it('saves one file per session, lists newest first per profile, and opens any read-only', async () => {
    const { store, dir } = history();
    await store.save({ profileId: 'seoul', profileName: 'Seoul FTD', record: at(healthySession(), 0, 'a1') });
    await store.save({ profileId: 'busan', profileName: 'Busan FTD', record: at(failingSession(), 5, 'b1') });
    const saved = await store.save({
      profileId: 'seoul',
      profileName: 'Seoul FTD',
      record: at(failingSession(), 10, 'a2'),
    });
    expect(saved.historyId).toBe(historyIdOf(at(failingSession(), 10, 'a2')));
    expect(readdirSync(dir)).toHaveLength(3);

    const seoul = await store.list('seoul');
    expect(seoul.sessions.map((s) => s.sessionId)).toEqual(['a2', 'a1']);
    expect(seoul.sessions[0]).toMatchObject({
      profileName: 'Seoul FTD',
      topCause: { id: 'dns-not-configured' },
      state: 'finished',
    });
    expect(seoul.sessions[1]).toMatchObject({ topCause: { id: 'healthy' }, problems: 0 });
    expect((await store.list()).sessions).toHaveLength(3);

    const opened = await store.open(saved.historyId);
    expect(opened?.record.id).toBe('a2');
    expect(opened?.record.checks.length).toBeGreaterThan(5);
    await expect(store.open('../../etc/passwd')).resolves.toBeUndefined();
  });

  it('replaces a session’s file when it is saved again (a remedy changed it)', async () => {
    const { store, dir } = history();
    const record = at(failingSession(), 0, 'a1');
    await store.save({ profileId: 'p', profileName: 'P', record });
    await store.save({ profileId: 'p', profileName: 'P', record: { ...record, state: 'cancelled' } });
    expect(readdirSync(dir)).toHaveLength(1);
    expect((await store.list('p')).sessions[0]?.state).toBe('cancelled');
  });

  it('is bounded: beyond the limit the oldest sessions are deleted', async () => {
    const { store, dir } = history(3);
    for (let i = 0; i < 5; i += 1)
      await store.save({ profileId: 'p', profileName: 'P', record: at(healthySession(), i, `s${i}`) });
    expect(readdirSync(dir)).toHaveLength(3);
    expect((await store.list('p')).sessions.map((s) => s.sessionId)).toEqual(['s4', 's3', 's2']);
  });

  it('moves a corrupt file aside (every byte kept), says so, and lists the rest', async () => {
    const { store, dir, logs } = history();
    await store.save({ profileId: 'p', profileName: 'P', record: at(healthySession(), 0, 'good') });
    const broken = join(dir, '2026-03-14T08-00-00-000Z_broken.json');
    writeFileSync(broken, '{"version":1,"profileId":"p","record":{"trunc');
    const wrongShape = join(dir, '2026-03-14T08-30-00-000Z_shape.json');
    writeFileSync(wrongShape, JSON.stringify({ version: 1, profileId: 'p', profileName: 'P', record: { id: 'x' } }));

    const listed = await store.list('p');
    expect(listed.sessions.map((s) => s.sessionId)).toEqual(['good']);
    expect(listed.notices).toHaveLength(2);
    const names = readdirSync(dir);
    expect(names.filter((n) => n.includes('.corrupt-'))).toHaveLength(2);
    const aside = listed.notices.find((n) => n.file === broken)!.movedTo;
    expect(readFileSync(aside, 'utf8')).toBe('{"version":1,"profileId":"p","record":{"trunc');
    expect(logs.some((r) => r.message.includes('moved aside'))).toBe(true);
    // Listed again: the moved file is not read again, the notice stays for the admin.
    expect((await store.list('p')).notices).toHaveLength(2);
  });
});
