/**
 * The SSH layer's public API. The engine and the CLI call `connectDevice` and then only
 * `DeviceSession.run`; Settings uses the known-hosts helpers; everything fails with `SshError`.
 */
export { connectDevice, createDeviceSession } from './device-session';
export { openConnection, type SshConnection } from './connect';
export { ShellDriver, type ShellOptions } from './shell/shell-driver';
export { SshError, isSshError, type SshErrorKind, type SshErrorDetails, type PartialOutput } from './ssh-error';
export { parseJumpSpec } from './transport';
export { hostToken } from './known-hosts/host-pattern';
export { fingerprintOf, keyTypeOf } from './known-hosts/host-key';
export {
  appendKnownHost,
  listKnownHosts,
  readKnownHosts,
  removeKnownHost,
  type KnownHostEntry,
} from './known-hosts/known-hosts-file';
export type {
  ConnectOptions,
  Credential,
  DeviceConnectOptions,
  DeviceSession,
  HostKeyDecider,
  HostKeyInfo,
  JumpHost,
  NegotiatedAlgorithms,
  Privilege,
  RunRequest,
  RunResult,
  SessionInfo,
  Timeouts,
} from './types';
