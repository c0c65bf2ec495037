import { createPromptBroker, type PromptBroker } from '../prompts/prompt-broker';
import type { ServiceDeps } from './deps';

/** Services more than one handler group uses, created once per host. */
export interface SharedServices {
  readonly prompts: PromptBroker;
  /** Run `task` when the host shuts down (the app quits, the bridge closes). */
  onShutdown(task: () => Promise<void>): void;
  /**
   * Close what is still open — live sessions are saved to the history as they are, their SSH
   * connections and simulators closed — within `limitMs`, so quitting can never hang on a device.
   */
  shutdown(limitMs?: number): Promise<void>;
}

export const createSharedServices = (deps: ServiceDeps): SharedServices => {
  const tasks: (() => Promise<void>)[] = [];
  return {
    prompts: createPromptBroker(deps.events),
    onShutdown: (task) => {
      tasks.push(task);
    },
    shutdown: async (limitMs = 3000) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const all = Promise.allSettled(tasks.splice(0).map((task) => task()));
      const limit = new Promise<void>((resolve) => {
        timer = setTimeout(() => {
          deps.log.warn('shutdown took longer than its limit; quitting anyway', { limitMs });
          resolve();
        }, limitMs);
      });
      await Promise.race([all.then(() => undefined), limit]);
      clearTimeout(timer);
    },
  };
};
