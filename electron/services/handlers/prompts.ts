import type { promptsInvoke } from '../../../shared/ipc/channels/prompts';
import type { Handlers } from '../ipc/dispatch';
import type { SharedServices } from './shared-services';

export const createPromptHandlers = (shared: SharedServices): Pick<Handlers, keyof typeof promptsInvoke> => ({
  answerPrompt: (answer) => ({ accepted: shared.prompts.answer(answer) }),
});
