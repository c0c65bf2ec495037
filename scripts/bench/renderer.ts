import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The renderer's initial JavaScript, gzipped: what index.html loads before anything is shown.
 * Target (PRODUCT.md): under 300 KB. Needs `npm run build` (npm run bench builds first).
 */
const dir = join('dist', 'renderer');
const html = readFileSync(join(dir, 'index.html'), 'utf8');
const scripts = [...html.matchAll(/<script[^>]+src="\.\/([^"]+)"/g)].map((m) => m[1] as string);
const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]+href="\.\/([^"]+)"/g)].map((m) => m[1] as string);
let total = 0;
for (const file of [...scripts, ...preloads]) {
  const gz = gzipSync(readFileSync(join(dir, file))).length;
  total += gz;
  console.log(`  ${file}: ${(gz / 1024).toFixed(1)} KB gzipped`);
}
const lazy = readdirSync(join(dir, 'assets')).filter((f) => f.endsWith('.js') && !scripts.concat(preloads).some((s) => s.endsWith(f)));
console.log(`renderer initial JS: ${(total / 1024).toFixed(1)} KB gzipped (target < 300 KB)${lazy.length ? `; ${lazy.length} lazy chunk(s) not counted` : ''}`);
if (total > 300 * 1024) process.exitCode = 1;
