import type { EventSink } from '../ipc/dispatch';
import type { Logger } from '../log';
import type { Encryptor } from '../secrets/encryptor';

/**
 * What the handlers need from their host. Main fills it with Electron-backed pieces (safeStorage,
 * dialogs); the test bridge with plain Node ones. Nothing here is an Electron type.
 */
export interface ServiceDeps {
  readonly transport: 'electron' | 'bridge';
  readonly userDataDir: string;
  readonly events: EventSink;
  readonly log: Logger;
  /** OS encryption for saved secrets (safeStorage in the app). Absent: secrets are asked every time. */
  readonly encryptor?: Encryptor;
  /** The clock, for tests; defaults to the real one. */
  readonly now?: () => Date;
}
