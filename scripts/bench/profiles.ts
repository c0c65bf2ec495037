import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { EMPTY_DRAFT } from '../../shared/model/profile-rules';
import { silentLogger } from '../../electron/services/log';
import { createProfileStore } from '../../electron/services/profiles/profile-store';

export interface BenchResult {
  readonly name: string;
  readonly value: number;
  readonly unit: 'ms';
}

/**
 * The profile store's costs: one locked, atomic, fsynced save, and one list, with a fleet of
 * `count` devices. For `npm run bench` (the lead wires scripts/bench.mjs); no goal in PRODUCT.md
 * applies, so these are reported, not asserted.
 */
export const runProfilesBench = async (count = 200): Promise<readonly BenchResult[]> => {
  const dir = mkdtempSync(join(tmpdir(), 'fcd-bench-profiles-'));
  try {
    const store = createProfileStore({ path: join(dir, 'profiles.json'), log: silentLogger });
    const started = performance.now();
    for (let i = 0; i < count; i += 1) {
      await store.create({ ...EMPTY_DRAFT, name: `Device ${i}`, host: `ftd${i}.example.com` });
    }
    const perSave = (performance.now() - started) / count;
    const listStarted = performance.now();
    const rounds = 20;
    for (let i = 0; i < rounds; i += 1) await store.list();
    const perList = (performance.now() - listStarted) / rounds;
    return [
      { name: `profiles: save one device (store of up to ${count})`, value: perSave, unit: 'ms' },
      { name: `profiles: list ${count} devices`, value: perList, unit: 'ms' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

if (require.main === module) {
  void runProfilesBench().then((results) => {
    for (const r of results) console.log(`${r.name}: ${r.value.toFixed(2)} ${r.unit}`);
  });
}
