import { describe, expect, it } from 'vitest';
import { createReport } from '../../../../shared/report/create-report';
import { confidenceLevel, formatDuration, formatTimestamp } from '../../../../shared/report/format';
import { actionsSession, cancelledSession, errorSession, failingSession, healthySession, KOREAN_NOTES, koreanSession } from '../../../helpers/session-fixtures';

const GENERATED = '2026-03-14T10:00:00.000Z';

describe('report model', () => {
  it('says healthy at a glance for a healthy session, with the status counts', () => {
    const model = createReport(healthySession(), { lang: 'en', generatedAt: GENERATED });
    expect(model.verdict).toMatchObject({ kind: 'healthy', problemCount: 0, headline: 'Healthy: the device reaches the Cisco cloud' });
    expect(model.verdict.statusCounts.map((s) => [s.status, s.count])).toEqual([['pass', 18], ['info', 2]]);
    expect(model.firstStep).toBeUndefined();
  });

  it('counts problems, ranks causes with confidence as words and names what to do first', () => {
    const model = createReport(failingSession(), { lang: 'en', generatedAt: GENERATED });
    expect(model.verdict).toMatchObject({ kind: 'problems', problemCount: 3, headline: '3 problems found' });
    expect(model.causes.map((c) => [c.rank, c.id, c.confidenceText])).toEqual([
      [1, 'dns-not-configured', 'high, 92 %'],
      [2, 'connector-ipc-broken', 'medium, 55 %'],
      [3, 'proxy-interference', 'low, 25 %'],
    ]);
    expect(model.firstStep).toEqual({ causeId: 'dns-not-configured', remedy: expect.objectContaining({ command: 'configure network dns servers 198.51.100.53,198.51.100.54' }) as unknown });
    expect(model.bugs.map((b) => b.id)).toEqual(['CSCvs05084', 'CSCvr46845']);
    expect(model.bugs[0]).toMatchObject({ description: 'FTD Cisco Cloud Configuration Failure caused by a proxy', url: 'https://bst.cloudapps.cisco.com/bugsearch/bug/CSCvs05084' });
    expect(model.conflicts).toEqual(['The connector process is running, yet its EventHandler socket has no CONNECTED stream.']);
  });

  it('lists every stage but the summary in wizard order, checks in catalog order', () => {
    const model = createReport(cancelledSession(), { lang: 'en', generatedAt: GENERATED });
    expect(model.stages.map((s) => [s.id, s.checks.length])).toEqual([['connect', 5], ['prerequisites', 4], ['dns', 1], ['cloud', 0], ['connector', 0]]);
    expect(model.stages[0]?.checks.map((c) => c.id)).toEqual(['ssh.connect', 'device.version', 'device.managers', 'time.ntp', 'device.privilege']);
    expect(model.verdict).toMatchObject({ kind: 'incomplete', headline: 'Incomplete: the session did not finish' });
    expect(model.answers.map((a) => a.answerText)).toEqual(Array(4).fill('Not answered (those checks are skipped)'));
  });

  it('reports why a session stopped and never calls it healthy', () => {
    const model = createReport(errorSession(), { lang: 'ko', generatedAt: GENERATED });
    expect(model.verdict.kind).toBe('incomplete');
    expect(model.error).toBe('sudo: 3 incorrect password attempts');
    expect(model.session.facts.find((f) => f.label === '상태')?.value).toBe('오류로 중단됨');
  });

  it('gives session and device facts with times in UTC and the duration in the report language', () => {
    const model = createReport(failingSession(), { lang: 'ko', generatedAt: GENERATED });
    expect(model.device.name).toBe('ftd01');
    expect(model.device.facts.map((f) => [f.label, f.value])).toEqual([
      ['호스트 이름', 'ftd01'],
      ['호스트', '192.0.2.10'],
      ['유형', 'FTD (Firepower Threat Defense)'],
      ['모델', 'Cisco Firepower 2110 Threat Defense (77)'],
      ['소프트웨어 버전', '6.6.1 (build 91)'],
      ['클라우드 지역', '미국'],
    ]);
    expect(model.session.facts.map((f) => f.label)).toEqual(['세션 ID', '상태', '시작', '종료', '소요 시간']);
    expect(formatTimestamp('2026-03-14T18:21:05+09:00')).toBe('2026-03-14 09:21:05 UTC');
    expect(formatDuration(63_400, 'ko')).toBe('1분 3초');
    expect(formatDuration(850, 'en')).toBe('850 ms');
    expect(formatDuration(12_345, 'en')).toBe('12.3 s');
    expect(formatDuration(3_725_000, 'en')).toBe('1 h 2 min');
    expect([0.7, 0.69, 0.4, 0.39].map(confidenceLevel)).toEqual(['high', 'medium', 'medium', 'low']);
  });

  it('records actions with before and after status words', () => {
    const model = createReport(actionsSession(), { lang: 'en', generatedAt: GENERATED });
    expect(model.actions.map((a) => [a.actionId, a.outcomeText])).toEqual([['dns.set-servers', 'applied'], ['connector.restart', 'failed']]);
    expect(model.actions[0]?.changes.map((c) => `${c.checkId} ${c.beforeText} → ${c.afterText}`)).toEqual([
      'dns.servers Failed → Passed',
      'dns.resolve Failed → Passed',
      'cloud.https Failed → Passed',
    ]);
  });

  it('trims long evidence for print with a note of how much is not shown, and keeps the full output', () => {
    const model = createReport(failingSession({ logLines: 3000 }), { lang: 'en', generatedAt: GENERATED });
    const log = model.stages.flatMap((s) => s.checks).find((c) => c.id === 'connector.log')?.evidence[0];
    expect(log?.output.split('\n')).toHaveLength(3000);
    expect((log?.shown.head.length ?? 0) + (log?.shown.tail.length ?? 0)).toBeLessThanOrEqual(120);
    expect(log?.omittedNote).toMatch(/^… 2,9\d\d more lines \/ \d+ KB not shown …$/);
    expect(log?.captureNote).toBe('The device printed 48 KB more than the session keeps; it was not captured.');
  });

  it('masks the notes like everything else and keeps Korean text intact', () => {
    const model = createReport(koreanSession(), { lang: 'en', generatedAt: GENERATED, notes: `${KOREAN_NOTES} ftd01 192.0.2.10`, redaction: { addresses: true, hostnames: true } });
    expect(model.notes).toBe(`${KOREAN_NOTES} [HOST-1] [IP-1]`);
    expect(model.device.host).toBe('[IP-1]');
    expect(model.redaction).toEqual([
      'Passwords, keys and other secrets.',
      'IP addresses, replaced by placeholders such as [IP-1].',
      'Host names, replaced by placeholders such as [HOST-1].',
      'Cisco cloud host names are public and kept.',
    ]);
    const banner = model.stages[0]?.checks[0]?.evidence[0]?.output ?? '';
    expect(banner).toContain('경고: 이 시스템은 인가된 사용자만 사용할 수 있습니다.');
  });
});
