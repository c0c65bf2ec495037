import { defineScenario } from './scenario';

export const deviceNotRegistered = defineScenario({
  id: 'device-not-registered',
  title: 'FTD registration with its FMC pending',
  description:
    '`show managers` says `Registration : Pending`: the FTD gets its SSE registration token from its FMC (guide 000), so the connector has no registration and no cloud session.',
  expectedCause: 'device-not-registered',
  deviceTypes: ['ftd'],
  apply: (state) => {
    state.manager = { kind: 'pending', host: '192.168.45.10' };
    state.connector.registered = false;
  },
});

export const deviceWithoutManager = defineScenario({
  id: 'device-not-registered-no-manager',
  title: 'FTD with no manager',
  description: '`show managers` prints "No managers configured.": no FMC, no registration token, no SSE registration.',
  expectedCause: 'device-not-registered',
  deviceTypes: ['ftd'],
  apply: (state) => {
    state.manager = { kind: 'none' };
    state.connector.registered = false;
  },
});
