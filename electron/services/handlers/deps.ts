import type { EventSink } from '../ipc/dispatch';
import type { Logger } from '../log';

/**
 * What the handlers need from their host. Main fills it with Electron-backed pieces (safeStorage,
 * dialogs); the test bridge with plain Node ones. Nothing here is an Electron type.
 */
export interface ServiceDeps {
  readonly transport: 'electron' | 'bridge';
  readonly userDataDir: string;
  readonly events: EventSink;
  readonly log: Logger;
}
