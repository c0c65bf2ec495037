import { describe, expect, it } from 'vitest';
import { parseShowVersion, type VersionResult } from '../../../../shared/parsers/show-version';
import { isVersionAtLeast } from '../../../../shared/parsers/version-compare';
import { itParsesEveryFixture } from '../../../helpers/parser-fixtures';
import { fuzzParser } from '../../../helpers/parser-fuzz';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('parseShowVersion (CLISH show version)', () => {
  const fixtures = itParsesEveryFixture('show-version', parseShowVersion);
  const byName = (name: string) => {
    const found = fixtures.find((f) => f.name === name);
    if (!found) throw new Error(`no fixture ${name}`);
    return parseShowVersion(found.raw);
  };

  it('reads both the "Firepower" and the 7.4+ "Secure Firewall" naming, FTD and FMC', () => {
    expect(byName('fdm65-vmware-6-5')).toMatchObject({ family: 'ftd', branding: 'firepower', version: '6.5.0' });
    expect(byName('secure-firewall-1210ce-7-6')).toMatchObject({ family: 'ftd', branding: 'secure-firewall' });
    expect(byName('fmc-vmware-6-6-1')).toMatchObject({ family: 'fmc', branding: 'firepower', build: 91 });
    expect(byName('secure-firewall-fmc-7-4-1')).toMatchObject({ family: 'fmc', branding: 'secure-firewall' });
  });

  it('takes the hostname from the --[ host ]-- header and ignores the LINA text after the block', () => {
    expect(byName('fp2110-6-8-with-lina')).toMatchObject({ hostname: 'fw-branch-01', version: '6.8.0', build: 1751 });
  });

  it('keeps a four-part version below 6.4.0 as it is, for the unsupported-version verdict', () => {
    const result = byName('fp4110-6-2-3-unsupported');
    expect(result).toMatchObject({ kind: 'version', version: '6.2.3.3' });
    expect(result.kind === 'version' && isVersionAtLeast(result.version)).toBe(false);
  });

  it('calls a syntax error, a cut Model line and an ASA unrecognized', () => {
    expect(byName('cli-syntax-error')).toMatchObject({ kind: 'unrecognized', code: 'cli-error' });
    expect(byName('truncated-model-line')).toMatchObject({ kind: 'unrecognized', code: 'truncated' });
    expect(byName('asa-not-firepower')).toMatchObject({ kind: 'unrecognized' });
    expect(parseShowVersion('')).toMatchObject({ kind: 'unrecognized', code: 'empty' });
  });

  fuzzParser<VersionResult>({
    parse: parseShowVersion,
    fixtures,
    passLooking: (r) => r.kind === 'version',
    evidence: (r) =>
      r.kind === 'version'
        ? [r.product, new RegExp(`Version\\s+${escape(r.version)}\\s*\\(Build\\s+${r.build ?? ''}\\)`, 'i')]
        : [],
  });
});
