import { existsSync, mkdirSync, readdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * An empty directory on the host to mount a tmpfs over inside a private mount namespace — for device paths
 * such as /ngfw that the guides' commands name literally and a CI host does not have. The files then live in
 * the tmpfs, seen only by that namespace; the host sees at most an empty directory while the test runs.
 *
 * A directory that already existed is used as it is and never touched. One this helper creates carries an
 * `OWNED` marker and one marker per user, so two test runs at once share it and the last one out removes it
 * (and nothing else: `rmdir` fails on a directory someone else put a file in, which is then left alone).
 */
const OWNED = '.fcd-test-created';

export interface BorrowedMountPoint {
  readonly path: string;
  release(): void;
}

export const borrowMountPoint = (path: string): BorrowedMountPoint => {
  let created = false;
  try {
    mkdirSync(path);
    created = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  if (created) writeFileSync(join(path, OWNED), '');
  if (!existsSync(join(path, OWNED))) return { path, release: () => undefined };
  const mine = join(path, `.fcd-test-user-${process.pid}-${Math.random().toString(36).slice(2)}`);
  writeFileSync(mine, '');
  return {
    path,
    release: () => {
      rmSync(mine, { force: true });
      try {
        if (readdirSync(path).every((entry) => entry === OWNED)) {
          rmSync(join(path, OWNED), { force: true });
          rmdirSync(path);
        }
      } catch {
        // Another run still uses it, or removed it first.
      }
    },
  };
};
