import { describe, expect, it } from 'vitest';
import { connectorProperties } from '../../../../shared/catalog/checks/connector-properties';
import { env, fixture, runCheck, say } from '../../../helpers/check-harness';

const CAT = 'cat /ngfw/etc/sf/connector.properties';
const props = (raw: string, e = env()) => runCheck(connectorProperties, { [CAT]: raw }, e).verdict;

describe('connector.properties (cat /ngfw/etc/sf/connector.properties)', () => {
  it('passes the seeds’ files: port 8989, the US API host, an interval', () => {
    for (const name of ['seed-004-cat', 'seed-000-more', 'more-with-banner']) {
      const v = props(fixture(`common/connector-properties/${name}`));
      expect(v.status, name).toBe('pass');
    }
    expect(say(props(fixture('common/connector-properties/seed-004-cat')).explanation)).toContain('api-sse.cisco.com');
  });

  it('passes the EU file for the EU region, and fails it for the US region naming both regions', () => {
    expect(props(fixture('common/connector-properties/eu-region'), env({ region: 'eu' })).status).toBe('pass');
    const v = props(fixture('common/connector-properties/eu-region'));
    expect(v).toMatchObject({ status: 'fail', supports: ['connector-misconfigured'] });
    expect(say(v.explanation)).toBe(
      'connector.properties is wrong: connector_fqdn is api.eu.sse.itd.cisco.com, the API host of the EU region, while this device is set to the US region (api-sse.cisco.com).',
    );
    expect(say(v.remedy!.text)).toContain('change this profile’s region');
  });

  it('names every wrong key: port, missing fqdn, missing or odd interval, an fqdn of no region', () => {
    const v = props(fixture('common/connector-properties/wrong-port-no-fqdn'));
    expect(v).toMatchObject({ status: 'fail', supports: ['connector-misconfigured'] });
    expect(say(v.explanation)).toMatch(
      /connector_fqdn.*expected api-sse\.cisco\.com.*connector_port is 8898, not 8989/,
    );
    const odd = props('connector_fqdn=api-sse.example.net\nconnector_port=8989\nregistration_interval=soon\n');
    expect(say(odd.explanation)).toMatch(
      /not the US region’s API host api-sse\.cisco\.com; registration_interval is “soon”/,
    );
    expect(say(props('connector_fqdn=api-sse.cisco.com\n').explanation, 'ko')).toContain('registration_interval');
  });

  it('fails a missing file on a 6.4+ device: the connector has no settings', () => {
    const v = props(fixture('common/connector-properties/no-such-file'));
    expect(v).toMatchObject({ status: 'fail', supports: ['connector-misconfigured'] });
  });

  it('is inconclusive on garbage and empty output; an error without permission or without cat', () => {
    expect(props('@@@@ ### \u0000').status).toBe('inconclusive');
    expect(props('').status).toBe('inconclusive');
    expect(props(fixture('common/connector-properties/permission-denied')).status).toBe('error');
    expect(props('-bash: cat: command not found').status).toBe('error');
  });
});
