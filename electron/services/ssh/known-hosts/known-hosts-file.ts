import { readFile } from 'node:fs/promises';
import type { KnownHostEntry } from '../../../../shared/model/connection-test';
import { writeFileAtomic } from '../../fs/atomic-write';
import { hostToken, parseHostToken } from './host-pattern';
import { parseKnownHosts, splitLines, type KnownHostLine } from './known-hosts-parse';

/** One row of the Settings screen's list of remembered host keys (the shared model's). */
export type { KnownHostEntry };

const readText = async (path: string): Promise<string> => {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw error;
  }
};

/** Writes to one file happen one at a time within this process (two accepts must not lose one). */
const queues = new Map<string, Promise<unknown>>();
const serialized = <T>(path: string, job: () => Promise<T>): Promise<T> => {
  const next = (queues.get(path) ?? Promise.resolve()).then(job, job);
  queues.set(
    path,
    next.catch(() => undefined),
  );
  return next;
};

export const readKnownHosts = async (path: string): Promise<KnownHostLine[]> => parseKnownHosts(await readText(path));

/**
 * Remember an accepted key: append `host type base64` (`[host]:port` off port 22) through a
 * temp file and a rename, leaving every existing byte of the file as it was.
 */
export const appendKnownHost = (
  path: string,
  entry: { readonly host: string; readonly port: number; readonly keyType: string; readonly base64: string },
): Promise<number> =>
  serialized(path, async () => {
    const text = await readText(path);
    const separator = text.length > 0 && !text.endsWith('\n') ? '\n' : '';
    const next = `${text}${separator}${hostToken(entry.host, entry.port)} ${entry.keyType} ${entry.base64}\n`;
    await writeFileAtomic(path, next);
    return splitLines(next).length;
  });

/** Every key line of the file, for display. */
export const listKnownHosts = async (path: string): Promise<KnownHostEntry[]> =>
  (await readKnownHosts(path)).map((e) => {
    const single = e.hosts.includes(',') ? null : parseHostToken(e.hosts);
    return {
      line: e.line,
      host: single?.host ?? null,
      port: single?.port ?? null,
      hosts: e.hosts,
      hashed: e.hosts.startsWith('|'),
      marker: e.marker,
      keyType: e.keyType,
      fingerprint: e.fingerprint,
    };
  });

/**
 * Forget one entry. The caller names the line and the fingerprint it showed the user, so a file
 * changed in between never loses the wrong line; returns false when they no longer match.
 */
export const removeKnownHost = (
  path: string,
  target: { readonly line: number; readonly fingerprint: string },
): Promise<boolean> =>
  serialized(path, async () => {
    const text = await readText(path);
    const entry = parseKnownHosts(text).find((e) => e.line === target.line);
    if (!entry || entry.fingerprint !== target.fingerprint) return false;
    const lines = splitLines(text);
    lines.splice(target.line - 1, 1);
    await writeFileAtomic(path, lines.join(''));
    return true;
  });
