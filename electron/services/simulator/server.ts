import { createServer, type Server as NetServer, type Socket } from 'node:net';
import { StringDecoder } from 'node:string_decoder';
import ssh2, { type AuthContext, type Connection, type ServerChannel } from 'ssh2';
import type { DeviceType, Region } from '../../../shared/model/device';
import type { LoginRecord, Platform } from './device-profile';
import { parseFault, type Fault } from './faults';
import { knownHostsLine, loadHostKey } from './host-key';
import { createRuntime, type DeviceRuntime } from './runtime';
import { expectedCause, findScenario, SCENARIOS, type Scenario } from './scenarios';
import { runChannel, type ChannelMode } from './session';
import type { ConnectionInfo } from './shell/env';
import { createDeviceState, DEFAULT_CREDENTIALS, type Credentials, type DeviceState } from './state';
import { Terminal, type PtyInfo, type TerminalTransport } from './terminal';

const { Server, utils } = ssh2;

/**
 * The built-in simulated FTD/FMC: an ssh2 Server on 127.0.0.1 (port 0 by default) whose sessions
 * behave like the device of a scenario, with composable faults. Several connections, and several
 * shell and exec channels per connection, run at once over one shared device state. Malformed input
 * never takes it down: every channel's program is isolated and errors end only that channel.
 */
export type AuthMethodName = 'password' | 'keyboard-interactive' | 'publickey';

export interface SimulatorOptions {
  /** Scenario id (scenarios/index.ts); default `healthy`. */
  readonly scenario?: string;
  readonly region?: Region;
  readonly deviceType?: DeviceType;
  /** Fault objects or CLI specs (`drop-session:after=3`, `slow:delay=2000`, …). */
  readonly faults?: readonly (Fault | string)[];
  readonly port?: number;
  readonly host?: string;
  readonly credentials?: Partial<Credentials>;
  /** A private key (OpenSSH/PEM) to use instead of a fresh ed25519 key. */
  readonly hostKey?: string | Buffer;
  readonly auth?: {
    /** Methods offered; default password + keyboard-interactive (+ publickey when keys are given). `['publickey','keyboard-interactive']` rejects plain passwords. */
    readonly methods?: readonly AuthMethodName[];
    /** OpenSSH public key lines accepted for publickey auth. */
    readonly authorizedKeys?: readonly string[];
  };
  readonly device?: {
    readonly version?: string;
    readonly build?: string;
    readonly platform?: Platform;
    readonly hostname?: string;
    /** Where an FMC session lands (device facts §1.5). */
    readonly fmcLanding?: 'clish' | 'bash';
  };
  /** Multiplier for simulated waits (curl/DNS timeouts, sleep, timeout N, ping); tests use ~0.01. */
  readonly timeScale?: number;
}

export interface RunningSimulator {
  readonly host: string;
  readonly port: number;
  readonly username: string;
  readonly password: string;
  /** The sudo password the user is told (the `wrong-sudo-password` fault makes the device expect another). */
  readonly sudoPassword: string;
  readonly hostKeyFingerprint: string;
  readonly hostKeyLine: string;
  readonly scenario: Scenario;
  readonly faults: readonly Fault[];
  /** The cause a correct diagnosis names first (the scenario's, or `error` under fatal faults). */
  readonly expectedCause: ReturnType<typeof expectedCause>;
  /** The live device state: inspect it, or change it to script a test. */
  readonly state: DeviceState;
  readonly runtime: DeviceRuntime;
  close(): Promise<void>;
}

const MAX_AUTH_FAILURES = 6;

/** Build the device state of a scenario with its state-level faults applied. */
export const buildDevice = (options: SimulatorOptions): { scenario: Scenario; faults: Fault[]; state: DeviceState } => {
  const scenarioId = options.scenario ?? 'healthy';
  const scenario = findScenario(scenarioId);
  if (!scenario) throw new Error(`unknown scenario "${scenarioId}" (known: ${SCENARIOS.map((s) => s.id).join(', ')})`);
  const deviceType = options.deviceType ?? 'ftd';
  if (!scenario.deviceTypes.includes(deviceType))
    throw new Error(`scenario "${scenario.id}" exists only for ${scenario.deviceTypes.join(', ')}`);
  const faults = (options.faults ?? []).map((fault) => (typeof fault === 'string' ? parseFault(fault) : fault));
  const device = options.device ?? {};
  const version = device.version ?? scenario.version?.version;
  const build = device.build ?? (device.version ? undefined : scenario.version?.build);
  const state = createDeviceState({
    deviceType,
    region: options.region ?? 'us',
    ...(version ? { version } : {}),
    ...(build ? { build } : {}),
    ...(device.platform ? { platform: device.platform } : {}),
    ...(device.hostname ? { hostname: device.hostname } : {}),
    ...(device.fmcLanding ? { fmcLanding: device.fmcLanding } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
  });
  scenario.apply(state);
  for (const fault of faults) {
    if (fault.kind === 'huge-log') state.hugeLogBytes = fault.sizeBytes ?? 500 * 1024 * 1024;
    if (fault.kind === 'expert-disabled') state.expert = 'disabled';
    if (fault.kind === 'wrong-sudo-password')
      state.credentials = { ...state.credentials, sudoPassword: `${state.credentials.sudoPassword}-rotated` };
  }
  return { scenario, faults, state };
};

const channelTransport = (channel: ServerChannel, isClosed: () => boolean): TerminalTransport => {
  const send = (
    stream: { write(chunk: Buffer): boolean; once(event: string, fn: () => void): unknown },
    chunk: Buffer,
  ) =>
    new Promise<boolean>((resolve) => {
      if (isClosed()) {
        resolve(false);
        return;
      }
      try {
        if (stream.write(chunk)) resolve(true);
        else {
          let settled = false;
          const done = (ok: boolean) => {
            if (settled) return;
            settled = true;
            resolve(ok);
          };
          stream.once('drain', () => done(!isClosed()));
          channel.once('close', () => done(false));
        }
      } catch {
        resolve(false);
      }
    });
  return { out: (chunk) => send(channel, chunk), err: (chunk) => send(channel.stderr, chunk) };
};

export const startSimulator = async (options: SimulatorOptions = {}): Promise<RunningSimulator> => {
  const { scenario, faults, state } = buildDevice(options);
  const runtime = createRuntime(state, { scale: options.timeScale ?? 1, faults });
  const hostKey = loadHostKey(options.hostKey);
  const authorized = (options.auth?.authorizedKeys ?? []).map((line) => {
    const parsed = utils.parseKey(line);
    if (parsed instanceof Error) throw new Error(`invalid authorized key: ${parsed.message}`);
    const key = Array.isArray(parsed) ? parsed[0] : parsed;
    if (!key) throw new Error('invalid authorized key');
    return key;
  });
  const methods: readonly AuthMethodName[] =
    options.auth?.methods ??
    (authorized.length ? ['publickey', 'password', 'keyboard-interactive'] : ['password', 'keyboard-interactive']);
  const told = { ...DEFAULT_CREDENTIALS, ...options.credentials };
  const bindHost = options.host ?? '127.0.0.1';

  const sockets = new Set<Socket>();
  const terminals = new Set<Terminal>();
  let nextConnectionId = 1;

  const sshServer = new Server({ hostKeys: [hostKey.privateKey], ident: 'OpenSSH_7.4' });
  sshServer.on('error', () => undefined);

  const handleConnection = (client: Connection, socket: Socket) => {
    const id = nextConnectionId++;
    const connectionTerminals = new Set<Terminal>();
    const connection: ConnectionInfo = {
      id,
      remoteAddress: socket.remoteAddress?.replace(/^::ffff:/, '') ?? '127.0.0.1',
      remotePort: socket.remotePort ?? 0,
      localPort: socket.localPort ?? 0,
      commandCount: 0,
      drop: () => {
        for (const term of connectionTerminals) term.close();
        if (typeof socket.resetAndDestroy === 'function') socket.resetAndDestroy();
        else socket.destroy();
      },
    };
    let failures = 0;
    let login: LoginRecord = { count: state.logins.count };

    const reject = (ctx: AuthContext) => {
      failures += 1;
      ctx.reject([...methods]);
      if (failures >= MAX_AUTH_FAILURES) client.end();
    };

    client.on('error', () => undefined);
    client.on('authentication', (ctx) => {
      const allowed = (methods as readonly string[]).includes(ctx.method);
      if (ctx.method === 'none' || !allowed) {
        ctx.reject([...methods]);
        return;
      }
      const userOk = ctx.username === state.credentials.username;
      switch (ctx.method) {
        case 'password':
          if (userOk && ctx.password === state.credentials.password) ctx.accept();
          else reject(ctx);
          return;
        case 'keyboard-interactive':
          ctx.prompt([{ prompt: 'Password: ', echo: false }], '', '', (answers) => {
            if (Array.isArray(answers) && userOk && answers[0] === state.credentials.password) ctx.accept();
            else reject(ctx);
          });
          return;
        case 'publickey': {
          const match = authorized.find((key) => key.type === ctx.key.algo && key.getPublicSSH().equals(ctx.key.data));
          if (!userOk || !match) {
            reject(ctx);
            return;
          }
          if (!ctx.signature || !ctx.blob) {
            ctx.accept();
            return;
          }
          if (match.verify(ctx.blob, ctx.signature, ctx.hashAlgo) === true) ctx.accept();
          else reject(ctx);
          return;
        }
        default:
          reject(ctx);
      }
    });

    client.on('ready', () => {
      login = {
        count: state.logins.count + 1,
        ...(state.logins.lastAt !== undefined ? { lastAt: state.logins.lastAt } : {}),
        ...(state.logins.lastFrom ? { lastFrom: state.logins.lastFrom } : {}),
      };
      state.logins = { count: login.count, lastAt: runtime.clock.now(), lastFrom: connection.remoteAddress };
      client.on('session', (acceptSession) => {
        const session = acceptSession();
        let pty: PtyInfo | null = null;
        let term: Terminal | null = null;
        const start = (channel: ServerChannel, mode: ChannelMode) => {
          let closed = false;
          const t = new Terminal(
            channelTransport(channel, () => closed),
            pty,
          );
          term = t;
          terminals.add(t);
          connectionTerminals.add(t);
          const decoder = new StringDecoder('utf8');
          channel.on('data', (data: Buffer) => t.feed(decoder.write(data)));
          channel.on('end', () => t.endInput());
          channel.on('error', () => undefined);
          channel.stderr.on?.('error', () => undefined);
          channel.on('close', () => {
            closed = true;
            t.close();
            terminals.delete(t);
            connectionTerminals.delete(t);
          });
          runChannel(t, runtime, connection, login, mode)
            .catch(() => 1)
            .then((code) => {
              if (closed) return;
              try {
                channel.exit(code);
                channel.end();
              } catch {
                // The channel went away while we were finishing.
              }
            })
            .catch(() => undefined);
        };
        session.on('pty', (accept, _reject, info) => {
          pty = { cols: info.cols, rows: info.rows, term: info.term };
          accept?.();
        });
        session.on('window-change', (accept, _reject, info) => {
          if (pty) pty = { ...pty, cols: info.cols, rows: info.rows };
          accept?.();
        });
        session.on('env', (accept) => accept?.());
        session.on('shell', (accept) => start(accept(), { kind: 'shell' }));
        session.on('exec', (accept, _reject, info) => start(accept(), { kind: 'exec', command: info.command }));
        session.on('signal', (accept, _reject, info) => {
          accept?.();
          if (info.name === 'INT') (term as Terminal | null)?.interrupt(false);
        });
        session.on('subsystem', (_accept, reject) => reject?.());
        session.on('sftp', (_accept, reject) => reject?.());
        session.on('x11', (_accept, reject) => reject?.());
        session.on('auth-agent', (_accept, reject) => reject?.());
      });
      client.on('tcpip', (_accept, reject) => reject());
      client.on('openssh.streamlocal', (_accept, reject) => reject());
      client.on('request', (_accept, reject) => reject?.());
    });

    const finish = () => {
      for (const term of connectionTerminals) term.close();
    };
    client.on('close', finish);
    client.on('end', finish);
  };

  // ssh2 announces a connection only after the identification exchange; find its socket by address.
  const pendingSockets = new Map<string, Socket>();
  sshServer.on('connection', (client: Connection, info: { ip?: string; port?: number }) => {
    const key = `${info.ip ?? ''}:${info.port ?? 0}`;
    const socket = pendingSockets.get(key);
    pendingSockets.delete(key);
    if (socket) handleConnection(client, socket);
    else client.end();
  });

  const netServer: NetServer = createServer((socket) => {
    // Without it, Nagle and delayed ACKs add ~40 ms to every echoed keystroke and prompt.
    socket.setNoDelay(true);
    sockets.add(socket);
    const key = `${socket.remoteAddress ?? ''}:${socket.remotePort ?? 0}`;
    socket.on('close', () => {
      sockets.delete(socket);
      pendingSockets.delete(key);
    });
    socket.on('error', () => undefined);
    pendingSockets.set(key, socket);
    sshServer.injectSocket(socket);
  });

  await new Promise<void>((resolve, reject) => {
    netServer.once('error', reject);
    netServer.listen(options.port ?? 0, bindHost, () => {
      netServer.off('error', reject);
      resolve();
    });
  });
  netServer.on('error', () => undefined);
  const address = netServer.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 0);

  return {
    host: bindHost,
    port,
    username: state.credentials.username,
    password: told.password,
    sudoPassword: told.sudoPassword,
    hostKeyFingerprint: hostKey.fingerprint,
    hostKeyLine: knownHostsLine(bindHost, port, hostKey),
    scenario,
    faults,
    expectedCause: expectedCause(scenario, faults),
    state,
    runtime,
    close: () =>
      new Promise<void>((resolve) => {
        for (const term of terminals) term.close();
        for (const socket of sockets) socket.destroy();
        netServer.close(() => resolve());
      }),
  };
};
