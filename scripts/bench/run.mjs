// Bundles one benchmark (scripts/bench/<name>.ts) with esbuild, the way the CLI is bundled, and runs
// it with plain Node: `node scripts/bench/run.mjs report`.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

const name = process.argv[2];
if (!name) throw new Error('usage: node scripts/bench/run.mjs <name>');
const outfile = `dist/bench/${name}.cjs`;
await build({
  entryPoints: [`scripts/bench/${name}.ts`],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['ssh2', 'cpu-features', 'electron', 'pdfmake'],
  logLevel: 'warning',
});
const result = spawnSync(process.execPath, [outfile], { stdio: 'inherit' });
process.exitCode = result.status ?? 1;
