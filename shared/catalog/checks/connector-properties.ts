import { message, type Message } from '../../i18n/message';
import type { Region } from '../../model/device';
import { parseConnectorProperties } from '../../parsers/connector-properties';
import { CONNECTOR_PORT, CONNECTOR_PROPERTIES_PATH } from '../commands';
import { textOf } from '../outputs';
import { apiHost, REGION_HOSTS } from '../regions';
import type { CheckDefinition, CommandSpec } from '../types';
import { listOf, regionName, unreadable } from '../verdict-kit';

const CAT_PROPERTIES: CommandSpec = {
  privilege: 'root',
  command: `cat ${CONNECTOR_PROPERTIES_PATH}`,
  timeoutMs: 10_000,
};

const regionOfApiHost = (fqdn: string): Region | undefined =>
  (Object.keys(REGION_HOSTS) as Region[]).find((region) => apiHost(region) === fqdn.toLowerCase());

/**
 * Root `cat /ngfw/etc/sf/connector.properties` (guide 000 `more`, guide 004 `cat`): `connector_port=8989`,
 * `connector_fqdn` = the region's API host, `registration_interval` set. Anything else is
 * `connector-misconfigured`, naming each wrong key and what it should be. A missing file on a 6.4+ device
 * means the connector was never set up. Depends on device.version: before 6.4 there is no connector at all.
 */
export const connectorProperties: CheckDefinition = {
  id: 'connector.properties',
  kind: 'probe',
  stage: 'connector',
  deviceTypes: ['ftd', 'fmc'],
  privilege: 'root',
  dependsOn: ['device.privilege', 'device.version'],
  commands: () => [CAT_PROPERTIES],
  evaluate: (outputs, env) => {
    const props = parseConnectorProperties(textOf(outputs, CAT_PROPERTIES));
    const expectedFqdn = apiHost(env.region);
    const region = regionName(env.region);
    if (props.kind === 'unrecognized') {
      if (props.code !== 'no-such-file') return unreadable(CAT_PROPERTIES.command, props);
      return {
        status: 'fail',
        explanation: message('checks.connector.properties.verdict.missing', { path: CONNECTOR_PROPERTIES_PATH }),
        supports: ['connector-misconfigured'],
        remedy: { text: message('checks.connector.properties.remedy.missing') },
      };
    }
    const problems: Message[] = [];
    const fqdn = props.connectorFqdn;
    if (fqdn === undefined)
      problems.push(message('checks.connector.properties.problem.noFqdn', { expected: expectedFqdn }));
    else if (fqdn.toLowerCase() !== expectedFqdn) {
      const other = regionOfApiHost(fqdn);
      problems.push(
        other
          ? message('checks.connector.properties.problem.otherRegion', {
              fqdn,
              other: regionName(other),
              expected: expectedFqdn,
              region,
            })
          : message('checks.connector.properties.problem.wrongFqdn', { fqdn, expected: expectedFqdn, region }),
      );
    }
    const port = props.values.connector_port;
    if (port === undefined)
      problems.push(message('checks.connector.properties.problem.noPort', { expected: CONNECTOR_PORT }));
    else if (props.connectorPort !== CONNECTOR_PORT)
      problems.push(message('checks.connector.properties.problem.wrongPort', { port, expected: CONNECTOR_PORT }));
    if (props.registrationInterval === undefined) {
      const value = props.values.registration_interval;
      problems.push(
        value === undefined
          ? message('checks.connector.properties.problem.noInterval')
          : message('checks.connector.properties.problem.badInterval', { value }),
      );
    }
    if (problems.length === 0) {
      return {
        status: 'pass',
        explanation: message('checks.connector.properties.verdict.ok', {
          fqdn: expectedFqdn,
          port: CONNECTOR_PORT,
          interval: props.registrationInterval ?? '?',
          region,
        }),
      };
    }
    return {
      status: 'fail',
      explanation: message('checks.connector.properties.verdict.wrong', { problems: listOf(problems) }),
      supports: ['connector-misconfigured'],
      remedy: { text: message('checks.connector.properties.remedy.region', { region, expected: expectedFqdn }) },
    };
  },
};
