import { describe, expect, it } from 'vitest';
import {
  parseConnectorProperties,
  type ConnectorPropertiesResult,
} from '../../../../shared/parsers/connector-properties';
import { itParsesEveryFixture } from '../../../helpers/parser-fixtures';
import { fuzzParser } from '../../../helpers/parser-fuzz';

describe('parseConnectorProperties (cat /ngfw/etc/sf/connector.properties)', () => {
  const fixtures = itParsesEveryFixture('connector-properties', parseConnectorProperties);
  const parsed = (name: string) => parseConnectorProperties(fixtures.find((f) => f.name === name)?.raw ?? '');

  it('types the keys the check reads, from both guides (more and cat, blank lines between)', () => {
    for (const name of ['seed-000-more', 'seed-004-cat']) {
      expect(parsed(name)).toMatchObject({
        registrationInterval: 180,
        connectorPort: 8989,
        connectorFqdn: 'api-sse.cisco.com',
      });
    }
    expect(parsed('seed-004-cat')).toMatchObject({
      regionDiscoveryEndpoint: 'https://api-sse.cisco.com/providers/sse/api/v1/regions',
    });
  });

  it('keeps a wrong port and a missing fqdn visible for connector-misconfigured', () => {
    const wrong = parsed('wrong-port-no-fqdn');
    expect(wrong).toMatchObject({ connectorPort: 8898 });
    expect(wrong.kind === 'properties' && wrong.connectorFqdn).toBeUndefined();
  });

  it('treats a key named __proto__ as a plain key', () => {
    const result = parseConnectorProperties('__proto__=x\nconnector_port=8989\n');
    expect(result.kind === 'properties' && result.values['__proto__']).toBe('x');
    expect(result.kind === 'properties' && Object.getPrototypeOf(result.values)).toBe(Object.prototype);
  });

  it('calls a missing or unreadable file unrecognized', () => {
    expect(parsed('no-such-file')).toMatchObject({ kind: 'unrecognized', code: 'no-such-file' });
    expect(parsed('permission-denied')).toMatchObject({ kind: 'unrecognized', code: 'permission-denied' });
  });

  fuzzParser<ConnectorPropertiesResult>({
    parse: parseConnectorProperties,
    fixtures,
    passLooking: (r) => r.kind === 'properties' && (r.connectorPort !== undefined || r.connectorFqdn !== undefined),
    evidence: (r) =>
      r.kind === 'properties'
        ? [
            ...(r.connectorPort !== undefined ? [new RegExp(`connector_port\\s*[=:]\\s*${r.connectorPort}`)] : []),
            ...(r.connectorFqdn !== undefined ? [`connector_fqdn=${r.connectorFqdn}`] : []),
          ]
        : [],
  });
});
