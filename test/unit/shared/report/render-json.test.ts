import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../../shared/i18n/dictionary';
import { CHECK_IDS } from '../../../../shared/model/check';
import { createReport } from '../../../../shared/report/create-report';
import { jsonReportSchema } from '../../../../shared/report/json-schema';
import { renderJson, toJsonReport } from '../../../../shared/report/render-json';
import { failingSession, healthySession, errorSession, SESSION_FIXTURES } from '../../../helpers/session-fixtures';

const GENERATED = '2026-03-14T10:00:00.000Z';

describe('JSON report', () => {
  for (const [name, build] of Object.entries(SESSION_FIXTURES)) {
    for (const lang of LANGUAGES) {
      it(`conforms to the CLI contract schema: ${name} session, ${lang}`, () => {
        const text = renderJson(createReport(build(), { lang, generatedAt: GENERATED, redaction: { addresses: true, hostnames: true } }));
        expect(text.endsWith('}\n')).toBe(true);
        const parsed = jsonReportSchema.safeParse(JSON.parse(text));
        expect(parsed.error?.issues ?? []).toEqual([]);
      });
    }
  }

  it('carries the contract fields: device facts, times, every check with its evidence, ranked causes', () => {
    const record = failingSession();
    const json = toJsonReport(createReport(record, { lang: 'en', generatedAt: GENERATED }));
    expect(json.schemaVersion).toBe(1);
    expect(json.tool).toEqual({ name: 'Firepower Cloud Doctor', version: '0.1.0' });
    expect(json.device).toEqual({ host: '192.0.2.10', type: 'ftd', model: 'Cisco Firepower 2110 Threat Defense (77)', version: '6.6.1', build: '91', hostname: 'ftd01', region: 'us' });
    expect(json.startedAt).toBe(record.startedAt);
    expect(json.finishedAt).toBe(record.finishedAt);
    expect(json.checks.map((c) => c.id)).toEqual(CHECK_IDS.filter((id) => record.checks.some((c) => c.id === id)));
    const dns = json.checks.find((c) => c.id === 'dns.servers');
    expect(dns).toMatchObject({ stage: 'dns', status: 'fail', title: 'DNS servers configured' });
    expect(dns?.remedy).toEqual({ text: expect.stringContaining('no DNS server') as string, command: 'configure network dns servers 198.51.100.53,198.51.100.54' });
    expect(json.diagnosis.causes.map((c) => [c.id, c.confidence, c.confidenceLevel])).toEqual([
      ['dns-not-configured', 0.92, 'high'],
      ['connector-ipc-broken', 0.55, 'medium'],
      ['proxy-interference', 0.25, 'low'],
    ]);
    expect(json.diagnosis.causes[0]?.checks).toEqual(['dns.servers', 'dns.resolve', 'cloud.https', 'connector.log']);
    expect(json.diagnosis.relatedBugs).toEqual(['CSCvs05084', 'CSCvr46845']);
  });

  it('keeps evidence complete (never trimmed for print) with exit codes, durations and the capture cap', () => {
    const json = toJsonReport(createReport(failingSession({ logLines: 3000 }), { lang: 'en', generatedAt: GENERATED }));
    const log = json.checks.find((c) => c.id === 'connector.log')?.evidence[0];
    expect(log?.output.split('\n')).toHaveLength(3000);
    expect(log).toMatchObject({ exitCode: 0, durationMs: 95, truncatedBytes: 48_211 });
    expect(json.checks.find((c) => c.id === 'dns.servers')?.evidence[0]?.exitCode).toBeNull();
  });

  it('writes every text in the report language', () => {
    const json = toJsonReport(createReport(failingSession(), { lang: 'ko', generatedAt: GENERATED }));
    expect(json.lang).toBe('ko');
    expect(json.checks.find((c) => c.id === 'dns.servers')?.title).toBe('DNS 서버 구성');
    expect(json.diagnosis.causes[0]?.title).toBe('DNS 서버 미구성');
    expect(json.checks[0]?.status).toBe('pass');
  });

  it('reports a session that could not finish with cause "error", the reason and a null answer set', () => {
    const json = toJsonReport(createReport(errorSession(), { lang: 'en', generatedAt: GENERATED }));
    expect(json.state).toBe('failed');
    expect(json.diagnosis.causes[0]?.id).toBe('error');
    expect(json.error).toBe('sudo: 3 incorrect password attempts');
    const cancelled = toJsonReport(createReport(SESSION_FIXTURES.cancelled(), { lang: 'en', generatedAt: GENERATED }));
    expect(cancelled.answers).toEqual({ cloudIntended: null, licenseNotEvaluation: null, smartLicensingDirect: null, cloudEventsEnabled: null });
  });

  it('the schema rejects undocumented fields and a diagnosis that breaks the contract', () => {
    const good = toJsonReport(createReport(healthySession(), { lang: 'en', generatedAt: GENERATED }));
    expect(jsonReportSchema.safeParse(good).success).toBe(true);
    expect(jsonReportSchema.safeParse({ ...good, extra: 1 }).success).toBe(false);
    expect(jsonReportSchema.safeParse({ ...good, device: { ...good.device, serial: 'x' } }).success).toBe(false);
    const failedCheck = good.checks.map((c, i) => (i === 0 ? { ...c, status: 'fail' as const } : c));
    expect(jsonReportSchema.safeParse({ ...good, checks: failedCheck }).success).toBe(false);
    expect(jsonReportSchema.safeParse({ ...good, state: 'failed' }).success).toBe(false);
    const cites = { ...good, diagnosis: { ...good.diagnosis, causes: [{ ...good.diagnosis.causes[0], checks: ['dns.servers'] }] } };
    expect(jsonReportSchema.safeParse({ ...cites, checks: good.checks.filter((c) => c.id !== 'dns.servers') }).success).toBe(false);
  });
});
