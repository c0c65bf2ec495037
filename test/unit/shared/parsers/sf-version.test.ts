import { describe, expect, it } from 'vitest';
import { parseSfVersion } from '../../../../shared/parsers/sf-version';
import type { VersionResult } from '../../../../shared/parsers/show-version';
import { itParsesEveryFixture } from '../../../helpers/parser-fixtures';
import { fuzzParser } from '../../../helpers/parser-fuzz';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('parseSfVersion (cat /etc/sf/sf-version)', () => {
  const fixtures = itParsesEveryFixture('sf-version', parseSfVersion);

  it('reads the product line, not the Fire Linux OS line, whatever their order', () => {
    const swapped =
      'Cisco Fire Linux OS v6.4.0 (build 2)\nCisco Firepower Management Center for VMWare v6.4.0 (build 102)\n';
    expect(parseSfVersion(swapped)).toMatchObject({
      kind: 'version',
      family: 'fmc',
      version: '6.4.0',
      build: 102,
      os: { name: 'Fire Linux OS', version: '6.4.0', build: 2 },
    });
  });

  it('calls an OS line alone, a missing file and a denied read unrecognized', () => {
    expect(parseSfVersion('Cisco Fire Linux OS v6.4.0 (build 2)\n')).toMatchObject({ kind: 'unrecognized' });
    expect(parseSfVersion('cat: /etc/sf/sf-version: No such file or directory')).toMatchObject({
      code: 'no-such-file',
    });
  });

  fuzzParser<VersionResult>({
    parse: parseSfVersion,
    fixtures,
    passLooking: (r) => r.kind === 'version',
    evidence: (r) =>
      r.kind === 'version'
        ? [r.product, new RegExp(`v${escape(r.version)}\\s+\\(build\\s+${r.build ?? ''}\\)`, 'i')]
        : [],
  });
});
