import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..', '..', '..');

describe('report inside the CLI bundle', () => {
  it.skipIf(!existsSync(join(root, 'dist', 'fonts')))(
    'writes a Korean PDF from dist/cli with the fonts the build copied to dist/fonts (skipped until `npm run build` has run)',
    async () => {
      // Bundled the way scripts/build-cli.mjs bundles the CLI: CommonJS for Node 20, pdfmake external.
      const bundle = join(root, 'dist', 'cli', 'report-smoke.test-bundle.cjs');
      await build({
        entryPoints: [join(__dirname, 'report-bundle-entry.ts')],
        outfile: bundle,
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        external: ['ssh2', 'cpu-features', 'electron', 'pdfmake'],
        logLevel: 'error',
      });
      try {
        const pdf = join(mkdtempSync(join(tmpdir(), 'fcd-cli-pdf-')), 'report.pdf');
        const run = spawnSync(process.execPath, [bundle, pdf], { encoding: 'utf8', cwd: tmpdir() });
        expect(run.stderr).toBe('');
        expect(run.stdout.trim()).toBe(join(root, 'dist', 'fonts'));
        const text = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout;
        expect(text).toContain('클라우드 연결 진단');
        expect(text).toContain('경고: 이 시스템은 인가된 사용자만 사용할 수 있습니다.');
      } finally {
        rmSync(bundle, { force: true });
      }
    },
    60_000,
  );
});
