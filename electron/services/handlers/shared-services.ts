import { createPromptBroker, type PromptBroker } from '../prompts/prompt-broker';
import type { ServiceDeps } from './deps';

/** Services more than one handler group uses, created once per host. */
export interface SharedServices {
  readonly prompts: PromptBroker;
}

export const createSharedServices = (deps: ServiceDeps): SharedServices => ({
  prompts: createPromptBroker(deps.events),
});
