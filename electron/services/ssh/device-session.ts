import type { DeviceDriver } from '../device/driver';
import { driverFor } from '../device/drivers';
import { silentLogger, type Logger } from '../log';
import { openConnection, type SshConnection } from './connect';
import { ShellDriver, type ShellOptions } from './shell/shell-driver';
import { isSshError, SshError } from './ssh-error';
import type { DeviceConnectOptions, DeviceSession, Privilege, RunRequest, RunResult, SessionInfo } from './types';

const DEFAULT_MAX_BYTES = 1024 * 1024;
const RANK: Readonly<Record<Privilege, number>> = { clish: 0, expert: 1, root: 2 };

interface Slot {
  readonly shell: ShellDriver;
  busy: boolean;
}

interface Waiter {
  readonly privilege: Privilege;
  resolve(slot: Slot): void;
  reject(error: SshError): void;
}

/**
 * The session over one connection: a pool of up to `maxChannels` PTY shells. A run takes an idle
 * shell already at its privilege, else opens a new shell while the pool has room, else takes
 * any idle shell and changes its mode, else waits. Independent commands therefore run at once,
 * each on its own shell. A refused `expert`, `sudo` or CLISH is remembered, so later runs fail at
 * once instead of retrying a password toward a lockout.
 */
export interface PoolOptions {
  readonly username: string;
  readonly maxChannels?: number;
  /** Kept only while the session may open another root shell; dropped on close or a refusal. */
  readonly sudoPassword?: string;
  readonly log?: Logger;
}

export const createDeviceSession = (
  connection: SshConnection,
  driver: DeviceDriver,
  first: ShellDriver,
  options: PoolOptions,
  shellOptions: ShellOptions,
): DeviceSession => {
  const log = options.log ?? silentLogger;
  const username = options.username;
  let limit = Math.max(1, options.maxChannels ?? 4);
  let sudoPassword = options.sudoPassword;
  const slots = new Set<Slot>();
  const waiters: Waiter[] = [];
  const refused: { clish?: SshError; expert?: SshError; root?: SshError } = {};
  let opening = 0;
  let ended: SshError | undefined;

  const adopt = (shell: ShellDriver): Slot => {
    const slot: Slot = { shell, busy: false };
    slots.add(slot);
    shell.onClose(() => {
      slots.delete(slot);
      pump();
    });
    return slot;
  };

  const openFor = (waiter: Waiter) => {
    opening += 1;
    ShellDriver.open(connection.client, driver, shellOptions).then(
      (shell) => {
        opening -= 1;
        const slot = adopt(shell);
        slot.busy = true;
        waiter.resolve(slot);
      },
      (error: SshError) => {
        opening -= 1;
        if (!ended && slots.size > 0) {
          // The device refuses more channels (its MaxSessions): live with the ones we have.
          limit = slots.size;
          log.info('device refused another shell channel; pool limited', { limit, kind: error.kind });
          waiters.unshift(waiter);
          pump();
        } else {
          waiter.reject(ended ?? error);
        }
      },
    );
  };

  /**
   * Hand shells to waiting runs, oldest first: an idle shell already at the privilege; else one
   * that only has to climb (CLISH → expert → root, never giving up a root shell); else a new
   * shell while the pool has room; else any idle shell.
   */
  const pump = () => {
    for (let i = 0; i < waiters.length; ) {
      const waiter = waiters[i] as Waiter;
      const idle = [...slots].filter((s) => !s.busy && !s.shell.closed);
      const want = RANK[waiter.privilege];
      let slot =
        idle.find((s) => s.shell.satisfies(waiter.privilege)) ?? idle.find((s) => RANK[s.shell.mode] < want);
      if (!slot && slots.size + opening < limit) {
        waiters.splice(i, 1);
        openFor(waiter);
        continue;
      }
      slot ??= idle[0];
      if (!slot) {
        i += 1;
        continue;
      }
      slot.busy = true;
      waiters.splice(i, 1);
      waiter.resolve(slot);
    }
  };

  const acquire = (privilege: Privilege): Promise<Slot> =>
    new Promise((resolve, reject) => {
      waiters.push({ privilege, resolve, reject });
      pump();
    });

  const end = (reason: SshError) => {
    if (ended) return;
    ended = reason;
    sudoPassword = undefined;
    for (const waiter of waiters.splice(0)) waiter.reject(reason);
    for (const slot of [...slots]) slot.shell.close(reason);
  };

  const run = async (request: RunRequest): Promise<RunResult> => {
    if (ended) throw ended;
    const known =
      request.privilege === 'clish'
        ? refused.clish
        : (refused.expert ?? (request.privilege === 'root' ? refused.root : undefined));
    if (known) throw known;
    const slot = await acquire(request.privilege);
    try {
      return await slot.shell.run(
        request.command,
        {
          timeoutMs: request.timeoutMs,
          maxBytes: request.maxBytes ?? DEFAULT_MAX_BYTES,
          onOverflow: request.onOverflow ?? 'truncate',
          ...(request.onChunk ? { onChunk: request.onChunk } : {}),
        },
        { privilege: request.privilege, ...(sudoPassword !== undefined ? { sudoPassword } : {}) },
      );
    } catch (error) {
      if (isSshError(error, 'clish-unavailable')) refused.clish = error;
      if (isSshError(error, 'expert-unavailable')) refused.expert = error;
      if (isSshError(error, 'sudo-failed')) {
        refused.root = error;
        sudoPassword = undefined;
      }
      // A channel closed by a dropped connection: say why the connection ended, keep the partial output.
      const reason = ended as SshError | undefined; // set meanwhile by the connection's end
      if (reason && isSshError(error, 'disconnected')) throw new SshError(reason.kind, reason.details, error.partial);
      throw error;
    } finally {
      slot.busy = false;
      pump();
    }
  };

  adopt(first);
  const closed = connection.closed.then((reason) => {
    end(reason ?? new SshError('disconnected', { reason: 'closed' }));
    return reason;
  });

  const info: SessionInfo = {
    host: connection.host,
    port: connection.port,
    username,
    deviceType: driver.type,
    algorithms: connection.algorithms,
    hostKey: { keyType: connection.hostKey.keyType, fingerprint: connection.hostKey.fingerprint },
    authMethod: connection.authMethod,
    landing: first.mode,
    banner: first.banner,
  };

  return {
    info,
    run,
    closed,
    close: async () => {
      end(new SshError('disconnected', { reason: 'closed' }));
      connection.close();
      await closed;
    },
  };
};

/**
 * Connect to a device and land in its first shell: the one call the engine and the CLI make.
 * Host key verified before any secret is sent; every failure is an `SshError`.
 */
export const connectDevice = async (options: DeviceConnectOptions): Promise<DeviceSession> => {
  const connection = await openConnection(options);
  const shellOptions: ShellOptions = {
    settleMs: options.promptSettleMs ?? 60,
    modeChangeTimeoutMs: options.modeChangeTimeoutMs ?? 15_000,
    recoverTimeoutMs: 5_000,
    ...(options.log ? { log: options.log } : {}),
  };
  const driver = driverFor(options.deviceType);
  // The Firepower admin's sudo password is their login password unless told otherwise.
  const { credential } = options;
  const sudoPassword = options.sudoPassword ?? (credential.kind === 'password' ? credential.password : undefined);
  const pool: PoolOptions = {
    username: options.username,
    ...(options.maxChannels !== undefined ? { maxChannels: options.maxChannels } : {}),
    ...(options.log ? { log: options.log } : {}),
    ...(sudoPassword !== undefined ? { sudoPassword } : {}),
  };
  try {
    const first = await ShellDriver.open(connection.client, driver, shellOptions);
    return createDeviceSession(connection, driver, first, pool, shellOptions);
  } catch (error) {
    connection.close();
    throw error;
  }
};
