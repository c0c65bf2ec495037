import type { Handlers } from '../ipc/dispatch';
import { createAppHandlers } from './app';
import { createConnectionHandlers } from './connection';
import type { ServiceDeps } from './deps';
import { createProfileHandlers } from './profiles';
import { createPromptHandlers } from './prompts';
import { createSessionHandlers } from './sessions';
import { createSharedServices, type SharedServices } from './shared-services';

export type { ServiceDeps } from './deps';

/** Every handler of the contract, built once per host (main process or test bridge). */
export const createHandlers = (deps: ServiceDeps, shared: SharedServices = createSharedServices(deps)): Handlers => {
  return {
    ...createAppHandlers(deps),
    ...createProfileHandlers(deps),
    ...createPromptHandlers(shared),
    ...createSessionHandlers(deps, shared),
    ...createConnectionHandlers(deps, shared),
  };
};
