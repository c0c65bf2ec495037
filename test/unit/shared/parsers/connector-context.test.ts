import { describe, expect, it } from 'vitest';
import { parseConnectorContext, type ConnectorContextResult } from '../../../../shared/parsers/connector-context';
import { itParsesEveryFixture } from '../../../helpers/parser-fixtures';
import { fuzzParser } from '../../../helpers/parser-fuzz';

describe('parseConnectorContext (curl localhost:8989/v1/contexts/default)', () => {
  const fixtures = itParsesEveryFixture('connector-context', parseConnectorContext);
  const parsed = (name: string) => parseConnectorContext(fixtures.find((f) => f.name === name)?.raw ?? '');

  it('reads only JSON that plainly says registered or not', () => {
    expect(parsed('invented-registered-boolean')).toEqual({
      kind: 'registered',
      signal: { path: 'registered', value: true },
    });
    expect(parsed('invented-not-registered-nested')).toMatchObject({
      kind: 'not-registered',
      signal: { path: 'context.registrationStatus' },
    });
  });

  it('calls anything else unrecognized: silent JSON, conflicting JSON, a 404 page, broken JSON', () => {
    for (const name of ['invented-unknown-json', 'invented-conflicting', 'go-404']) {
      expect(parsed(name).kind).toBe('unrecognized');
    }
    expect(parseConnectorContext('{"registered": tru')).toMatchObject({ kind: 'unrecognized' });
    expect(parseConnectorContext('{"status": "active"}')).toMatchObject({ kind: 'unrecognized' });
  });

  it('says the connector is unreachable when curl cannot connect to 8989', () => {
    expect(parsed('real-curl-refused')).toMatchObject({ kind: 'connector-unreachable', curl: { kind: 'refused' } });
    expect(parsed('curl-7-44-refused')).toMatchObject({ kind: 'connector-unreachable', curl: { kind: 'refused' } });
  });

  fuzzParser<ConnectorContextResult>({
    parse: parseConnectorContext,
    fixtures,
    passLooking: (r) => r.kind === 'registered',
    evidence: (r) => (r.kind === 'registered' ? [r.signal.path.split('.').pop() ?? '', String(r.signal.value)] : []),
  });
});
