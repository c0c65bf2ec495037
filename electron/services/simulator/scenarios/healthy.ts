import { defineScenario } from './scenario';

export const healthy = defineScenario({
  id: 'healthy',
  title: 'Healthy device',
  description:
    'DNS, NTP, registration, SSE Connector and every cloud host work: curl gets `HTTP/1.1 403 Forbidden` and "Connection #0 … left intact", lsof shows the ESTABLISHED session (guide 000).',
  expectedCause: 'healthy',
  apply: () => undefined,
});
