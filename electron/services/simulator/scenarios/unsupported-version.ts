import { defineScenario } from './scenario';

export const unsupportedVersion = defineScenario({
  id: 'unsupported-version',
  title: 'Version 6.3 (no SSE Connector)',
  description:
    'The device runs 6.3.0: the SSE Connector exists from 6.4.0 (guide 000 "소프트웨어 버전 6.4.0 이상"), so there is no connector.properties, no SSEConnector process and no connector.log.',
  expectedCause: 'unsupported-version',
  version: { version: '6.3.0', build: '83' },
  apply: () => undefined,
});
