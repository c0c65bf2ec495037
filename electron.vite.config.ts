import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { copyFonts } from './scripts/copy-fonts.mjs';
import { CONTENT_SECURITY_POLICY_META } from './shared/security/csp';

/** Put the one CSP of shared/security/csp.ts into the HTML's <meta>. */
const injectCsp = (): Plugin => ({
  name: 'fcd-inject-csp',
  transformIndexHtml: (html) => html.replace('%CONTENT_SECURITY_POLICY%', CONTENT_SECURITY_POLICY_META),
});

/** The PDF report's fonts next to the main bundle (dist/fonts), so the packaged app has them. */
const reportFonts = (): Plugin => ({ name: 'fcd-report-fonts', writeBundle: () => copyFonts(root) });

const root = __dirname;

export default defineConfig({
  main: {
    plugins: [reportFonts()],
    build: {
      outDir: resolve(root, 'dist/main'),
      rollupOptions: { input: { index: resolve(root, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'dist/preload'),
      // A sandboxed preload cannot require() packages: bundle everything into one CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [react(), injectCsp()],
    build: {
      outDir: resolve(root, 'dist/renderer'),
      minify: true,
      // Fonts must stay files: an inlined data: URL would need a looser CSP.
      assetsInlineLimit: 0,
      // The budget is 300 KB gzipped, checked by npm run bench (scripts/bench/renderer.ts); the
      // raw size is mostly the two full dictionaries, which compress well.
      chunkSizeWarningLimit: 900,
      rollupOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
