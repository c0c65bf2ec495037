import { BOTH, GOOD_ANSWERS, type Scenario } from './scenario';

export const healthy: Scenario = {
  id: 'healthy',
  title: 'Healthy device',
  description:
    'DNS, NTP, registration, SSE Connector and every cloud host work: curl gets `HTTP/1.1 403 Forbidden` and "Connection #0 … left intact", lsof shows the ESTABLISHED session (guide 000).',
  expectedCause: 'healthy',
  deviceTypes: BOTH,
  answers: GOOD_ANSWERS,
  apply: () => undefined,
};
