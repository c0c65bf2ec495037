import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_DRAFT } from '../../../../../shared/model/profile-rules';
import { createProfileStore } from '../../../../../electron/services/profiles/profile-store';
import { silentLogger } from '../../../../../electron/services/log';
import { bundleForNode } from '../../../../helpers/bundle-node';

const ROOT = resolve(__dirname, '../../../../..');
let writer: string;
let cli: string;

beforeAll(async () => {
  [writer, cli] = await Promise.all([
    bundleForNode(join(ROOT, 'test/helpers/profile-writer.ts')),
    bundleForNode(join(ROOT, 'electron/cli/index.ts')),
  ]);
}, 60_000);

const runChild = (args: string[]) =>
  new Promise<{ code: number | null; stderr: string }>((done) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => done({ code, stderr }));
  });

describe('profile store across processes', () => {
  it('two processes adding and updating at once: valid JSON, every add kept, no lost update', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fcd-two-writers-'));
    const path = join(dir, 'profiles.json');
    const seed = await createProfileStore({ path, log: silentLogger }).create({ ...EMPTY_DRAFT, name: 'Counter', host: 'counter.example.com', notes: '0' });
    expect(seed.ok).toBe(true);
    const perWriter = 25;
    const results = await Promise.all([runChild([writer, path, 'a', String(perWriter)]), runChild([writer, path, 'b', String(perWriter)])]);
    expect(results).toEqual([
      { code: 0, stderr: '' },
      { code: 0, stderr: '' },
    ]);
    const file = JSON.parse(readFileSync(path, 'utf8'));
    expect(file.version).toBe(2);
    expect(file.profiles).toHaveLength(1 + 2 * perWriter);
    expect(new Set(file.profiles.map((p: { id: string }) => p.id)).size).toBe(1 + 2 * perWriter);
    expect(file.profiles.find((p: { name: string }) => p.name === 'Counter').notes).toBe(String(2 * perWriter));
  });

  // The store's unreadable-key message needs a file this process cannot read: as root (CI) none
  // exists, so the real CLI runs as `nobody`; as a normal user, chmod 000 does it.
  it('the CLI, run as an unprivileged user, reports a key file it cannot read with exit 2', async (context) => {
    const dir = mkdtempSync(join(tmpdir(), 'fcd-cli-nobody-'));
    chmodSync(dir, 0o777);
    const key = join(dir, 'locked_key');
    writeFileSync(key, 'not for you');
    chmodSync(key, 0o000);
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    if (process.getuid?.() !== 0 && readable(key)) context.skip(); // neither root nor able to make a file unreadable
    const result = spawnSync(
      process.execPath,
      [cli, 'profiles', 'add', 'Locked', '--host', '192.0.2.5', '--user', 'admin', '--key', key, '--profiles', join(dir, 'profiles.json')],
      { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: dir }, ...asNobody },
    );
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(`--key: The key file ${key} cannot be read: check its permissions.`);
  });
});

const readable = (path: string): boolean => {
  try {
    readFileSync(path);
    return true;
  } catch {
    return false;
  }
};
