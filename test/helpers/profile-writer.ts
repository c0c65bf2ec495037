import { EMPTY_DRAFT } from '../../shared/model/profile-rules';
import { createProfileStore } from '../../electron/services/profiles/profile-store';
import { silentLogger } from '../../electron/services/log';

/**
 * A second process for the concurrency test: `node profile-writer.cjs FILE PREFIX COUNT` adds
 * COUNT devices named PREFIX-n and bumps the shared counter profile's notes COUNT times,
 * interleaved, each a separate locked read-modify-write.
 */
const main = async (): Promise<void> => {
  const [path, prefix, countText] = process.argv.slice(2);
  if (!path || !prefix || !countText) throw new Error('usage: profile-writer FILE PREFIX COUNT');
  const store = createProfileStore({ path, log: silentLogger });
  for (let i = 0; i < Number(countText); i += 1) {
    const outcome = await store.create({ ...EMPTY_DRAFT, name: `${prefix}-${i}`, host: `${prefix}-${i}.example.com` });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    await store.mutate(async (current) => ({
      profiles: current.map((p) => (p.name === 'Counter' ? { ...p, notes: String(Number(p.notes) + 1) } : p)),
      result: undefined,
    }));
  }
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
