import type { Message } from '../i18n/message';
import type { DeviceType, Region } from './device';

/** How the product logs in to a device or a jump host (PRODUCT.md, "Device profiles"). */
export const AUTH_METHODS = ['password', 'key', 'agent'] as const;
export type AuthMethod = (typeof AUTH_METHODS)[number];

/** A private key is a path on this computer; the key itself and its passphrase never enter a profile. */
export type ProfileAuth =
  | { readonly method: 'password' }
  | { readonly method: 'key'; readonly keyPath: string }
  | { readonly method: 'agent' };

/** An SSH jump host (`user@host:port`) with its own way to log in. */
export interface JumpHost {
  readonly username: string;
  readonly host: string;
  readonly port: number;
  readonly auth: ProfileAuth;
}

/** What the admin describes; the store adds the id and the times. */
export interface ProfileInput {
  readonly name: string;
  readonly host: string;
  readonly port: number;
  readonly username: string;
  readonly auth: ProfileAuth;
  readonly deviceType: DeviceType;
  readonly region: Region;
  readonly jump?: JumpHost;
  readonly notes: string;
}

/** A saved device. The id is stable across renames; secrets are kept apart, by id, in the vault. */
export interface Profile extends ProfileInput {
  readonly id: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/**
 * Secrets a profile may have saved in the vault (never in the profile file): the login password,
 * the private key's passphrase, the password `sudo su -` asks for, and the jump host's own two.
 */
export const SECRET_KINDS = ['password', 'passphrase', 'sudo-password', 'jump-password', 'jump-passphrase'] as const;
export type SecretKind = (typeof SECRET_KINDS)[number];

/**
 * Whether the OS can encrypt secrets for us. `unavailable` carries why: no encryptor at all (the
 * CLI, the test bridge), the OS said no, or Linux picked `basic_text` (Electron's fallback that
 * is not real encryption). Then the app asks every time instead of saving.
 */
export type SecretAvailability =
  | { readonly state: 'encrypted'; readonly backend?: string }
  | { readonly state: 'unavailable'; readonly reason: SecretUnavailableReason; readonly backend?: string };
export const SECRET_UNAVAILABLE_REASONS = ['no-encryptor', 'os-unavailable', 'plaintext-backend'] as const;
export type SecretUnavailableReason = (typeof SECRET_UNAVAILABLE_REASONS)[number];

/**
 * The built-in simulated device: always listed first, never stored, never renamed or deleted.
 * The session starts the simulator on a free loopback port and connects there, so host and port
 * here only describe it; its device type and region may be chosen when a session starts.
 */
export const SIMULATED_PROFILE_ID = 'simulated';
export const SIMULATED_PROFILE: Profile = {
  id: SIMULATED_PROFILE_ID,
  name: 'Simulated device',
  host: '127.0.0.1',
  port: 22,
  username: 'admin',
  auth: { method: 'password' },
  deviceType: 'ftd',
  region: 'us',
  notes: '',
  createdAt: '1970-01-01T00:00:00.000Z',
  updatedAt: '1970-01-01T00:00:00.000Z',
};

/** Names a saved profile may not take: the simulated device's, as either language shows it. */
export const RESERVED_PROFILE_NAMES = ['Simulated device', '시뮬레이션 디바이스'] as const;

/** One row of the profile list: the profile, whether it is built in, and which secrets it has saved. */
export interface ProfileListItem {
  readonly profile: Profile;
  readonly builtIn: boolean;
  readonly savedSecrets: readonly SecretKind[];
}

/**
 * The profile form as the admin types it: every field a string or a choice, so the renderer, the
 * CLI and the import all validate the same thing with the same rules (profile-rules.ts).
 * `jump` is `user@host:port` or empty for none.
 */
export interface ProfileDraft {
  readonly name: string;
  readonly host: string;
  readonly port: string;
  readonly username: string;
  readonly auth: AuthMethod;
  readonly keyPath: string;
  readonly deviceType: DeviceType;
  readonly region: Region;
  readonly jump: string;
  readonly jumpAuth: AuthMethod;
  readonly jumpKeyPath: string;
  readonly notes: string;
}
export type DraftField = keyof ProfileDraft;

/** A rule a field broke, in words (the renderer shows it under the field, the CLI on stderr). */
export interface FieldError {
  readonly field: DraftField;
  readonly message: Message;
}

/** Saving either worked or says, field by field, what to fix. */
export type SaveOutcome =
  | { readonly ok: true; readonly profile: Profile }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

/**
 * Something the admin must be told about the profile file. A file we could not read is moved
 * aside (never overwritten) and named here; entries we could not understand are kept in the file
 * and named; a file from a newer version is read but not written.
 */
export type StoreNotice =
  | {
      readonly kind: 'moved-aside';
      readonly file: 'profiles' | 'secrets';
      readonly reason: 'unreadable' | 'unparseable' | 'unrecognized';
      readonly movedTo: string;
    }
  | { readonly kind: 'entries-skipped'; readonly names: readonly string[] }
  | { readonly kind: 'newer-version'; readonly version: number };

/** What an import would do, shown before anything changes. Matching is by name, ignoring case. */
export interface ImportPreview {
  readonly items: readonly ImportPreviewItem[];
  readonly invalid: readonly ImportInvalidEntry[];
}
export interface ImportPreviewItem {
  readonly name: string;
  readonly host: string;
  readonly deviceType: DeviceType;
  readonly action: 'add' | 'replace';
  /** For example a key file that is not on this computer: imported anyway, fixed later. */
  readonly warnings: readonly Message[];
}
export interface ImportInvalidEntry {
  /** 1-based position in the imported file. */
  readonly position: number;
  readonly name?: string;
  readonly errors: readonly Message[];
}
export interface ImportResult {
  readonly added: number;
  readonly replaced: number;
  readonly invalid: number;
}
