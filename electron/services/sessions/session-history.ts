import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { HistoryNotice, PastSessionSummary } from '../../../shared/ipc/channels/sessions';
import { sessionRecordSchema } from '../../../shared/ipc/model-schemas';
import type { SessionRecord } from '../../../shared/model/session';
import { writeFileAtomic } from '../fs/atomic-write';
import { moveAside, readJsonFile } from '../fs/json-file';
import type { Logger } from '../log';

/** What one history file holds: whose session it was and the whole record (secrets already masked). */
export interface HistoryEntry {
  readonly profileId: string;
  readonly profileName: string;
  readonly scenario?: string;
  readonly record: SessionRecord;
}

const historyFile = z.strictObject({
  version: z.literal(1),
  profileId: z.string(),
  profileName: z.string(),
  scenario: z.string().optional(),
  record: sessionRecordSchema,
});

export interface SessionHistory {
  /** Write (or replace) the session's file atomically, then drop the oldest files beyond the bound. */
  save(entry: HistoryEntry): Promise<PastSessionSummary>;
  /** Newest first; only the given profile's when one is given. Unreadable files are moved aside and named in `notices`. */
  list(profileId?: string): Promise<{ sessions: PastSessionSummary[]; notices: HistoryNotice[] }>;
  open(historyId: string): Promise<{ summary: PastSessionSummary; record: SessionRecord } | undefined>;
}

/** `2026-11-25T12-25-32-123Z_<session id>`: sorts by start time, legal in file names everywhere. */
export const historyIdOf = (record: Pick<SessionRecord, 'id' | 'startedAt'>): string =>
  `${record.startedAt.replace(/[:.]/g, '-')}_${record.id}`;

const FILE = /^[A-Za-z0-9_-]+\.json$/;

export const summarize = (historyId: string, entry: HistoryEntry): PastSessionSummary => {
  const { record } = entry;
  const top = record.diagnosis.causes[0];
  return {
    historyId,
    sessionId: record.id,
    profileId: entry.profileId,
    profileName: entry.profileName,
    ...(entry.scenario ? { scenario: entry.scenario } : {}),
    device: record.device,
    state: record.state,
    startedAt: record.startedAt,
    ...(record.finishedAt ? { finishedAt: record.finishedAt } : {}),
    ...(top ? { topCause: { id: top.id, confidence: top.confidence } } : {}),
    problems: record.diagnosis.causes.filter((c) => c.id !== 'healthy').length,
    actions: record.actions.length,
  };
};

/**
 * Past sessions, one JSON file each under the user-data `sessions` folder, so any can be opened
 * read-only later. Bounded: beyond `maxSessions` the oldest files are deleted. A file that cannot
 * be read or understood is moved aside (`<file>.corrupt-<time>`, every byte kept) and reported,
 * never silently dropped. Summaries are cached by file time and size, so listing stays cheap.
 */
export const createSessionHistory = (options: {
  readonly dir: string;
  readonly log: Logger;
  readonly maxSessions?: number;
}): SessionHistory => {
  const { dir, log } = options;
  const maxSessions = Math.max(1, options.maxSessions ?? 200);
  const notices: HistoryNotice[] = [];
  const cache = new Map<string, { readonly stamp: string; readonly summary: PastSessionSummary }>();

  const files = async (): Promise<string[]> => {
    try {
      return (await readdir(dir)).filter((name) => FILE.test(name)).sort();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  };

  /** The file's entry, or undefined after moving an unusable file aside. */
  const read = async (name: string): Promise<HistoryEntry | undefined> => {
    const path = join(dir, name);
    const file = await readJsonFile(path);
    if (file.kind === 'missing') return undefined;
    const parsed = file.kind === 'ok' ? historyFile.safeParse(file.value) : undefined;
    if (parsed?.success) {
      const { profileId, profileName, scenario, record } = parsed.data;
      return { profileId, profileName, ...(scenario ? { scenario } : {}), record };
    }
    try {
      const movedTo = await moveAside(path);
      notices.push({ kind: 'moved-aside', file: path, movedTo });
      log.warn('session history file unusable: moved aside', { file: name, reason: file.kind, movedTo });
    } catch (error) {
      log.warn('session history file unusable and could not be moved aside', { file: name, error: String(error) });
    }
    cache.delete(name);
    return undefined;
  };

  const summaryOf = async (name: string): Promise<PastSessionSummary | undefined> => {
    let info;
    try {
      info = await stat(join(dir, name));
    } catch {
      return undefined;
    }
    const stamp = `${info.mtimeMs}:${info.size}`;
    const cached = cache.get(name);
    if (cached?.stamp === stamp) return cached.summary;
    const entry = await read(name);
    if (!entry) return undefined;
    const summary = summarize(name.slice(0, -'.json'.length), entry);
    cache.set(name, { stamp, summary });
    return summary;
  };

  const prune = async (): Promise<void> => {
    const all = await files();
    for (const name of all.slice(0, Math.max(0, all.length - maxSessions))) {
      await rm(join(dir, name), { force: true });
      cache.delete(name);
    }
  };

  return {
    save: async (entry) => {
      const historyId = historyIdOf(entry.record);
      const body = { version: 1, ...entry };
      await writeFileAtomic(join(dir, `${historyId}.json`), `${JSON.stringify(body)}\n`, { mode: 0o600 });
      await prune();
      return summarize(historyId, entry);
    },
    list: async (profileId) => {
      const sessions: PastSessionSummary[] = [];
      for (const name of (await files()).reverse()) {
        const summary = await summaryOf(name);
        if (summary && (profileId === undefined || summary.profileId === profileId)) sessions.push(summary);
      }
      return { sessions, notices: [...notices] };
    },
    open: async (historyId) => {
      const name = `${historyId}.json`;
      if (!FILE.test(name)) return undefined;
      const entry = await read(name);
      return entry ? { summary: summarize(historyId, entry), record: entry.record } : undefined;
    },
  };
};
