import { z } from 'zod';
import { event, invoke } from '../define';

/**
 * Questions main asks the user in the middle of an operation: trust an unknown host key (with
 * its SHA256 fingerprint), or type a secret that is not saved ("ask every time"). The renderer
 * shows a dialog and answers with the prompt's id; an unanswered prompt times out as "no".
 */
export const hostKeyPrompt = z.strictObject({
  id: z.string(),
  kind: z.literal('host-key'),
  role: z.enum(['target', 'jump']),
  host: z.string(),
  port: z.number().int(),
  keyType: z.string(),
  fingerprint: z.string(),
  /** Key types already on file for this host (a server that switched key type looks unknown). */
  otherKnownTypes: z.array(z.string()),
});

export const SECRET_PROMPT_KINDS = ['password', 'passphrase', 'sudo-password', 'jump-password'] as const;
export const secretPrompt = z.strictObject({
  id: z.string(),
  kind: z.literal('secret'),
  secret: z.enum(SECRET_PROMPT_KINDS),
  host: z.string(),
  username: z.string(),
  /** Shown when a previous answer was refused by the device. */
  retry: z.boolean(),
});

export const prompt = z.discriminatedUnion('kind', [hostKeyPrompt, secretPrompt]);
export type Prompt = z.infer<typeof prompt>;
export type HostKeyPrompt = z.infer<typeof hostKeyPrompt>;
export type SecretPrompt = z.infer<typeof secretPrompt>;

export const promptAnswer = z.discriminatedUnion('kind', [
  z.strictObject({ id: z.string().max(64), kind: z.literal('host-key'), trust: z.boolean() }),
  z.strictObject({ id: z.string().max(64), kind: z.literal('secret'), value: z.string().max(4096) }),
  z.strictObject({ id: z.string().max(64), kind: z.literal('cancel') }),
]);
export type PromptAnswer = z.infer<typeof promptAnswer>;

export const promptsInvoke = {
  /** false when the prompt is gone (answered elsewhere, timed out, or its operation ended). */
  answerPrompt: invoke(promptAnswer, z.strictObject({ accepted: z.boolean() })),
} as const;

export const promptsEvents = {
  prompt: event(prompt),
  /** The prompt is no longer waiting (answered, timed out, cancelled): close its dialog. */
  promptClosed: event(z.strictObject({ id: z.string() })),
} as const;
