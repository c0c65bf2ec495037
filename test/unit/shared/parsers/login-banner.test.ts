import { describe, expect, it } from 'vitest';
import { parseLoginBanner } from '../../../../shared/parsers/login-banner';
import type { VersionResult } from '../../../../shared/parsers/show-version';
import { itParsesEveryFixture } from '../../../helpers/parser-fixtures';
import { fuzzParser } from '../../../helpers/parser-fuzz';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('parseLoginBanner (SSH banner before the first prompt)', () => {
  const fixtures = itParsesEveryFixture('login-banner', parseLoginBanner);

  it('finds the product among Last login and copyright lines, with the FX-OS or Fire Linux version beside it', () => {
    const banner = fixtures.find((f) => f.name === 'fp2110-6-8')?.raw ?? '';
    expect(parseLoginBanner(banner)).toMatchObject({
      kind: 'version',
      source: 'login-banner',
      family: 'ftd',
      product: 'Cisco Firepower 2110 Threat Defense',
      version: '6.8.0',
      os: { name: 'Firepower Extensible Operating System (FX-OS)', version: '6.8.0', build: 347 },
    });
  });

  it('reads "Cisco Secure Firewall Management Center" as an FMC', () => {
    expect(parseLoginBanner('Cisco Secure Firewall Management Center for VMware v7.6.0 (build 113)')).toMatchObject({
      family: 'fmc',
      branding: 'secure-firewall',
    });
  });

  fuzzParser<VersionResult>({
    parse: parseLoginBanner,
    fixtures,
    passLooking: (r) => r.kind === 'version',
    evidence: (r) =>
      r.kind === 'version'
        ? [r.product, new RegExp(`v${escape(r.version)}\\s+\\(build\\s+${r.build ?? ''}\\)`, 'i')]
        : [],
  });
});
