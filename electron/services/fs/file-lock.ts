import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, stat, unlink, utimes } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, resolve } from 'node:path';

/** Raised when the lock stays held by a live owner for longer than we wait. */
export class LockTimeoutError extends Error {
  constructor(readonly lockPath: string) {
    super(`Another process is writing ${lockPath.replace(/\.lock$/, '')}; try again in a moment.`);
    this.name = 'LockTimeoutError';
  }
}

export interface FileLockOptions {
  /** A lock whose owner stopped refreshing it this long ago is abandoned. */
  readonly staleMs?: number;
  /** How long to wait for a live owner before giving up. */
  readonly timeoutMs?: number;
}

interface LockOwner {
  readonly pid: number;
  readonly hostname: string;
  readonly nonce: string;
}

const DEFAULT_STALE_MS = 10_000;
const DEFAULT_TIMEOUT_MS = 15_000;
/** Nonces of the locks this process holds right now. */
const held = new Set<string>();
/** One queue per lock file, so two operations in this process wait here instead of polling the disk. */
const queues = new Map<string, Promise<unknown>>();

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const code = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | undefined)?.code;

const readOwner = async (lockPath: string): Promise<LockOwner | undefined> => {
  try {
    const parsed = JSON.parse(await readFile(lockPath, 'utf8')) as Partial<LockOwner>;
    return typeof parsed.pid === 'number' && typeof parsed.hostname === 'string' && typeof parsed.nonce === 'string'
      ? (parsed as LockOwner)
      : undefined;
  } catch {
    return undefined; // being written right now, or gone
  }
};

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return code(error) === 'EPERM';
  }
};

/**
 * A lock is stale when its owner on this machine is gone (or is this process, which does not
 * hold it: a pid reused after a crash), or when nobody has refreshed it for `staleMs` (an owner
 * on another machine sharing the folder, or a hung one).
 */
const isStale = async (lockPath: string, staleMs: number): Promise<boolean> => {
  let mtimeMs: number;
  try {
    ({ mtimeMs } = await stat(lockPath));
  } catch {
    return false; // gone: the next attempt takes it
  }
  const owner = await readOwner(lockPath);
  if (owner && owner.hostname === hostname()) {
    if (owner.pid === process.pid) return !held.has(owner.nonce);
    if (!isAlive(owner.pid)) return true;
  }
  return Date.now() - mtimeMs > staleMs;
};

/**
 * Remove a stale lock. Only the holder of `<lock>.takeover` may do it, and it re-checks under that
 * guard: two waiters that both saw the same stale lock cannot both delete it (the second would
 * otherwise delete the first one's fresh lock).
 */
const breakStaleLock = async (lockPath: string, staleMs: number): Promise<void> => {
  const guard = `${lockPath}.takeover`;
  let handle;
  try {
    handle = await open(guard, 'wx', 0o600);
  } catch (error) {
    if (code(error) !== 'EEXIST') throw error;
    // A takeover guard left by a process that died inside these few lines.
    const age = await stat(guard).then((s) => Date.now() - s.mtimeMs, () => 0);
    if (age > staleMs) await unlink(guard).catch(() => undefined);
    return;
  }
  try {
    if (await isStale(lockPath, staleMs)) await unlink(lockPath).catch(() => undefined);
  } finally {
    await handle.close();
    await unlink(guard).catch(() => undefined);
  }
};

const acquire = async (lockPath: string, options: Required<FileLockOptions>): Promise<LockOwner> => {
  const owner: LockOwner = { pid: process.pid, hostname: hostname(), nonce: randomBytes(12).toString('hex') };
  const deadline = Date.now() + options.timeoutMs;
  await mkdir(dirname(lockPath), { recursive: true });
  for (;;) {
    try {
      const handle = await open(lockPath, 'wx', 0o600);
      held.add(owner.nonce);
      try {
        await handle.writeFile(JSON.stringify({ ...owner, since: new Date().toISOString() }));
      } finally {
        await handle.close();
      }
      return owner;
    } catch (error) {
      if (code(error) !== 'EEXIST') throw error;
    }
    if (await isStale(lockPath, options.staleMs)) {
      await breakStaleLock(lockPath, options.staleMs);
      continue;
    }
    if (Date.now() > deadline) throw new LockTimeoutError(lockPath);
    await sleep(10 + Math.random() * 30);
  }
};

const release = async (lockPath: string, owner: LockOwner): Promise<void> => {
  held.delete(owner.nonce);
  // Only remove the lock if it is still ours (it is, unless someone judged us stale).
  if ((await readOwner(lockPath))?.nonce === owner.nonce) await unlink(lockPath).catch(() => undefined);
};

/**
 * Run `fn` while holding `<target>.lock`, a lock file shared by every process on the machine
 * (the app, the CLI, a second app operation). Created with O_EXCL; the owner refreshes its
 * mtime while it works; a lock whose owner died is recovered (see isStale). Read-modify-write
 * inside `fn` is then safe: nobody else writes the target meanwhile.
 */
export const withFileLock = async <T>(target: string, fn: () => Promise<T>, options: FileLockOptions = {}): Promise<T> => {
  const lockPath = `${resolve(target)}.lock`;
  const settings = {
    staleMs: options.staleMs ?? DEFAULT_STALE_MS,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  };
  const previous = queues.get(lockPath) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(async () => {
    const owner = await acquire(lockPath, settings);
    const heartbeat = setInterval(() => {
      const now = new Date();
      void utimes(lockPath, now, now).catch(() => undefined);
    }, Math.max(50, settings.staleMs / 3));
    heartbeat.unref();
    try {
      return await fn();
    } finally {
      clearInterval(heartbeat);
      await release(lockPath, owner);
    }
  });
  queues.set(lockPath, run);
  try {
    return await run;
  } finally {
    if (queues.get(lockPath) === run) queues.delete(lockPath);
  }
};
