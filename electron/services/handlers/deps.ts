import type { DesktopShell } from '../desktop/desktop-shell';
import type { EventSink } from '../ipc/dispatch';
import type { Logger } from '../log';
import type { Encryptor } from '../secrets/encryptor';
import type { SimulatorKnobs } from '../sessions/session-target';

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
  /** Save dialog, open a file, show it in its folder (Electron's dialog and shell in the app). Absent: no export. */
  readonly desktop?: DesktopShell;
  /** The built-in simulated device's test knobs (time scale, faults): set by test bridges only. */
  readonly simulator?: SimulatorKnobs;
  /** The clock, for tests; defaults to the real one. */
  readonly now?: () => Date;
}
