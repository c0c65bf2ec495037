import type { CheckId, StageId } from './check';
import type { DeviceFacts } from './device';
import type { CheckResult, SessionRecord } from './session';

/** The connection's state as the UI shows it (a banner, a retry button). */
export type ConnectionState = 'connecting' | 'connected' | 'lost' | 'reconnecting' | 'closed';

/**
 * What a running session tells its watchers (the wizard, the CLI's progress line), in order.
 * Output arrives in chunks as the device prints it.
 */
export type SessionEvent =
  | { readonly type: 'session-started'; readonly sessionId: string; readonly device: DeviceFacts }
  | {
      readonly type: 'connection';
      readonly sessionId: string;
      readonly state: ConnectionState;
      readonly detail?: string;
    }
  | { readonly type: 'stage-started'; readonly sessionId: string; readonly stage: StageId }
  | { readonly type: 'stage-finished'; readonly sessionId: string; readonly stage: StageId }
  | { readonly type: 'check-started'; readonly sessionId: string; readonly id: CheckId }
  | { readonly type: 'command-started'; readonly sessionId: string; readonly id: CheckId; readonly command: string }
  | {
      readonly type: 'output';
      readonly sessionId: string;
      readonly id: CheckId;
      readonly command: string;
      readonly chunk: string;
    }
  | { readonly type: 'check-finished'; readonly sessionId: string; readonly result: CheckResult }
  | { readonly type: 'device-facts'; readonly sessionId: string; readonly device: DeviceFacts }
  | { readonly type: 'session-finished'; readonly sessionId: string; readonly record: SessionRecord };

export type SessionEventType = SessionEvent['type'];
