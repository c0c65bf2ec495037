import { describe, expect, it } from 'vitest';
import { cloudPorts } from '../../../../shared/catalog/checks/cloud-ports';
import { env, fixture, runCheck, say, type Answer } from '../../../helpers/check-harness';

const T443 = 'timeout 2 telnet api-sse.cisco.com 443 </dev/null';
const T8989 = 'timeout 2 telnet api-sse.cisco.com 8989 </dev/null';
const PING = 'ping -c 2 -i 0.5 -W 1 api-sse.cisco.com';

const ports = (https: Answer, alt: Answer, ping: Answer) =>
  runCheck(cloudPorts, { [T443]: https, [T8989]: alt, [PING]: ping });

describe('cloud.ports (telnet 443 and 8989, ping: information only)', () => {
  it('runs the guide’s telnet and ping against the API host, bounded', () => {
    const run = ports(
      fixture('common/telnet/real-open'),
      fixture('common/telnet/real-open'),
      fixture('common/ping/real-api-sse'),
    );
    expect(run.commands).toEqual([T443, T8989, PING]);
    const eu = runCheck(
      cloudPorts,
      (spec) => (spec.command.includes('api.eu.sse.itd.cisco.com') ? fixture('common/telnet/real-open') : undefined),
      env({ region: 'eu' }),
    );
    expect(eu.commands[0]).toBe('timeout 2 telnet api.eu.sse.itd.cisco.com 443 </dev/null');
  });

  it('is information (never pass, never a cause) when 443 opens, whatever 8989 and ping say', () => {
    const v = ports(
      fixture('common/telnet/real-open'),
      { output: 'Trying 52.6.187.110...\n', exitCode: 124 },
      { output: fixture('common/ping/real-blackhole-loss'), exitCode: 1 },
    ).verdict;
    expect(v.status).toBe('info');
    expect(v.supports).toBeUndefined();
    expect(say(v.explanation)).toBe(
      'For information: TCP 443 to api-sse.cisco.com opens; TCP 8989 to api-sse.cisco.com: no connection within 2 s; api-sse.cisco.com does not answer ping (2 sent; many networks drop ping, so this alone means little).',
    );
  });

  it('warns, still without a cause, when 443 is refused, times out, or the name does not resolve', () => {
    for (const https of [
      { output: fixture('common/telnet/real-refused-8989'), exitCode: 1 },
      { output: fixture('common/telnet/real-timeout'), exitCode: 1 },
      { output: fixture('common/telnet/trying-only-cut-off'), exitCode: 124 },
      { output: fixture('common/telnet/real-unknown-host'), exitCode: 1 },
    ]) {
      const v = ports(https, https, { output: fixture('common/ping/real-unknown-host'), exitCode: 2 }).verdict;
      expect(v.status).toBe('warn');
      expect(v.supports).toBeUndefined();
    }
  });

  it('is inconclusive when none of the outputs is understood', () => {
    const v = ports(
      { output: fixture('common/telnet/trying-only-cut-off'), exitCode: null },
      'garbage',
      fixture('common/ping/cut-before-statistics'),
    ).verdict;
    expect(v.status).toBe('inconclusive');
  });

  it('shows a partly unreadable result as information with the reason', () => {
    const v = ports(
      fixture('common/telnet/real-open'),
      '-bash: telnet: command not found\n',
      fixture('common/ping/real-api-sse'),
    ).verdict;
    expect(v.status).toBe('info');
    expect(say(v.explanation)).toContain('could not run');
  });
});
