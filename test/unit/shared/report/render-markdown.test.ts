import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '../../../../shared/model/check';
import { createReport } from '../../../../shared/report/create-report';
import { fencedBlock, inlineCode } from '../../../../shared/report/markdown-escape';
import { renderMarkdown } from '../../../../shared/report/render-markdown';
import { actionsSession, failingSession, koreanSession, verbatim } from '../../../helpers/session-fixtures';

const GENERATED = '2026-03-14T10:00:00.000Z';

describe('Markdown report', () => {
  it('puts the verdict, what to do first and the ranked causes before the checks and the evidence', () => {
    const md = renderMarkdown(createReport(failingSession(), { lang: 'en', generatedAt: GENERATED }));
    const order = ['# Cloud connection diagnosis: ftd01', '## Verdict: 3 problems found', '### What to do first', '## Causes, most likely first', '## Checks by stage', '## Evidence: commands and device output'];
    expect(md.startsWith(`${order[0]}\n`)).toBe(true);
    for (const heading of order) expect(md).toContain(`\n${heading}\n`.slice(heading === order[0] ? 1 : 0));
    for (let i = 1; i < order.length; i += 1) expect(md.indexOf(order[i] ?? '')).toBeGreaterThan(md.indexOf(order[i - 1] ?? ''));
    expect(md).toContain('### 1. No DNS server configured\n\n- **Confidence:** high, 92 %\n- **Based on:** `dns.servers`, `dns.resolve`, `cloud.https`, `connector.log`');
    expect(md).toContain('```\nconfigure network dns servers 198.51.100.53,198.51.100.54\n```');
    expect(md).toContain('- [CSCvs05084](https://bst.cloudapps.cisco.com/bugsearch/bug/CSCvs05084): FTD Cisco Cloud Configuration Failure caused by a proxy');
  });

  it('has a table row with the status word for every check that ran, and an evidence section per check', () => {
    const record = failingSession();
    const md = renderMarkdown(createReport(record, { lang: 'en', generatedAt: GENERATED }));
    for (const check of record.checks) {
      expect(md).toMatch(new RegExp(`^\\| \`${check.id.replace('.', '\\.')}\` .+ \\| \\*\\*(Passed|Failed|Warning|Skipped|Inconclusive)\\*\\* \\|`, 'm'));
      expect(md).toContain(`### ${check.id}: `);
    }
    expect(CHECK_IDS.filter((id) => !md.includes(`\`${id}\``))).toEqual([]);
    expect(md).toContain('| `dns.servers` DNS servers configured | **Failed** |');
  });

  it('fences evidence with the command, exit code and duration, and notes what the trim left out', () => {
    const md = renderMarkdown(createReport(failingSession({ logLines: 3000 }), { lang: 'en', generatedAt: GENERATED }));
    expect(md).toContain('`nslookup api-sse.cisco.com` · Exit code 1 · 15.0 s\n\n```text\n;; connection timed out; no servers could be reached\n```');
    expect(md).toMatch(/\n… 2,9\d\d more lines \/ \d+ KB not shown …\ntime="/);
    expect(md).toContain('_The device printed 48 KB more than the session keeps; it was not captured._');
    expect(md.split('\n').length).toBeLessThan(1500);
  });

  it('shows actions with before/after tables and their own evidence', () => {
    const md = renderMarkdown(createReport(actionsSession(), { lang: 'en', generatedAt: GENERATED }));
    expect(md).toContain('### `configure network dns servers 198.51.100.53,198.51.100.54`: applied');
    expect(md).toContain('| `dns.servers` DNS servers configured | **Failed** | **Passed** |');
    expect(md).toContain('| `connector.ipc` Connector to EventHandler link | **Failed** | **Failed** |');
    expect(md).toContain('SSEConnector (normal) - Waiting');
  });

  it('is all Korean in Korean, with Korean device output kept as printed', () => {
    const md = renderMarkdown(createReport(koreanSession(), { lang: 'ko', generatedAt: GENERATED, notes: '메모입니다' }));
    for (const text of ['# 클라우드 연결 진단: ftd01', '## 진단 결과: 문제 1건 발견', '## 원인 (가능성이 높은 순서)', '**실패**', '## 메모\n\n메모입니다', '*  경고: 이 시스템은 인가된 사용자만 사용할 수 있습니다.', '2026. 03. 14. (토) 09:21:05 UTC']) {
      expect(md).toContain(text);
    }
  });

  it('cannot be broken by device text: pipes, HTML, backticks and fences stay inert', () => {
    const record = failingSession({ logLines: 5 });
    const evil = {
      ...record,
      checks: record.checks.map((c) =>
        c.id === 'dns.servers'
          ? { ...c, explanation: verbatim('a | b <script>x</script> *bold* [link](http://x)'), evidence: [{ command: 'echo `id`', output: '```\n# not a heading\n````', exitCode: 0, durationMs: 1 }] }
          : c,
      ),
    };
    const md = renderMarkdown(createReport(evil, { lang: 'en', generatedAt: GENERATED }));
    expect(md).toContain('a \\| b \\<script>x\\</script> \\*bold\\* \\[link\\](http://x)');
    expect(md).toContain('`````text\n```\n# not a heading\n````\n`````');
    expect(md).toContain('`` echo `id` ``');
    expect(inlineCode('a|b')).toBe('`a|b`');
    expect(fencedBlock('x')).toBe('```\nx\n```');
  });
});
