import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '../../../../../shared/model/check';
import { createReport } from '../../../../../shared/report/create-report';
import { fontFiles } from '../../../../../electron/services/report/fonts';
import { glyphCoverage } from '../../../../../electron/services/report/glyph-coverage';
import { buildPdfDocument } from '../../../../../electron/services/report/pdf-document';
import { renderPdf } from '../../../../../electron/services/report/pdf-render';
import type { PdfDocument } from '../../../../../electron/services/report/pdf-types';
import { failingSession, healthySession, KOREAN_NOTES, koreanSession, verbatim } from '../../../../helpers/session-fixtures';

const files = fontFiles();
const coverage = glyphCoverage(files);
const GENERATED = '2026-03-14T10:00:00.000Z';
const dir = mkdtempSync(join(tmpdir(), 'fcd-pdf-'));

const run = (command: string, args: readonly string[]): string => {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  return result.stdout;
};

const renderTo = async (name: string, doc: PdfDocument): Promise<string> => {
  const path = join(dir, `${name}.pdf`);
  writeFileSync(path, await renderPdf(doc, files));
  return path;
};

const pageCount = (path: string): number => Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [path]))?.[1]);

describe('PDF rendering (poppler reads what pdfmake wrote)', () => {
  it('contains the verdict, the causes, every check id, the remedies and a footer on every page', async () => {
    const record = failingSession();
    const model = createReport(record, { lang: 'en', generatedAt: GENERATED });
    const path = await renderTo('failing-en', buildPdfDocument(model, coverage));
    const text = run('pdftotext', ['-layout', path, '-']);
    expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
    for (const s of ['3 problems found', 'No DNS server configured', 'Connector cannot reach EventHandler', 'HTTP proxy breaks the cloud connection', 'configure network dns servers 198.51.100.53,198.51.100.54', 'CSCvs05084']) {
      expect(text).toContain(s);
    }
    for (const check of record.checks) expect(text).toContain(check.id);
    const pages = pageCount(path);
    expect(pages).toBeGreaterThanOrEqual(5);
    const perPage = text.split('\f').filter((page) => page.trim() !== '');
    expect(perPage).toHaveLength(pages);
    perPage.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${pages}`);
      expect(page).toContain('Firepower Cloud Doctor 0.1.0');
      expect(page).toContain('Session c0ffee00-0000-4000-8000-000000000002');
    });
    expect(text).toMatch(/… 2,9\d\d more lines \/ \d+ KB not shown …/);
  });

  it('loses nothing to page breaks: every evidence heading and the last line of every output are there, even after very long text', async () => {
    const base = failingSession({ logLines: 3000 });
    const long = (marker: string) => `${'The device said something very long. '.repeat(180)}${marker}`;
    const record = {
      ...base,
      checks: base.checks.map((c) => (c.id === 'ssh.connect' || c.id === 'dns.servers' ? { ...c, explanation: verbatim(long(`ENDOF${c.id.replace(/\W/g, '')}`)) } : c)),
      diagnosis: { ...base.diagnosis, causes: base.diagnosis.causes.map((c, i) => (i === 0 ? { ...c, summary: verbatim(long('ENDOFCAUSE')) } : c)) },
    };
    const model = createReport(record, { lang: 'en', generatedAt: GENERATED });
    const path = await renderTo('no-loss', buildPdfDocument(model, coverage));
    const squeeze = (text: string) => text.replace(/\s+/g, '');
    const text = squeeze(run('pdftotext', ['-layout', path, '-']));
    // (markers without hyphens: pdftotext joins a word hyphenated across lines)
    for (const marker of ['ENDOFsshconnect', 'ENDOFdnsservers', 'ENDOFCAUSE']) expect(text).toContain(marker);
    for (const check of model.stages.flatMap((s) => s.checks).filter((c) => c.evidence.length)) {
      expect(text).toContain(squeeze(`${check.id}: ${check.title}`));
      for (const e of check.evidence) {
        const last = [...e.shown.head, ...e.shown.tail].at(-1) ?? '';
        expect(text, `${check.id}: ${last}`).toContain(squeeze(last));
      }
    }
  });

  it('writes a Korean report whose text is Korean and embeds both fonts (subset) rather than relying on the system', async () => {
    const path = await renderTo('korean-ko', buildPdfDocument(createReport(koreanSession(), { lang: 'ko', generatedAt: GENERATED, notes: KOREAN_NOTES }), coverage));
    const text = run('pdftotext', ['-layout', path, '-']);
    for (const s of ['클라우드 연결 진단', '문제 1건 발견', '클라우드 호스트 연결 불가', '신뢰도: 높음, 85 %', '먼저 할 일', '단계별 점검 결과', '통과', '실패', 'TAC 케이스 698765432', '경고: 이 시스템은 인가된 사용자만 사용할 수 있습니다.', '2026. 03. 14. (토) 09:21:05 UTC', '쪽 중 1쪽']) {
      expect(text).toContain(s);
    }
    const fonts = run('pdffonts', [path]);
    expect(fonts).toMatch(/NotoSansKR-Regular\s+CID TrueType\s+Identity-H\s+yes yes/);
    expect(fonts).toMatch(/NotoSansKR-Bold\s+CID TrueType\s+Identity-H\s+yes yes/);
    expect(fonts).toMatch(/NanumGothicCoding\s+CID TrueType\s+Identity-H\s+yes yes/);
    expect(fonts).not.toMatch(/\bno\s+no\b/);
    // The first page as an image, for a person to look at (see the path in the test output).
    run('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', path, join(dir, 'korean-page')]);
    expect(readFileSync(join(dir, 'korean-page-1.png')).subarray(1, 4).toString()).toBe('PNG');
  });

  it('renders Korean device output inside an English report', async () => {
    const path = await renderTo('korean-en', buildPdfDocument(createReport(koreanSession(), { lang: 'en', generatedAt: GENERATED, notes: KOREAN_NOTES }), coverage));
    const text = run('pdftotext', ['-layout', path, '-']);
    expect(text).toContain('1 problem found');
    expect(text).toContain('경고: 이 시스템은 인가된 사용자만 사용할 수 있습니다.');
    expect(text).toContain('관리자 메모: 같은 네트워크의 다른 FTD(ftd02)는 클라우드에 연결됩니다.');
  });

  it('lays out A4 and Letter pages', async () => {
    for (const [paper, size] of [['a4', /Page size:\s+595\.28 x 841\.89 pts \(A4\)/], ['letter', /Page size:\s+612 x 792 pts \(letter\)/]] as const) {
      const path = await renderTo(`healthy-${paper}`, buildPdfDocument(createReport(healthySession(), { lang: 'en', paper, generatedAt: GENERATED }), coverage));
      expect(run('pdfinfo', [path])).toMatch(size);
      expect(run('pdftotext', [path, '-'])).toContain('Healthy: the device reaches the Cisco cloud');
    }
  });

  it('fetches nothing and reads no file but its fonts, whatever the document asks for', async () => {
    const doc = buildPdfDocument(createReport(healthySession(), { lang: 'en', generatedAt: GENERATED }), coverage);
    await expect(renderPdf({ ...doc, images: { logo: 'https://example.invalid/logo.png' } } as PdfDocument, files)).rejects.toThrow(/Access to URL denied/);
    await expect(renderPdf({ ...doc, content: [{ image: '/etc/hostname' } as never] } as PdfDocument, files)).rejects.toThrow(/Access to local file denied/);
    expect(CHECK_IDS.length).toBe(20);
  });
});
