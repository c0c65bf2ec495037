import type { DeviceType } from '../../../shared/model/device';

/**
 * What differs between device types, and nothing else (Netmiko's per-platform drivers override
 * only session preparation, prompts and escalation). The generic shell driver in ssh/shell
 * does the rest: prompts, framing, sudo dialogue, timeouts.
 */
export interface DeviceDriver {
  readonly type: DeviceType;
  /**
   * The command that turns a non-CLISH landing prompt into CLISH, or undefined when this prompt
   * is not one the device is known to land at.
   */
  landingCommand(promptLine: string): string | undefined;
  /** Typed at `> ` to reach bash as admin. */
  readonly expertCommand: string;
  /** Tried in order from expert bash to reach root; the next is tried when sudo refuses the form. */
  readonly rootCommands: readonly string[];
  /**
   * Typed in expert bash to reach CLISH: `exit` when CLISH started this bash, or the command that
   * starts CLISH when the login itself landed in bash (undefined: not possible on this device).
   */
  clishCommand(bashStartedFromClish: boolean): string | undefined;
}
