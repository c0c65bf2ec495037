// Entry for report-bundle.test.ts: bundled next to the CLI (dist/cli) and run with
// plain Node, it writes a Korean PDF and prints where it found the fonts.
import { resolveFontDir } from '../../../electron/services/report/fonts';
import { writeReport } from '../../../electron/services/report/write-report';
import { KOREAN_NOTES, koreanSession } from '../../helpers/session-fixtures';

const [path = 'report.pdf'] = process.argv.slice(2);
void writeReport({ record: koreanSession(), format: 'pdf', path, lang: 'ko', notes: KOREAN_NOTES, generatedAt: '2026-03-14T10:00:00.000Z' }).then(() => {
  process.stdout.write(`${resolveFontDir()}\n`);
});
