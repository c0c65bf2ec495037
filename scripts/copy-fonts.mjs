// Copies the PDF report's fonts (resources/fonts: TTFs and their OFL texts) to dist/fonts, where
// the CLI bundle (dist/cli) and the main bundle (dist/main, also inside app.asar) look first.
import { cpSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export const copyFonts = (projectRoot = root) =>
  cpSync(join(projectRoot, 'resources', 'fonts'), join(projectRoot, 'dist', 'fonts'), {
    recursive: true,
    filter: (source) => !source.endsWith('.md'),
  });
