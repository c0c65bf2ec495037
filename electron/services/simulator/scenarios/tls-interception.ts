import { setAllCloudHosts } from '../state';
import { defineScenario } from './scenario';

export const tlsInterception = defineScenario({
  id: 'tls-interception',
  title: 'TLS inspection in the path',
  description:
    'A TLS-inspecting middlebox re-signs the cloud certificates: curl with --cacert /ngfw/etc/ssl/connectorCA.pem fails verification, `-k` gets through and shows a foreign issuer; connector.log says "x509: certificate signed by unknown authority".',
  expectedCause: 'tls-interception',
  apply: (state) => {
    setAllCloudHosts(state, 'intercepted');
  },
});
