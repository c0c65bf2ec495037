import { z } from 'zod';

/**
 * Messages of the WebSocket test bridge. Requests carry a channel name and payload exactly as
 * Electron's invoke would; replies carry the same envelope.
 */
export const wireRequest = z.strictObject({
  type: z.literal('invoke'),
  id: z.number().int().nonnegative(),
  channel: z.string().max(100),
  payload: z.unknown(),
});
export type WireRequest = z.infer<typeof wireRequest>;

export type WireMessage =
  | { readonly type: 'result'; readonly id: number; readonly envelope: unknown }
  | { readonly type: 'event'; readonly name: string; readonly payload: unknown };

/** The path of the bridge's WebSocket endpoint and the query parameter that carries the token. */
export const BRIDGE_PATH = '/bridge';
export const BRIDGE_TOKEN_PARAM = 'token';
