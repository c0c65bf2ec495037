import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../../shared/diagnosis/diagnose';
import { message } from '../../../../shared/i18n/message';
import { render } from '../../../../shared/i18n/translate';
import type { CauseId } from '../../../../shared/model/cause';
import type { CheckId } from '../../../../shared/model/check';
import type { CheckResult } from '../../../../shared/model/session';
import type { CheckStatus } from '../../../../shared/model/verdict';

const r = (id: CheckId, status: CheckStatus, supports: CauseId[] = []): CheckResult => ({
  id,
  stage: 'dns',
  status,
  explanation: message('common.status.pass'),
  evidence: [],
  ...(supports.length ? { supports } : {}),
});

const ids = (results: CheckResult[], state: 'finished' | 'failed' = 'finished') =>
  diagnose(results, {}, state).causes.map((c) => c.id);

describe('diagnose', () => {
  it('says healthy only when nothing failed or was inconclusive (skips and info allowed)', () => {
    expect(ids([r('ssh.connect', 'pass'), r('fmc.cloud-events', 'skip'), r('connector.context', 'info')])).toEqual(['healthy']);
    expect(ids([r('ssh.connect', 'pass'), r('dns.servers', 'inconclusive')])).toEqual(['error']);
    expect(ids([r('ssh.connect', 'pass'), r('dns.servers', 'fail')])).not.toContain('healthy');
  });

  it('ranks no DNS before the failures it explains, with less confidence for those', () => {
    const d = diagnose(
      [
        r('cloud.https', 'fail', ['dns-resolution-failed']),
        r('dns.resolve', 'fail', ['dns-resolution-failed']),
        r('dns.servers', 'fail', ['dns-not-configured']),
        r('connector.log', 'warn', ['cloud-unreachable']),
      ],
      {},
      'finished',
    );
    expect(d.causes.map((c) => c.id)).toEqual(['dns-not-configured', 'dns-resolution-failed', 'cloud-unreachable']);
    expect(d.causes[0]!.confidence).toBeGreaterThan(d.causes[1]!.confidence);
    expect(d.causes[1]!.checks).toEqual(['cloud.https', 'dns.resolve']);
  });

  it('names TLS interception only when the clock is right', () => {
    expect(ids([r('cloud.https', 'fail', ['tls-interception'])])).toEqual(['tls-interception']);
    expect(ids([r('cloud.https', 'fail', ['tls-interception']), r('time.ntp', 'fail', ['clock-not-synchronized'])])).toEqual([
      'clock-not-synchronized',
    ]);
  });

  it('puts a failing proxy before the unreachable cloud it explains, and names CSCvs05084', () => {
    const d = diagnose(
      [r('cloud.https', 'fail', ['cloud-unreachable']), r('network.proxy', 'fail', ['proxy-interference'])],
      {},
      'finished',
    );
    expect(d.causes.map((c) => c.id)).toEqual(['proxy-interference', 'cloud-unreachable']);
    expect(d.relatedBugs).toContain('CSCvs05084');
  });

  it('puts an unwanted cloud integration first', () => {
    expect(
      ids([r('fmc.cloud-intended', 'fail', ['cloud-integration-not-intended']), r('cloud.https', 'fail', ['cloud-unreachable'])]),
    ).toEqual(['cloud-integration-not-intended', 'cloud-unreachable']);
  });

  it('is very confident of what the admin stated in a prerequisite answer, less of one inferred check', () => {
    const stated: CheckResult = { ...r('fmc.cloud-intended', 'fail', ['cloud-integration-not-intended']), stage: 'prerequisites' };
    const d = diagnose([stated, r('cloud.https', 'fail', ['cloud-unreachable'])], {}, 'finished');
    expect(d.causes.map((c) => [c.id, c.confidence])).toEqual([
      ['cloud-integration-not-intended', 0.95],
      ['cloud-unreachable', 0.75],
    ]);
  });

  it('puts "error" first when the session could not finish', () => {
    const d = diagnose([r('ssh.connect', 'pass'), r('dns.servers', 'fail', ['dns-not-configured']), r('cloud.https', 'error')], {}, 'failed');
    expect(d.causes[0]!.id).toBe('error');
    expect(d.causes.map((c) => c.id)).toContain('dns-not-configured');
  });

  it('says so when the evidence disagrees instead of guessing', () => {
    const d = diagnose([r('cloud.https', 'fail', ['cloud-unreachable']), r('connector.cloud-session', 'pass')], {}, 'finished');
    expect(d.conflicts).toHaveLength(1);
    expect(render('en', d.conflicts[0]!)).toMatch(/disagrees/);
    expect(render('ko', d.conflicts[0]!)).toMatch(/어긋납니다/);
  });

  it('does not name a cause the connector log alone supports when its live check passes now: says it is history', () => {
    // After "Set the DNS servers" the names resolve, yet the last hour of the log still has the DNS errors.
    const afterFix = [r('dns.servers', 'pass'), r('dns.resolve', 'pass'), r('cloud.https', 'pass'), r('connector.log', 'fail', ['dns-resolution-failed'])];
    const d = diagnose(afterFix, {}, 'finished');
    expect(d.causes.map((c) => c.id)).toEqual([]);
    expect(d.conflicts).toHaveLength(1);
    expect(render('en', d.conflicts[0]!)).toBe(
      'The connector log shows errors pointing at “Cloud names do not resolve”, but “Cloud names resolve” passes now: the errors are likely from before a fix, or they come and go. The connector retries every few minutes; run the SSE Connector stage again in about 5 minutes to confirm they stopped.',
    );
    expect(render('ko', d.conflicts[0]!)).toContain('약 5분 뒤 SSE Connector 단계를 다시 실행');
    // Never healthy while the log check fails.
    expect(d.causes.some((c) => c.id === 'healthy')).toBe(false);

    // The log still counts when the live check fails too, or did not run, or another check supports the cause.
    expect(ids([r('dns.resolve', 'fail', ['dns-resolution-failed']), r('connector.log', 'fail', ['dns-resolution-failed'])])).toEqual(['dns-resolution-failed']);
    expect(ids([r('dns.resolve', 'skip'), r('connector.log', 'fail', ['dns-resolution-failed'])])).toEqual(['dns-resolution-failed']);
    expect(ids([r('connector.ipc', 'pass'), r('connector.process', 'fail', ['connector-ipc-broken']), r('connector.log', 'fail', ['connector-ipc-broken'])])).toEqual(['connector-ipc-broken']);
  });

  it('gives every cause a summary and keeps the remedy of its first supporting check', () => {
    const withRemedy: CheckResult = {
      ...r('dns.servers', 'fail', ['dns-not-configured']),
      remedy: { text: message('common.actions.save'), command: 'configure network dns servers 208.67.222.222', actionId: 'set-dns-servers' },
    };
    const d = diagnose([withRemedy], {}, 'finished');
    expect(d.causes[0]!.remedy?.actionId).toBe('set-dns-servers');
    expect(render('en', d.causes[0]!.summary)).toMatch(/no DNS server/);
  });
});
