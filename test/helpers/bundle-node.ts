import { build } from 'esbuild';
import { chmodSync, mkdirSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Bundle a TypeScript entry to one CommonJS file a plain `node` child process can run, as
 * scripts/build-cli.mjs bundles the CLI. For tests that need separate processes (two writers at
 * once, a different user) without depending on `npm run build` having run first.
 */
export const bundleForNode = async (entry: string): Promise<string> => {
  // Inside the checkout's node_modules, so the externals (ssh2) resolve from the bundle's folder.
  const cache = resolve(__dirname, '..', '..', 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'fcd-bundle-'));
  chmodSync(dir, 0o755); // readable by the unprivileged user some tests run it as
  const outfile = join(dir, 'entry.cjs');
  await build({
    entryPoints: [resolve(entry)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['ssh2', 'cpu-features', 'electron'],
    logLevel: 'error',
  });
  chmodSync(outfile, 0o755);
  return outfile;
};
