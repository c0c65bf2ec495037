import { describe, expect, it } from 'vitest';
import { createReport } from '../../../../shared/report/create-report';
import { renderText } from '../../../../shared/report/render-text';
import { displayWidth } from '../../../../shared/report/text-width';
import { actionsSession, errorSession, failingSession, healthySession, koreanSession } from '../../../helpers/session-fixtures';

const GENERATED = '2026-03-14T10:00:00.000Z';
// eslint-disable-next-line no-control-regex -- ANSI colour sequences are exactly what this matches
const ANSI = /\u001b\[[0-9;]*m/g;

describe('text summary', () => {
  it('leads with the device, the session and the verdict, then causes with their commands', () => {
    const text = renderText(createReport(failingSession(), { lang: 'en', generatedAt: GENERATED }));
    const lines = text.split('\n');
    expect(lines[0]).toBe('Firepower Cloud Doctor 0.1.0: Cloud connection diagnosis');
    expect(lines[1]).toBe('Device   ftd01 · 192.0.2.10 · FTD (Firepower Threat Defense) · Cisco Firepower 2110 Threat Defense (77) · 6.6.1 · US');
    expect(lines[2]).toBe('Session  2026-03-14 09:21:05 UTC · 1 min 3 s · finished');
    expect(lines[4]).toBe('Verdict: 3 problems found');
    expect(text).toContain(' 1. No DNS server configured (Confidence: high, 92 %)');
    expect(text).toContain('      $ configure network dns servers 198.51.100.53,198.51.100.54');
    expect(text).toContain('    Based on: dns.servers, dns.resolve, cloud.https, connector.log');
    expect(text).not.toContain('time="'); // evidence stays in the JSON/PDF
  });

  it('writes every status as a word, aligned, with explanations only for checks that did not pass', () => {
    const text = renderText(createReport(failingSession(), { lang: 'en', generatedAt: GENERATED }));
    expect(text).toContain('  PASSED        ssh.connect                 SSH login\n  PASSED        device.version');
    expect(text).toContain('  FAILED        dns.servers                 DNS servers configured\n                The device has no DNS server');
    expect(text).toContain('  INCONCLUSIVE  connector.context');
    expect(text).toContain('  SKIPPED       cloud.ports');
  });

  it('colours status words in ANSI mode without changing a single word', () => {
    const model = createReport(actionsSession(), { lang: 'en', generatedAt: GENERATED });
    const coloured = renderText(model, { color: true });
    expect(coloured).toContain('\u001b[31mFAILED        \u001b[0m');
    expect(coloured).toContain('\u001b[32mPASSED        \u001b[0m');
    expect(coloured.replace(ANSI, '')).toBe(renderText(model));
    expect(renderText(model)).not.toMatch(ANSI);
  });

  it('aligns Korean status words by display width (Hangul takes two columns)', () => {
    const text = renderText(createReport(koreanSession(), { lang: 'ko', generatedAt: GENERATED }));
    const rows = text.split('\n').filter((l) => /^ {2}(통과|실패) {2}/.test(l));
    expect(rows.length).toBeGreaterThan(10);
    expect(new Set(rows.map((l) => displayWidth(l.slice(0, l.indexOf(l.trim().split(/\s+/)[1] ?? '')))))).toEqual(new Set([8]));
    expect(text).toContain('진단 결과: 문제 1건 발견');
  });

  it('says healthy, or incomplete with the reason, in one line', () => {
    expect(renderText(createReport(healthySession(), { lang: 'en', generatedAt: GENERATED }))).toContain('\nVerdict: Healthy: the device reaches the Cisco cloud\n');
    const stopped = renderText(createReport(errorSession(), { lang: 'en', generatedAt: GENERATED }));
    expect(stopped).toContain('\nVerdict: Incomplete: the session did not finish\n');
    expect(stopped).toContain('Why the session stopped: sudo: 3 incorrect password attempts');
    expect(stopped).toMatch(/^ {2}ERROR +device\.privilege +Expert mode and root\n +sudo refused the password/m);
  });
});
