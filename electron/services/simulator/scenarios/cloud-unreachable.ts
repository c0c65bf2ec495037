import { setAllCloudHosts } from '../state';
import { defineScenario } from './scenario';

export const cloudUnreachable = defineScenario({
  id: 'cloud-unreachable',
  title: 'Cloud blackholed',
  description:
    'Every cloud host silently drops the SYN: curl times out, lsof shows SYN_SENT, connector.log repeats "connectWebSocket … getsockopt: connection timed out" (guide 000).',
  expectedCause: 'cloud-unreachable',
  apply: (state) => {
    setAllCloudHosts(state, 'timeout');
  },
});

export const cloudRefused = defineScenario({
  id: 'cloud-unreachable-refused',
  title: 'Cloud refused',
  description: 'An upstream firewall rejects the connections (RST): curl `(7) … Connection refused`.',
  expectedCause: 'cloud-unreachable',
  apply: (state) => {
    setAllCloudHosts(state, 'refused');
  },
});

export const cloudReset = defineScenario({
  id: 'cloud-unreachable-reset',
  title: 'Cloud resets TLS',
  description: 'TCP connects, then something upstream resets the TLS handshake: curl `(35)`.',
  expectedCause: 'cloud-unreachable',
  apply: (state) => {
    setAllCloudHosts(state, 'reset');
  },
});
