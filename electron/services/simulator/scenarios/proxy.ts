import { defineScenario } from './scenario';

export const proxyInterference = defineScenario({
  id: 'proxy-interference',
  title: 'Proxy asks for authentication',
  description:
    'An HTTP proxy is configured (show network → Proxy Information: Enabled) and answers CONNECT with 407: curl `(56) Received HTTP code 407 from proxy after CONNECT`, connector.log `proxyconnect tcp: …` (CSCvs05084).',
  expectedCause: 'proxy-interference',
  apply: (state) => {
    state.proxy = { enabled: true, host: '10.1.1.100', port: 3128, behaviour: 'auth-required' };
  },
});

export const proxyUnreachable = defineScenario({
  id: 'proxy-interference-unreachable',
  title: 'Proxy never answers',
  description:
    'The configured proxy drops the connection: curl times out connecting to it, connector.log `proxyconnect tcp: dial tcp 10.1.1.100:3128: … timed out` (CSCvs05084).',
  expectedCause: 'proxy-interference',
  apply: (state) => {
    state.proxy = { enabled: true, host: '10.1.1.100', port: 3128, behaviour: 'unreachable' };
  },
});
