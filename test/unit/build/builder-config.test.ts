import { extractFile, listPackage } from '@electron/asar';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..', '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require(join(root, 'electron-builder.config.cjs')) as Configuration & {
  icon: string;
  linux: { target: string[]; icon: string };
  win: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
};
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  productName: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  bin: Record<string, string>;
};

const pngSize = (path: string) => {
  const buffer = readFileSync(path);
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
};

describe('electron-builder configuration', () => {
  it('passes electron-builder’s own schema validation (and the validator does reject junk)', async () => {
    const { validateConfiguration } = await import('app-builder-lib/out/util/config/config');
    const { DebugLogger } = await import('builder-util');
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(
      validateConfiguration({ ...config, notAnOption: true } as Configuration, new DebugLogger(false)),
    ).rejects.toThrow();
  });

  it('names the app and targets AppImage + deb, nsis and dmg', () => {
    expect(config.appId).toMatch(/^[a-z0-9.-]+$/);
    expect(config.productName).toBe('Firepower Cloud Doctor');
    expect(pkg.productName).toBe(config.productName);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.npmRebuild).toBe(false);
    expect(config.asar).toBe(true);
  });

  it('has every icon it points at, at the sizes each platform needs', () => {
    expect(pngSize(join(root, config.icon))).toEqual({ width: 1024, height: 1024 });
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      expect(pngSize(join(root, config.linux.icon, `${size}x${size}.png`))).toEqual({ width: size, height: size });
    }
    const ico = readFileSync(join(root, config.win.icon));
    expect(ico.readUInt16LE(2)).toBe(1);
    expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(5);
    const icns = readFileSync(join(root, config.mac.icon));
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns');
    expect(icns.includes(Buffer.from('ic10'))).toBe(true);
  });

  it('sets the security fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('keeps renderer-only and build-only packages out of dependencies', () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['i18next', 'pdfmake', 'ssh2', 'zod']);
    for (const devOnly of ['electron', 'react', 'react-dom', 'zustand', 'react-i18next', 'electron-builder', 'vite']) {
      expect(pkg.devDependencies[devOnly], devOnly).toBeDefined();
    }
    expect(pkg.bin['firepower-cloud-doctor']).toBe('dist/cli/firepower-cloud-doctor.cjs');
  });

  it.skipIf(!existsSync(join(root, 'dist', 'main', 'index.js')))(
    'packs the built app into an asar with main, preload, renderer and runtime dependencies only',
    async () => {
      const { build, Platform } = await import('electron-builder');
      // The real Electron binary cannot be downloaded here; a stand-in lets the packer run end to end.
      const fakeDist = mkdtempSync(join(tmpdir(), 'fcd-fake-electron-'));
      writeFileSync(join(fakeDist, 'electron'), '#!/bin/sh\n');
      chmodSync(join(fakeDist, 'electron'), 0o755);
      writeFileSync(join(fakeDist, 'LICENSE'), '');
      const output = mkdtempSync(join(tmpdir(), 'fcd-pack-'));
      await build({
        projectDir: root,
        targets: Platform.LINUX.createTarget('dir'),
        publish: 'never',
        config: {
          ...config,
          electronDist: fakeDist,
          electronFuses: null, // a stand-in binary has no fuse wire to flip
          directories: { ...config.directories, output },
        },
      });
      const files = listPackage(join(output, 'linux-unpacked', 'resources', 'app.asar'), { isPack: false });
      for (const file of [
        '/dist/main/index.js',
        '/dist/preload/index.js',
        '/dist/renderer/index.html',
        '/package.json',
      ]) {
        expect(files).toContain(file);
      }
      expect(files.some((f) => f.startsWith('/node_modules/ssh2/'))).toBe(true);
      expect(files.some((f) => f.startsWith('/node_modules/react'))).toBe(false);
      expect(files.filter((f) => !f.startsWith('/node_modules/') && /\.tsx?$/.test(f))).toEqual([]);
      expect(files.some((f) => f.endsWith('.node'))).toBe(false);
      // The PDF report: pdfmake with the pdfkit and fontkit it loads at run time, and our OFL fonts
      // stored intact at dist/fonts, where dist/main/index.js looks (electron/services/report/fonts.ts).
      for (const pkg of ['pdfmake', 'pdfkit', 'fontkit']) expect(files).toContain(`/node_modules/${pkg}/package.json`);
      const asar = join(output, 'linux-unpacked', 'resources', 'app.asar');
      for (const font of ['NotoSansKR-Regular.ttf', 'NotoSansKR-Bold.ttf', 'NanumGothicCoding-Regular.ttf', 'NanumGothicCoding-Bold.ttf', 'OFL-NotoSansKR.txt', 'OFL-NanumGothicCoding.txt']) {
        expect(files).toContain(`/dist/fonts/${font}`);
        expect(extractFile(asar, `dist/fonts/${font}`).equals(readFileSync(join(root, 'resources', 'fonts', font))), font).toBe(true);
      }
    },
    120_000,
  );
});
