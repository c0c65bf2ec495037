// Runs one benchmark: `node scripts/bench/run.mjs <name>` bundles scripts/bench/<name>.ts with
// esbuild (like scripts/build-cli.mjs; ssh2 stays external) and runs it with the remaining args.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const [name, ...args] = process.argv.slice(2);
if (!name || !existsSync(`scripts/bench/${name}.ts`)) {
  console.error('usage: node scripts/bench/run.mjs <name> [args]   (a scripts/bench/<name>.ts file)');
  process.exit(2);
}
const outfile = `dist/bench/${name}.cjs`;
await build({
  entryPoints: [`scripts/bench/${name}.ts`],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['ssh2', 'cpu-features', 'electron'],
  logLevel: 'warning',
});
const result = spawnSync(process.execPath, [outfile, ...args], { stdio: 'inherit' });
process.exitCode = result.status ?? 1;
