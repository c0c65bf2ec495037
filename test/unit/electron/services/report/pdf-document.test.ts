import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../../../shared/i18n/dictionary';
import { createReport } from '../../../../../shared/report/create-report';
import { PAPERS } from '../../../../../shared/report/options';
import { fontFiles } from '../../../../../electron/services/report/fonts';
import { glyphCoverage } from '../../../../../electron/services/report/glyph-coverage';
import { buildPdfDocument } from '../../../../../electron/services/report/pdf-document';
import { STATUS_COLORS } from '../../../../../electron/services/report/pdf-theme';
import type { PdfNode } from '../../../../../electron/services/report/pdf-types';
import { auditGlyphs, documentStrings } from '../../../../helpers/pdf-glyph-audit';
import { failingSession, KOREAN_NOTES, koreanSession, SESSION_FIXTURES, verbatim } from '../../../../helpers/session-fixtures';

const files = fontFiles();
const coverage = glyphCoverage(files);
const GENERATED = '2026-03-14T10:00:00.000Z';

const textOf = (node: PdfNode): string =>
  typeof node.text === 'string' ? node.text : Array.isArray(node.text) ? node.text.map((i) => i.text).join('') : '';

describe('PDF document definition', () => {
  for (const [name, build] of Object.entries(SESSION_FIXTURES)) {
    for (const lang of LANGUAGES) {
      it(`has a glyph for every character it prints, in the font that prints it: ${name}, ${lang}`, () => {
        const doc = buildPdfDocument(createReport(build(), { lang, generatedAt: GENERATED, notes: KOREAN_NOTES }), coverage);
        const audit = auditGlyphs(doc, files);
        expect(audit.missing).toEqual([]);
        expect(audit.characters).toBeGreaterThan(1000);
      });
    }
  }

  it('covers hostile device text too: symbols, emoji, controls, accents, other scripts', () => {
    const record = failingSession({ logLines: 10 });
    const hostile = 'é ñ ü ✓ ✗ ☃ 😀 € ₩ → ─┼─ 日本語 русский עברית \u0007\u001b[31m\t\u00a0\u200b\ufeff';
    const evil = { ...record, checks: record.checks.map((c) => ({ ...c, explanation: verbatim(hostile), evidence: c.evidence.map((e) => ({ ...e, output: `${e.output}\n${hostile}`, command: `${e.command} ${hostile}` })) })) };
    for (const lang of LANGUAGES) {
      const doc = buildPdfDocument(createReport(evil, { lang, generatedAt: GENERATED, notes: hostile }), coverage);
      expect(auditGlyphs(doc, files).missing).toEqual([]);
      expect(documentStrings(doc).join('\n')).toContain('[U+2717]');
    }
  });

  it('sets the page size and keeps the content inside the page for A4 and Letter', () => {
    for (const paper of PAPERS) {
      const doc = buildPdfDocument(createReport(failingSession(), { lang: 'en', paper, generatedAt: GENERATED }), coverage);
      expect(doc.pageSize).toBe(paper === 'a4' ? 'A4' : 'LETTER');
      const rules = JSON.stringify(doc.content).match(/"x2":([\d.]+)/g) ?? [];
      expect(rules.length).toBeGreaterThan(0);
      for (const rule of rules) expect(Number(rule.split(':')[1])).toBeCloseTo(paper === 'a4' ? 515.28 : 532, 1);
    }
  });

  it('puts the product, version, session id and "Page N of M" in every page footer, in the report language', () => {
    const en = buildPdfDocument(createReport(failingSession(), { lang: 'en', generatedAt: GENERATED }), coverage);
    expect(en.footer(3, 9).columns?.map(textOf)).toEqual(['Firepower Cloud Doctor 0.1.0', 'Session c0ffee00-0000-4000-8000-000000000002', 'Page 3 of 9']);
    const ko = buildPdfDocument(createReport(koreanSession(), { lang: 'ko', generatedAt: GENERATED }), coverage);
    expect(ko.footer(1, 7).columns?.map(textOf)).toEqual(['Firepower Cloud Doctor 0.1.0', '세션 c0ffee00-0000-4000-8000-000000000005', '7쪽 중 1쪽']);
    expect(ko.header?.(1, 7)).toBeNull();
    expect(ko.header?.(2, 7)?.columns?.map(textOf)).toEqual(['클라우드 연결 진단 · ftd01', '2026-03-14 10:00:00 UTC']);
  });

  it('orders the document: first page, context, stages, evidence, actions', () => {
    const strings = documentStrings(buildPdfDocument(createReport(SESSION_FIXTURES.actions(), { lang: 'en', generatedAt: GENERATED }), coverage));
    const at = (text: string) => strings.indexOf(text);
    const order = ['Cloud connection diagnosis', 'Verdict', 'What to do first', 'Causes, most likely first', 'Related Cisco bugs', 'Answers to the prerequisite questions', 'Checks by stage', 'Evidence: commands and device output', 'Actions taken on the device'];
    for (const text of order) expect(at(text), text).toBeGreaterThanOrEqual(0);
    expect(order.map(at)).toEqual([...order.map(at)].sort((a, b) => a - b));
  });

  it('shows each status by colour and by word, and every check id', () => {
    const record = failingSession();
    const doc = buildPdfDocument(createReport(record, { lang: 'en', generatedAt: GENERATED }), coverage);
    const badges: { word: string; fill: string | undefined }[] = [];
    const walk = (node: PdfNode) => {
      if (node.fillColor && node.color === '#ffffff' && node.text !== undefined) badges.push({ word: textOf(node), fill: node.fillColor });
      [...(node.stack ?? []), ...(node.columns ?? []), ...(node.table?.body.flat() ?? [])].forEach(walk);
    };
    doc.content.forEach(walk);
    const words = { pass: 'Passed', fail: 'Failed', warn: 'Warning', skip: 'Skipped', inconclusive: 'Inconclusive' } as const;
    for (const [status, word] of Object.entries(words)) {
      expect(badges).toContainEqual({ word, fill: STATUS_COLORS[status as keyof typeof words] });
    }
    const strings = documentStrings(doc);
    for (const check of record.checks) expect(strings).toContain(check.id);
  });

  it('never uses one node object twice (pdfmake writes layout state into nodes, so a shared one prints wrong)', () => {
    const doc = buildPdfDocument(createReport(SESSION_FIXTURES.actions(), { lang: 'en', generatedAt: GENERATED }), coverage);
    const seen = new Set<object>();
    const repeated: string[] = [];
    const walk = (node: PdfNode | undefined) => {
      if (!node || typeof node !== 'object') return;
      if (seen.has(node)) repeated.push(textOf(node) || JSON.stringify(node).slice(0, 60));
      seen.add(node);
      [...(node.stack ?? []), ...(node.columns ?? []), ...(node.table?.body.flat() ?? [])].forEach(walk);
    };
    doc.content.forEach(walk);
    expect(repeated).toEqual([]);
    expect(seen.size).toBeGreaterThan(500);
  });

  it('prints trimmed evidence with the note of what is not shown, and no more lines than the limit', () => {
    const doc = buildPdfDocument(createReport(failingSession({ logLines: 3000 }), { lang: 'ko', generatedAt: GENERATED }), coverage);
    const strings = documentStrings(doc);
    expect(strings.some((s) => /^… 2,9\d\d줄 \/ \d+KB 생략 …$/.test(s))).toBe(true);
    expect(strings.filter((s) => s.startsWith('time="')).length).toBeLessThanOrEqual(120);
    expect(strings).toContain('디바이스가 세션 보관 한도보다 48KB 더 출력했으며, 그 부분은 수집하지 않았습니다.');
  });
});
