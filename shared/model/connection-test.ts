import type { Message } from '../i18n/message';
import type { Branding, DeviceFamily } from '../parsers/product-name';
import type { VersionSource } from '../parsers/show-version';
import type { UnrecognizedCode } from '../parsers/unrecognized';

/**
 * What "Test connection" reports (issue 5, item 4): connect, `show version`, disconnect. A result
 * is either what the device is and how we reached it, or why it could not be reached, in words
 * (`message`) and as a kind the UI picks its advice by. Never a secret.
 */

/** The SSH layer's error kinds (electron/services/ssh/ssh-error.ts; the test handler checks they match). */
export const SSH_ERROR_KINDS = [
  'unreachable', 'auth-failed', 'host-key-unknown', 'host-key-changed', 'timeout', 'disconnected',
  'expert-unavailable', 'sudo-failed', 'output-too-large', 'protocol', 'key-unusable', 'clish-unavailable',
] as const;

/**
 * Why a test failed: an SSH layer kind, or the test's own — the admin cancelled a password prompt
 * (`cancelled`), the whole test ran past its bound (`test-timeout`, e.g. a dialog left
 * unanswered), or something unexpected (`failed`).
 */
export const CONNECTION_ERROR_KINDS = [...SSH_ERROR_KINDS, 'cancelled', 'test-timeout', 'failed'] as const;
export type ConnectionErrorKind = (typeof CONNECTION_ERROR_KINDS)[number];

/** The device as `show version` (or `/etc/sf/sf-version`, or the login banner) names it. */
export type TestedDevice =
  | {
      readonly kind: 'version';
      readonly source: VersionSource;
      readonly family: DeviceFamily;
      readonly branding: Branding;
      /** The product as printed: `Cisco Firepower Threat Defense for VMware`. */
      readonly model: string;
      readonly version: string;
      readonly build?: number;
      readonly hostname?: string;
    }
  /** Logged in, but no answer named the product and version (never shown as a pass). */
  | { readonly kind: 'unrecognized'; readonly code: UnrecognizedCode; readonly reason: string };

/** How the host key was trusted on this test. */
export type HostKeyTrust =
  /** Already in the app's known_hosts. */
  | 'known'
  /** Unknown; the admin compared the fingerprint and trusted it now (written to known_hosts). */
  | 'accepted'
  /** The built-in simulated device: its fresh key is trusted in a private file, never the app's. */
  | 'simulated';

export interface ConnectionTestSuccess {
  readonly ok: true;
  readonly device: TestedDevice;
  readonly host: string;
  readonly port: number;
  readonly username: string;
  readonly hostKey: { readonly keyType: string; readonly fingerprint: string; readonly trust: HostKeyTrust };
  readonly algorithms: {
    readonly kex: string;
    readonly serverHostKey: string;
    readonly cipher: string;
    readonly mac: string;
    /** True when the older SHA-1 algorithms had to be offered. */
    readonly legacy: boolean;
  };
  /** `password`, `keyboard-interactive`, `publickey` or `agent`. */
  readonly authMethod: string;
  /** Where the login landed: CLISH (`> `) or, on an FMC without CLI access, bash. */
  readonly landing: 'clish' | 'expert' | 'root';
  readonly durationMs: number;
}

export interface ConnectionTestFailure {
  readonly ok: false;
  readonly kind: ConnectionErrorKind;
  /** The error in the reader's language (the SSH layer's message, or the test's own). */
  readonly message: Message;
  readonly host: string;
  readonly port: number;
  /** The key the device presented, when the failure is about it. */
  readonly hostKey?: { readonly keyType: string; readonly fingerprint: string };
  /** For a changed or revoked key: the known_hosts line that holds the key on file. */
  readonly knownHost?: { readonly file: string; readonly line: number };
  readonly durationMs: number;
}

export type ConnectionTestResult = ConnectionTestSuccess | ConnectionTestFailure;

/** What the test is doing now, for the progress line. */
export const CONNECTION_TEST_STEPS = ['connecting', 'reading-version', 'disconnecting'] as const;
export type ConnectionTestStep = (typeof CONNECTION_TEST_STEPS)[number];

/** One key line of the app's known_hosts, as Settings lists it. */
export interface KnownHostEntry {
  /** 1-based line number, as an editor shows it. */
  readonly line: number;
  /** Null when the name is hashed (`|1|…`), a pattern or a list: then only `hosts` says who it is. */
  readonly host: string | null;
  readonly port: number | null;
  /** The host field as written. */
  readonly hosts: string;
  readonly hashed: boolean;
  readonly marker: '@revoked' | '@cert-authority' | null;
  readonly keyType: string;
  /** `SHA256:…`, as `ssh-keygen -lf` prints it. */
  readonly fingerprint: string;
}
