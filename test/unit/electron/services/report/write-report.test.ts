import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPORT_FORMATS, type ReportFormat } from '../../../../../shared/report/file-name';
import { jsonReportSchema } from '../../../../../shared/report/json-schema';
import { writeReport } from '../../../../../electron/services/report/write-report';
import { FIXTURE_SECRETS, failingSession, plantSecrets, SESSION_FIXTURES } from '../../../../helpers/session-fixtures';

const GENERATED = '2026-03-14T10:00:00.000Z';

/** What a reader of the file sees: the text for text formats, poppler's extraction for the PDF. */
const readable = (path: string, format: ReportFormat): string =>
  format === 'pdf' ? spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).stdout : readFileSync(path, 'utf8');

describe('writeReport', () => {
  for (const format of REPORT_FORMATS) {
    it(`never writes a password, passphrase or sudo password: ${format}, every fixture`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'fcd-report-'));
      for (const [name, build] of Object.entries(SESSION_FIXTURES)) {
        const path = join(dir, `${name}.${format}`);
        await writeReport({ record: plantSecrets(build()), format, path, lang: name === 'korean' ? 'ko' : 'en', secrets: FIXTURE_SECRETS, generatedAt: GENERATED, notes: `sudo was ${FIXTURE_SECRETS[2]}` });
        const text = readable(path, format);
        expect(text.length, name).toBeGreaterThan(500);
        for (const secret of FIXTURE_SECRETS) expect(text, `${name}: ${secret}`).not.toContain(secret);
        expect(text).toContain('[REDACTED]');
      }
    });
  }

  it('masks addresses and host names in every format when asked, with the same placeholder everywhere', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fcd-report-'));
    for (const format of REPORT_FORMATS) {
      const path = join(dir, `masked.${format}`);
      await writeReport({ record: failingSession({ logLines: 50 }), format, path, lang: 'en', redaction: { addresses: true, hostnames: true }, generatedAt: GENERATED });
      const text = readable(path, format);
      for (const leaked of ['192.0.2.10', '198.51.100.53', '18.205.49.246', 'ftd01', 'compute-1.amazonaws.com']) expect(text, `${format}: ${leaked}`).not.toContain(leaked);
      expect(text).toContain('[IP-1]');
      expect(text).toContain('[HOST-1]');
      // The Cisco cloud's public names stay (the text summary prints no device output to show it).
      if (format !== 'txt') expect(text).toContain('api-sse.cisco.com');
    }
    const json = JSON.parse(readFileSync(join(dir, 'masked.json'), 'utf8')) as { device: { host: string; hostname: string }; redaction: unknown };
    expect(json.device).toMatchObject({ host: '[IP-1]', hostname: '[HOST-1]' });
    expect(json.redaction).toEqual({ addresses: true, hostnames: true });
  });

  it('writes each format atomically, replacing an older report and leaving no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fcd-report-'));
    const path = join(dir, 'report.json');
    await writeReport({ record: SESSION_FIXTURES.healthy(), format: 'json', path, lang: 'en', generatedAt: GENERATED });
    const written = await writeReport({ record: SESSION_FIXTURES.error(), format: 'json', path, lang: 'ko', generatedAt: GENERATED });
    expect(readdirSync(dir)).toEqual(['report.json']);
    expect(written).toEqual({ path, bytes: statSync(path).size });
    const json = jsonReportSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
    expect(json.diagnosis.causes[0]?.id).toBe('error');
    expect(json.lang).toBe('ko');
    expect(statSync(path).mode & 0o777).toBe(0o644 & ~process.umask());
  });

  it('writes Markdown and text that match their renderers, and a PDF', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fcd-report-'));
    await writeReport({ record: failingSession(), format: 'md', path: join(dir, 'r.md'), lang: 'en', generatedAt: GENERATED });
    await writeReport({ record: failingSession(), format: 'txt', path: join(dir, 'r.txt'), lang: 'en', generatedAt: GENERATED });
    await writeReport({ record: failingSession(), format: 'pdf', path: join(dir, 'r.pdf'), lang: 'en', paper: 'letter', generatedAt: GENERATED });
    expect(readFileSync(join(dir, 'r.md'), 'utf8')).toMatch(/^# Cloud connection diagnosis: ftd01\n/);
    expect(readFileSync(join(dir, 'r.txt'), 'utf8')).toMatch(/^Firepower Cloud Doctor 0\.1\.0: Cloud connection diagnosis\n/);
    expect(readFileSync(join(dir, 'r.txt'), 'utf8')).not.toContain('\u001b[');
    expect(spawnSync('pdfinfo', [join(dir, 'r.pdf')], { encoding: 'utf8' }).stdout).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  });
});
