// Installers: AppImage and deb (Linux), nsis (Windows), dmg (macOS). `npm run dist` on a machine
// with internet; test/unit/build/builder-config.test.ts validates this file offline.
/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'io.github.firepower-cloud-doctor',
  productName: 'Firepower Cloud Doctor',
  copyright: 'Copyright © 2026 Firepower Cloud Doctor contributors',
  directories: { output: 'release', buildResources: 'build' },
  files: [
    'dist/main/**',
    'dist/preload/**',
    'dist/renderer/**',
    // The PDF report's fonts (OFL), read with Electron's asar-aware fs by pdfkit and fontkit.
    'dist/fonts/**',
    'package.json',
    '!**/*.map',
    // ssh2 falls back to pure JS; its optional native add-ons are not shipped.
    '!node_modules/ssh2/lib/protocol/crypto/build/**',
    '!node_modules/cpu-features/**',
  ],
  asar: true,
  // Nothing native to rebuild, and rebuilding would need the network.
  npmRebuild: false,
  icon: 'build/icon.png',
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    // The renderer is served from app://, so file:// needs no extra privileges.
    grantFileProtocolExtraPrivileges: false,
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Network',
    icon: 'build/icons',
    synopsis: 'Diagnose why a Cisco Firepower device cannot reach the Cisco cloud',
    maintainer: 'Firepower Cloud Doctor contributors <noreply@example.invalid>',
  },
  deb: { priority: 'optional' },
  appImage: { artifactName: '${productName}-${version}-${arch}.${ext}' },
  win: { target: ['nsis'], icon: 'build/icon.ico' },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    artifactName: '${productName}-Setup-${version}.${ext}',
  },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.utilities',
    icon: 'build/icon.icns',
    hardenedRuntime: true,
  },
  dmg: { artifactName: '${productName}-${version}.${ext}' },
};
