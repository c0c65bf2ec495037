import { describe, expect, it } from 'vitest';
import { parseShowNetwork, type ShowNetworkResult } from '../../../../shared/parsers/show-network';
import { itParsesEveryFixture } from '../../../helpers/parser-fixtures';
import { fuzzParser } from '../../../helpers/parser-fuzz';

describe('parseShowNetwork (CLISH show network)', () => {
  const fixtures = itParsesEveryFixture('show-network', parseShowNetwork);
  const parsed = (name: string) => parseShowNetwork(fixtures.find((f) => f.name === name)?.raw ?? '');

  it('reads DNS servers continued on indented lines (7.x management0 layout)', () => {
    expect(parsed('fp1010-7-4-2-three-dns')).toMatchObject({
      kind: 'network',
      layout: 'management0',
      dns: { state: 'configured', servers: ['208.67.222.222', '208.67.220.220', '2620:119:35::35'] },
      proxy: { state: 'disabled', authentication: 'disabled' },
    });
  });

  it('says why there is no DNS: the line is absent (6.x br1 layout) or its value is empty', () => {
    expect(parsed('br1-6x-no-dns-line')).toMatchObject({ layout: 'br1', dns: { state: 'none', why: 'line-absent' } });
    expect(parsed('dns-empty-value')).toMatchObject({ dns: { state: 'none', why: 'empty-value' } });
    expect(parsed('br1-6x-one-dns')).toMatchObject({ dns: { state: 'configured', servers: ['10.20.1.10'] } });
  });

  it('reads an enabled proxy with its host, port and authentication (CSCvs05084 evidence)', () => {
    expect(parsed('proxy-enabled-with-auth')).toMatchObject({
      proxy: { state: 'enabled', authentication: 'enabled', host: '10.10.10.1', port: 3128, username: 'proxyuser' },
    });
  });

  it('never reads output cut inside System Information as "no DNS line"', () => {
    expect(parsed('truncated-in-system-information')).toMatchObject({ kind: 'unrecognized', code: 'truncated' });
  });

  it('calls a CLISH error or a completion listing unrecognized', () => {
    expect(parsed('cli-syntax-error')).toMatchObject({ kind: 'unrecognized', code: 'cli-error' });
    expect(parsed('completion-listing')).toMatchObject({ kind: 'unrecognized' });
  });

  it('refuses a DNS value that is not an address', () => {
    const odd = (
      parsed('br1-6x-one-dns').kind === 'network' ? fixtures.find((f) => f.name === 'br1-6x-one-dns')?.raw : ''
    )?.replace('10.20.1.10', 'see-the-manual!');
    expect(parseShowNetwork(odd ?? '')).toMatchObject({ kind: 'unrecognized' });
  });

  fuzzParser<ShowNetworkResult>({
    parse: parseShowNetwork,
    fixtures,
    passLooking: (r) => r.kind === 'network' && (r.dns.state === 'configured' || r.proxy?.state === 'disabled'),
    evidence: (r) =>
      r.kind !== 'network'
        ? []
        : [
            'System Information',
            ...(r.dns.state === 'configured' ? ['DNS Server', ...r.dns.servers] : []),
            ...(r.proxy?.state === 'disabled' ? ['Proxy Information', /State\s*:\s*Disabled/i] : []),
          ],
  });
});
