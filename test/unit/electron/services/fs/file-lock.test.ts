import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LockTimeoutError, withFileLock } from '../../../../../electron/services/fs/file-lock';

const target = () => join(mkdtempSync(join(tmpdir(), 'fcd-lock-')), 'data.json');

/** The pid of a process that has exited: nothing owns it now. */
const deadPid = (): number =>
  Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);

describe('file lock', () => {
  it('serialises holders: the critical sections never overlap', async () => {
    const path = target();
    let inside = 0;
    let maxInside = 0;
    await Promise.all(
      Array.from({ length: 8 }, () =>
        withFileLock(path, async () => {
          inside += 1;
          maxInside = Math.max(maxInside, inside);
          await new Promise((r) => setTimeout(r, 5));
          inside -= 1;
        }),
      ),
    );
    expect(maxInside).toBe(1);
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it('releases the lock when the work throws', async () => {
    const path = target();
    await expect(withFileLock(path, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(existsSync(`${path}.lock`)).toBe(false);
    await expect(withFileLock(path, () => Promise.resolve(42))).resolves.toBe(42);
  });

  it('recovers a lock left by a process that died on this machine, at once', async () => {
    const path = target();
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: deadPid(), hostname: hostname(), nonce: 'dead' }));
    const started = Date.now();
    await withFileLock(path, () => Promise.resolve(), { staleMs: 60_000, timeoutMs: 2_000 });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('recovers a lock nobody refreshed for longer than staleMs (owner on another machine)', async () => {
    const path = target();
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: 1, hostname: 'other-host', nonce: 'x' }));
    const old = new Date(Date.now() - 60_000);
    utimesSync(`${path}.lock`, old, old);
    await expect(withFileLock(path, () => Promise.resolve('ok'), { staleMs: 10_000, timeoutMs: 2_000 })).resolves.toBe('ok');
  });

  it('waits for a live owner and gives up with a clear error, leaving its lock alone', async () => {
    const path = target();
    const live = JSON.stringify({ pid: process.ppid, hostname: hostname(), nonce: 'alive' });
    writeFileSync(`${path}.lock`, live);
    const error = await withFileLock(path, () => Promise.resolve(), { staleMs: 60_000, timeoutMs: 300 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LockTimeoutError);
    expect((error as Error).message).toContain(path);
    expect(readFileSync(`${path}.lock`, 'utf8')).toBe(live);
  });

  it('keeps a long holder fresh, so a waiter does not judge it stale', async () => {
    const path = target();
    const order: string[] = [];
    const long = withFileLock(
      path,
      async () => {
        await new Promise((r) => setTimeout(r, 400));
        order.push('long');
      },
      { staleMs: 150 },
    );
    await new Promise((r) => setTimeout(r, 20));
    // A waiter in another process would look at the mtime; check it is being refreshed.
    const { statSync } = await import('node:fs');
    await new Promise((r) => setTimeout(r, 250));
    expect(Date.now() - statSync(`${path}.lock`).mtimeMs).toBeLessThan(150);
    await long;
    expect(order).toEqual(['long']);
  });
});
