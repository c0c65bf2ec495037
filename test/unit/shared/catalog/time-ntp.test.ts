import { describe, expect, it } from 'vitest';
import { timeNtp } from '../../../../shared/catalog/checks/time-ntp';
import { env, fixture, NOW, runCheck, say } from '../../../helpers/check-harness';

/** `date -u` as GNU coreutils prints it, `ms` after the host's NOW. */
const dateAt = (ms: number): string => {
  const d = new Date(Date.parse(NOW) + ms);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const p = (n: number) => String(n).padStart(2, '0');
  return `${days[d.getUTCDay()]} ${months[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}\n`;
};

const ftd = (ntp: string, date: string) => runCheck(timeNtp, { 'show ntp': ntp, 'date -u': date }).verdict;
const fmc = (date: string) => runCheck(timeNtp, { 'date -u': date }, env({ deviceType: 'fmc' }));

describe('time.ntp (show ntp and date -u)', () => {
  it('passes an FTD with a server Being Used and a clock within 5 minutes', () => {
    const v = ftd(fixture('ftd/show-ntp/being-used-doc-215468'), dateAt(2_000));
    expect(v.status).toBe('pass');
    expect(say(v.explanation)).toMatch(/203\.0\.113\.126 is being used.*differs from this computer’s by 2 s/);
    expect(ftd(fixture('ftd/show-ntp/two-servers-aligned'), dateAt(-4 * 60_000)).status).toBe('pass');
  });

  it('asks the FMC only for date -u (its CLISH has no show ntp) and passes a right clock', () => {
    const run = fmc(dateAt(30_000));
    expect(run.commands).toEqual(['date -u']);
    expect(run.verdict.status).toBe('pass');
  });

  it('fails a clock far off as clock-not-synchronized, saying how far and which way', () => {
    const v = ftd(
      'NTP Server : 203.0.113.126\nStatus : Unreachable\nOffset : 0.000 (milliseconds)\nLast Update : 34560000 (seconds)\n',
      dateAt(-400 * 86_400_000),
    );
    expect(v).toMatchObject({ status: 'fail', supports: ['clock-not-synchronized'] });
    expect(say(v.explanation)).toMatch(
      /400 days behind this computer’s\. No NTP server is being used: 203\.0\.113\.126 \(Unreachable\)/,
    );
    expect(say(v.explanation, 'ko')).toContain('400일 느립니다');
    expect(say(v.remedy!.text)).toContain('Time Synchronization');
    const ahead = fmc(dateAt(2 * 3_600_000)).verdict;
    expect(ahead).toMatchObject({ status: 'fail', supports: ['clock-not-synchronized'] });
    expect(say(ahead.explanation)).toContain('2 h ahead of');
  });

  it('blames no one when NTP is synchronised but the clocks differ: this computer may be wrong', () => {
    const v = ftd(fixture('ftd/show-ntp/being-used-doc-215468'), dateAt(3 * 86_400_000));
    expect(v.status).toBe('warn');
    expect(v.supports).toBeUndefined();
    expect(say(v.explanation)).toContain('This computer’s clock may be the wrong one');
  });

  it('warns, without a cause, when the clock is right today but no NTP server is used or configured', () => {
    for (const ntp of [fixture('ftd/show-ntp/not-synchronised'), fixture('ftd/show-ntp/none-configured')]) {
      const v = ftd(ntp, dateAt(1_000));
      expect(v.status).toBe('warn');
      expect(v.supports).toBeUndefined();
    }
  });

  it('decides from the clock when show ntp is not understood, and from NTP when the clock is not', () => {
    const v = ftd(fixture('ftd/show-ntp/truncated-no-status'), dateAt(1_000));
    expect(v.status).toBe('warn');
    expect(say(v.explanation)).toContain('“show ntp”');
    expect(ftd(fixture('ftd/show-ntp/being-used-doc-215468'), 'date: bad date\n').status).toBe('pass');
    expect(ftd(fixture('ftd/show-ntp/not-synchronised'), '').status).toBe('warn');
  });

  it('is inconclusive when neither is understood (garbage, cut-off, empty), and on an FMC whose date is unreadable', () => {
    expect(ftd(fixture('ftd/show-ntp/truncated-no-status'), '%%%').status).toBe('inconclusive');
    expect(ftd(fixture('ftd/show-ntp/empty-output'), '').status).toBe('inconclusive');
    expect(fmc(fixture('common/date-u/not-utc-zone')).verdict.status).toBe('inconclusive');
  });

  it('is an error when date cannot run', () => {
    expect(fmc('-bash: date: command not found\n').verdict.status).toBe('error');
  });
});
