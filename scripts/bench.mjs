// `npm run bench [area…]`: bundles each scripts/bench/<area>.ts with esbuild and runs it in its own
// Node process, one after the other (benchmarks on two cores must not compete with each other).
// Each benchmark prints its own figures; speed goals are checked here, never in unit tests.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const wanted = process.argv.slice(2);
const areas = readdirSync('scripts/bench')
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3))
  .filter((area) => wanted.length === 0 || wanted.includes(area))
  .sort();
if (areas.length === 0) {
  console.error(`no benchmark matches ${wanted.join(', ')}`);
  process.exit(2);
}

let failed = 0;
for (const area of areas) {
  const outfile = `dist/bench/${area}.cjs`;
  await build({
    entryPoints: [`scripts/bench/${area}.ts`],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['ssh2', 'cpu-features', 'electron', 'pdfmake', 'playwright-core'],
    logLevel: 'warning',
  });
  console.log(`\n=== bench: ${area} ===`);
  const result = spawnSync(process.execPath, [outfile], { stdio: 'inherit' });
  if (result.status !== 0) failed += 1;
}
process.exitCode = failed === 0 ? 0 : 1;
