import { describe, expect, it } from 'vitest';
import { parseShowManagers, type ShowManagersResult } from '../../../../shared/parsers/show-managers';
import { itParsesEveryFixture } from '../../../helpers/parser-fixtures';
import { fuzzParser } from '../../../helpers/parser-fuzz';

describe('parseShowManagers (CLISH show managers)', () => {
  const fixtures = itParsesEveryFixture('show-managers', parseShowManagers);
  const parsed = (name: string) => parseShowManagers(fixtures.find((f) => f.name === name)?.raw ?? '');

  it('tells Completed from Pending, for each manager of an HA pair', () => {
    const pair = parsed('two-managers-ha');
    expect(pair.kind === 'managers' && pair.managers.map((m) => [m.host, m.registration])).toEqual([
      ['fmc-primary.corp.example', 'completed'],
      ['fmc-secondary.corp.example', 'pending'],
    ]);
    expect(parsed('pending-7-4-2')).toMatchObject({ managers: [{ registration: 'pending' }] });
    expect(parsed('completed-7-4-2')).toMatchObject({
      managers: [
        { registration: 'completed', version: '7.4.2 (Build 172)', managementType: 'Configuration and analytics' },
      ],
    });
  });

  it('reads "Managed locally." (FDM) and "No managers configured." as their own kinds', () => {
    expect(parsed('managed-locally')).toEqual({ kind: 'managed-locally' });
    expect(parsed('no-managers-configured')).toMatchObject({ kind: 'none' });
  });

  it('never calls a block without its Registration line, or a cut "Compl…", completed', () => {
    expect(parsed('truncated-no-registration')).toMatchObject({ kind: 'unrecognized', code: 'truncated' });
    expect(parsed('registration-cut-short')).toMatchObject({ managers: [{ registration: 'other' }] });
  });

  fuzzParser<ShowManagersResult>({
    parse: parseShowManagers,
    fixtures,
    passLooking: (r) => r.kind === 'managers' && r.managers.some((m) => m.registration === 'completed'),
    evidence: (r) =>
      r.kind === 'managers'
        ? [
            /Registration\s*:\s*Completed/i,
            ...r.managers.filter((m) => m.registration === 'completed').map((m) => m.host),
          ]
        : [],
  });
});
