import type { z } from 'zod';
import type { Envelope, EventSpec, InvokeSpec } from './define';
import { appEvents, appInvoke } from './channels/app';
import { connectionEvents, connectionInvoke } from './channels/connection';
import { profilesEvents, profilesInvoke } from './channels/profiles';
import { promptsEvents, promptsInvoke } from './channels/prompts';
import { sessionsEvents, sessionsInvoke } from './channels/sessions';

/**
 * Every IPC channel, named once. Main registers handlers from this object, the preload builds its
 * API from it and the test bridge serves it: a channel missing from any of them cannot compile.
 * Channel groups live in channels/ so features add theirs without touching each other's.
 */
export const invokeChannels = {
  ...appInvoke,
  ...profilesInvoke,
  ...promptsInvoke,
  ...sessionsInvoke,
  ...connectionInvoke,
} as const satisfies Record<string, InvokeSpec>;

export const eventChannels = {
  ...appEvents,
  ...profilesEvents,
  ...promptsEvents,
  ...sessionsEvents,
  ...connectionEvents,
} as const satisfies Record<string, EventSpec>;

export type InvokeName = keyof typeof invokeChannels;
export type EventName = keyof typeof eventChannels;

export type PayloadOf<N extends InvokeName> = z.input<(typeof invokeChannels)[N]['payload']>;
export type ParsedPayloadOf<N extends InvokeName> = z.output<(typeof invokeChannels)[N]['payload']>;
export type ResultOf<N extends InvokeName> = z.output<(typeof invokeChannels)[N]['result']>;
export type EventPayloadOf<E extends EventName> = z.output<(typeof eventChannels)[E]['payload']>;

export const INVOKE_NAMES = Object.keys(invokeChannels) as InvokeName[];
export const EVENT_NAMES = Object.keys(eventChannels) as EventName[];

/** The wire name of a channel. One prefix so a stray channel of someone else's is never ours. */
export const invokeWireName = (name: InvokeName): string => `fcd:invoke:${name}`;
export const eventWireName = (name: EventName): string => `fcd:event:${name}`;

/** `settingsChanged` → `onSettingsChanged`. */
export type SubscribeName<E extends EventName> = `on${Capitalize<E>}`;
export const subscribeName = <E extends EventName>(name: E): SubscribeName<E> =>
  `on${name.charAt(0).toUpperCase()}${name.slice(1)}` as SubscribeName<E>;

/**
 * What a transport exposes to the renderer: one method per channel returning the envelope, one
 * `onX` per event returning its unsubscribe function. The Electron preload and the WebSocket test
 * bridge both implement exactly this.
 */
export type Bridge = {
  readonly [N in InvokeName]: (payload: PayloadOf<N>) => Promise<Envelope<ResultOf<N>>>;
} & {
  readonly [E in EventName as SubscribeName<E>]: (listener: (payload: EventPayloadOf<E>) => void) => () => void;
};

/** The key under which the preload exposes the bridge on `window`. */
export const BRIDGE_GLOBAL = 'firepowerCloudDoctor';
