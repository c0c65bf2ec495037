import { describe, expect, it } from 'vitest';
import { dnsResolve } from '../../../../shared/catalog/checks/dns-resolve';
import type { CommandSpec } from '../../../../shared/catalog/types';
import { env, fixture, runCheck, say, type Answer } from '../../../helpers/check-harness';

const NAMES = ['api-sse.cisco.com', 'cloud-sa.amp.cisco.com', 'api.amp.sourcefire.com', 'panacea.threatgrid.com'];

/** A BIND answer in the shape of guide 004's transcript, for any name. */
const answer = (name: string): string =>
  `Server:\t\t10.25.0.1\nAddress:\t10.25.0.1#53\n\nNon-authoritative answer:\nName:\t${name}\nAddress: 52.6.187.110\n\n`;

const lookups =
  (special: Readonly<Record<string, Answer>> = {}) =>
  (spec: CommandSpec): Answer | undefined => {
    const name = /nslookup (\S+)$/.exec(spec.command)?.[1] ?? '';
    return special[name] ?? answer(name);
  };

describe('dns.resolve (nslookup of the region API host and the AMP names)', () => {
  it('is skipped when dns.servers found no server, not when it could not tell (an FMC without CLISH)', () => {
    expect(dnsResolve.dependsOn).toEqual(['device.privilege']);
    expect(dnsResolve.skipIfFailed).toEqual(['dns.servers']);
  });

  it('looks up the four names of PRODUCT.md at once, each bounded by timeout 10', () => {
    const run = runCheck(dnsResolve, lookups());
    expect(run.commands).toEqual(NAMES.map((n) => `timeout 10 nslookup ${n}`));
    expect(run.verdict.status).toBe('pass');
    expect(say(run.verdict.explanation)).toContain('api-sse.cisco.com → 52.6.187.110');
  });

  it('resolves the EU API host for the EU region, and reads guide 004’s CNAME answer', () => {
    const run = runCheck(
      dnsResolve,
      lookups({ 'api.eu.sse.itd.cisco.com': fixture('common/nslookup/seed-004-api-sse-cname') }),
      env({ region: 'eu' }),
    );
    expect(run.commands[0]).toBe('timeout 10 nslookup api.eu.sse.itd.cisco.com');
    expect(run.verdict.status).toBe('pass');
  });

  it('fails NXDOMAIN, SERVFAIL, timeouts and busybox "can\'t resolve" as dns-resolution-failed, naming the names', () => {
    const run = runCheck(
      dnsResolve,
      lookups({
        'api-sse.cisco.com': { output: fixture('common/nslookup/real-nxdomain'), exitCode: 1 },
        'cloud-sa.amp.cisco.com': { output: fixture('common/nslookup/real-timeout'), exitCode: 1 },
        'api.amp.sourcefire.com': { output: fixture('common/nslookup/busybox-old-cant-resolve'), exitCode: 1 },
      }),
    );
    expect(run.verdict).toMatchObject({
      status: 'fail',
      supports: ['dns-resolution-failed'],
      remedy: { actionId: 'set-dns-servers' },
    });
    const text = say(run.verdict.explanation);
    expect(text).toMatch(
      /^3 of 4 cloud names do not resolve: api-sse\.cisco\.com: the DNS server 127\.0\.0\.1 says the name does not exist \(NXDOMAIN\); cloud-sa\.amp\.cisco\.com: no DNS server answered in time; api\.amp\.sourcefire\.com: it cannot be resolved\.$/,
    );
    expect(say(run.verdict.explanation, 'ko')).toContain('4개 중 3개');
  });

  it('counts an nslookup that `timeout` stopped (status 124, no output) as no answer', () => {
    const run = runCheck(dnsResolve, lookups({ 'panacea.threatgrid.com': { output: '', exitCode: 124 } }));
    expect(run.verdict.status).toBe('fail');
    expect(say(run.verdict.explanation)).toContain('panacea.threatgrid.com: no answer within 10 s');
  });

  it('is inconclusive when some answers are cut off or garbage and none failed', () => {
    const run = runCheck(
      dnsResolve,
      lookups({ 'cloud-sa.amp.cisco.com': fixture('common/nslookup/server-lines-only') }),
    );
    expect(run.verdict.status).toBe('inconclusive');
    expect(say(run.verdict.explanation)).toContain('cloud-sa.amp.cisco.com: The output of');
  });

  it('is an error when nslookup does not exist on the device', () => {
    const missing = fixture('common/nslookup/command-not-found');
    const run = runCheck(dnsResolve, () => ({ output: missing, exitCode: 127 }));
    expect(run.verdict.status).toBe('error');
  });
});
