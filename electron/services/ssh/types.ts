import type { DeviceType } from '../../../shared/model/device';
import type { Logger } from '../log';
import type { SshError } from './ssh-error';

/**
 * How to log in. One `password` credential covers both the `password` method and
 * keyboard-interactive `Password:` prompts (FMC 7.x, many FTDs: device-facts §1.1).
 */
export type Credential =
  | { readonly kind: 'password'; readonly password: string }
  | { readonly kind: 'key'; readonly privateKey: string | Buffer; readonly passphrase?: string }
  | { readonly kind: 'key-file'; readonly path: string; readonly passphrase?: string }
  /** An SSH agent: `socket`, else SSH_AUTH_SOCK. */
  | { readonly kind: 'agent'; readonly socket?: string };

/** A host key the app has not seen for this host, as shown to the user before they decide. */
export interface HostKeyInfo {
  readonly role: 'target' | 'jump';
  readonly host: string;
  readonly port: number;
  readonly keyType: string;
  /** `SHA256:…`, as `ssh-keygen -lf` prints it. */
  readonly fingerprint: string;
  readonly file: string;
  /** Key types already on file for this host (a server that switched key type looks unknown). */
  readonly otherKnownTypes: readonly string[];
}

/** The UI asks the user; the CLI answers `--accept-new-host-key`. Resolve true to trust and remember. */
export type HostKeyDecider = (info: HostKeyInfo) => Promise<boolean>;

export interface Timeouts {
  /** TCP connect (or the jump host's channel open). Default 10 s. */
  readonly connectMs?: number;
  /** SSH handshake + login, not counting time the user spends deciding about a host key. Default 20 s. */
  readonly readyMs?: number;
  /** Keepalive probe interval; the connection is dropped after `keepaliveCountMax` unanswered. Default 10 s. */
  readonly keepaliveIntervalMs?: number;
  readonly keepaliveCountMax?: number;
}

/** A jump host (`user@host:port`) with its own credential; its key is checked under its own name. */
export interface JumpHost {
  readonly host: string;
  readonly port: number;
  readonly username: string;
  readonly credential: Credential;
}

export interface ConnectOptions {
  readonly host: string;
  readonly port?: number;
  readonly username: string;
  readonly credential: Credential;
  /** The app's own known_hosts file (OpenSSH format). */
  readonly knownHostsPath: string;
  /** Absent: unknown keys are refused (`host-key-unknown`). */
  readonly onUnknownHostKey?: HostKeyDecider;
  readonly jump?: JumpHost;
  readonly timeouts?: Timeouts;
  /**
   * Older devices only speak SHA-1 key exchange. `auto` (default) retries once with SHA-1 KEX,
   * `ssh-dss` and CBC ciphers appended when negotiation fails; `always` offers them at once.
   */
  readonly legacyAlgorithms?: 'auto' | 'always' | 'never';
  readonly log?: Logger;
}

/** What the SSH handshake settled on, reported with every session. */
export interface NegotiatedAlgorithms {
  readonly kex: string;
  readonly serverHostKey: string;
  readonly cipher: string;
  readonly mac: string;
  /** True when the SHA-1 / legacy list had to be offered. */
  readonly legacy: boolean;
}

export type Privilege = 'clish' | 'expert' | 'root';

export interface RunRequest {
  readonly privilege: Privilege;
  /** Full command words only: CLISH stalls on completion of partial words (device-facts §1.1). */
  readonly command: string;
  readonly timeoutMs: number;
  /** Output kept, in bytes (default 1 MiB); the rest is dropped and counted in `truncatedBytes`. */
  readonly maxBytes?: number;
  /** `error`: reject with `output-too-large` (and interrupt the command) instead of truncating. */
  readonly onOverflow?: 'truncate' | 'error';
  /** Output as it arrives (kept bytes only), for the live view. */
  readonly onChunk?: (text: string) => void;
}

export interface RunResult {
  /**
   * The command's output. In expert/root mode exactly the bytes the device printed (UTF-8
   * decoded), without our framing; in CLISH mode the terminal text cleaned of ANSI, bells, CRs,
   * pager prompts, the echoed command and the final prompt.
   */
  readonly output: string;
  /** The shell's `$?` in expert/root; null in CLISH (it has no exit codes). */
  readonly exitCode: number | null;
  readonly durationMs: number;
  readonly truncatedBytes: number;
  /** CLISH's `Syntax error: …` line when it rejected the command, else null. */
  readonly syntaxError: string | null;
}

export interface SessionInfo {
  readonly host: string;
  readonly port: number;
  readonly username: string;
  readonly deviceType: DeviceType;
  readonly algorithms: NegotiatedAlgorithms;
  readonly hostKey: { readonly keyType: string; readonly fingerprint: string };
  /** How we logged in: `password`, `keyboard-interactive`, `publickey` or `agent`. */
  readonly authMethod: string;
  /** Where the first shell landed: `clish`, or `expert` for an FMC that lands in bash. */
  readonly landing: Privilege;
  /** The login banner text (cleaned): FX-OS / Threat Defense version lines, "Last login" … */
  readonly banner: string;
}

/**
 * THE interface the diagnosis engine calls. One SSH connection; commands run at the privilege
 * they ask for, escalating as needed, several at once on a small pool of shell channels.
 * Every failure is an `SshError`; a dropped connection rejects every pending run at once.
 */
export interface DeviceSession {
  readonly info: SessionInfo;
  run(request: RunRequest): Promise<RunResult>;
  /** Resolves when the connection ends, with the reason (undefined after `close()`). */
  readonly closed: Promise<SshError | undefined>;
  /** Ends the connection; pending runs reject with `disconnected` (reason `closed`). */
  close(): Promise<void>;
}

export interface DeviceConnectOptions extends ConnectOptions {
  readonly deviceType: DeviceType;
  /**
   * For `sudo su -`. Defaults to the login password when the credential is a password (the
   * Firepower admin's own). Kept only while the session may open another root channel.
   */
  readonly sudoPassword?: string;
  /** Shell channels on the connection (default 4; OpenSSH's MaxSessions is 10). */
  readonly maxChannels?: number;
  /** Quiet time after a prompt-looking tail before trusting it (default 60 ms). */
  readonly promptSettleMs?: number;
  /** Bound on each mode change (expert, sudo, exit), default 15 s. */
  readonly modeChangeTimeoutMs?: number;
}
