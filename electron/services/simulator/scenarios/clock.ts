import { defineScenario } from './scenario';

export const clockNotSynchronized = defineScenario({
  id: 'clock-not-synchronized',
  title: 'Clock 400 days behind',
  description:
    'NTP is unreachable and the clock is 400 days behind: the cloud certificates are "not yet valid", so TLS fails with the real Cisco issuer (show ntp, date -u; doc 215468).',
  expectedCause: 'clock-not-synchronized',
  apply: (state) => {
    state.clockOffsetMs = -400 * 86_400_000;
    state.ntp = { server: state.ntp.server, status: 'Unreachable', offsetMs: 0, lastUpdateS: 34_560_000 };
  },
});
