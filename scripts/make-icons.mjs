// Renders build/icon.svg to the icons electron-builder needs (PNG set for Linux, .ico for
// Windows, .icns for macOS) with Debian's Chromium. Run by hand when the SVG changes; the outputs
// are committed so packaging needs no browser.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync('build/icon.svg', 'utf8');
const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const png = {};
for (const size of sizes) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  png[size] = await page.screenshot({ omitBackground: true });
  await page.close();
}
await browser.close();

mkdirSync('build/icons', { recursive: true });
for (const size of sizes) writeFileSync(`build/icons/${size}x${size}.png`, png[size]);
writeFileSync('build/icon.png', png[1024]);

// ICO: a directory of PNG images (Vista+ reads PNG entries).
const icoSizes = [16, 24, 32, 48, 64, 128, 256];
const header = Buffer.alloc(6);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(icoSizes.length, 4);
let offset = 6 + 16 * icoSizes.length;
const entries = [];
for (const size of icoSizes) {
  const entry = Buffer.alloc(16);
  entry.writeUInt8(size === 256 ? 0 : size, 0);
  entry.writeUInt8(size === 256 ? 0 : size, 1);
  entry.writeUInt16LE(1, 4);
  entry.writeUInt16LE(32, 6);
  entry.writeUInt32LE(png[size].length, 8);
  entry.writeUInt32LE(offset, 12);
  offset += png[size].length;
  entries.push(entry);
}
writeFileSync('build/icon.ico', Buffer.concat([header, ...entries, ...icoSizes.map((s) => png[s])]));

// ICNS: PNG-typed chunks.
const icnsTypes = { 16: 'icp4', 32: 'icp5', 64: 'icp6', 128: 'ic07', 256: 'ic08', 512: 'ic09', 1024: 'ic10' };
const chunks = Object.entries(icnsTypes).map(([size, type]) => {
  const head = Buffer.alloc(8);
  head.write(type, 0, 'ascii');
  head.writeUInt32BE(8 + png[size].length, 4);
  return Buffer.concat([head, png[size]]);
});
const body = Buffer.concat(chunks);
const icnsHead = Buffer.alloc(8);
icnsHead.write('icns', 0, 'ascii');
icnsHead.writeUInt32BE(8 + body.length, 4);
writeFileSync('build/icon.icns', Buffer.concat([icnsHead, body]));
console.log('icons written to build/');
