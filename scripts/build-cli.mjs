// Bundles the CLI (and the dev-only browser bridge) with esbuild. ssh2 stays external: its optional
// native add-on breaks bundlers, and it is a runtime dependency anyway. So does pdfmake: pdfkit reads
// its own data files at run time, and the report reaches fontkit through pdfmake's pdfkit.
import { build } from 'esbuild';
import { chmod } from 'node:fs/promises';
import { copyFonts } from './copy-fonts.mjs';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  external: ['ssh2', 'cpu-features', 'electron', 'pdfmake'],
  logLevel: 'warning',
  legalComments: 'none',
};

await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/cli/index.ts'],
    outfile: 'dist/cli/firepower-cloud-doctor.cjs',
    banner: { js: '#!/usr/bin/env node' },
  }),
  build({ ...common, entryPoints: ['scripts/dev-web.ts'], outfile: 'dist/dev/dev-web.cjs' }),
]);
await chmod('dist/cli/firepower-cloud-doctor.cjs', 0o755);
copyFonts();
