import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A real OpenSSH server for interop tests: `/usr/sbin/sshd -D -e -f <own config>` on 127.0.0.1 and
 * a free high port, with its own host key and config in a temp dir, letting in only a throwaway
 * user. CI runs as root on Debian 12 with openssh-server and sudo installed by .ci/run.
 */
export const SSHD = '/usr/sbin/sshd';

/** Why these tests cannot run here, or undefined when they can. */
export const sshdUnavailable = (): string | undefined => {
  if (!existsSync(SSHD)) return `${SSHD} is not installed (.ci/run installs openssh-server)`;
  if (process.getuid?.() !== 0) return 'not running as root: sshd needs root to log a user in, and useradd to create one';
  for (const tool of ['useradd', 'chpasswd', 'ssh-keygen']) {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    } catch {
      return `${tool} is not installed`;
    }
  }
  return undefined;
};

export const sudoUnavailable = (): string | undefined =>
  existsSync('/usr/bin/sudo') ? undefined : '/usr/bin/sudo is not installed (.ci/run installs sudo)';

export interface TestUser {
  readonly name: string;
  readonly password: string;
  readonly home: string;
  remove(): void;
}

/**
 * A throwaway login with /bin/bash, a password and sudo rights; the sudo lecture is reset so the
 * first sudo shows it, as on a device's first use. One user per test file (no races).
 */
export const createTestUser = (name: string): TestUser => {
  const password = `Fcd-${createHash('sha256').update(`${name}${Date.now()}${Math.random()}`).digest('hex').slice(0, 16)}`;
  try {
    execFileSync('useradd', ['-m', '-s', '/bin/bash', name], { stdio: 'pipe' });
  } catch (error) {
    if (!String((error as { stderr?: Buffer }).stderr ?? '').includes('already exists')) throw error;
  }
  execFileSync('chpasswd', [], { input: `${name}:${password}\n` });
  if (existsSync('/etc/sudoers.d')) writeFileSync(`/etc/sudoers.d/${name}`, `${name} ALL=(ALL:ALL) ALL\n`, { mode: 0o440 });
  rmSync(`/var/lib/sudo/lectured/${name}`, { force: true });
  return {
    name,
    password,
    home: `/home/${name}`,
    remove: () => {
      rmSync(`/etc/sudoers.d/${name}`, { force: true });
      rmSync(`/var/lib/sudo/lectured/${name}`, { force: true });
      try {
        execFileSync('userdel', ['-r', '-f', name], { stdio: 'ignore' });
      } catch {
        // Already gone, or a process still holds it: the next run reuses and re-keys it.
      }
    },
  };
};

export const freePort = async (): Promise<number> => {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
};

/** A fresh key pair by ssh-keygen (`-m PEM` for the PEM format), optionally with a passphrase. */
export const sshKeygen = (dir: string, name: string, type: string, options: { passphrase?: string; pem?: boolean } = {}) => {
  const path = join(dir, name);
  execFileSync('ssh-keygen', ['-q', '-t', type, '-N', options.passphrase ?? '', '-f', path, ...(options.pem ? ['-m', 'PEM'] : [])]);
  chmodSync(path, 0o600);
  const pub = readFileSync(`${path}.pub`, 'utf8').trim();
  const [keyType = '', base64 = ''] = pub.split(/\s+/);
  const blob = Buffer.from(base64, 'base64');
  return {
    path,
    pub,
    keyType,
    base64,
    fingerprint: `SHA256:${createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`,
  };
};

export interface Sshd {
  readonly port: number;
  readonly dir: string;
  readonly hostKey: ReturnType<typeof sshKeygen>;
  /** sshd's listener log (-e); per-connection lines go to its re-executed children, not here. */
  log(): string;
  stop(): Promise<void>;
}

export interface SshdOptions {
  readonly user: string;
  readonly port?: number;
  readonly hostKeyType?: 'ed25519' | 'rsa' | 'ecdsa';
  /** Reuse a host key (restart "the same server"), or leave out for a new one. */
  readonly hostKey?: ReturnType<typeof sshKeygen>;
  readonly authorizedKeys?: readonly string[];
  /** Extra sshd_config lines (e.g. `AuthenticationMethods keyboard-interactive`). */
  readonly config?: readonly string[];
  /**
   * How to start it, given sshd's own argv: e.g. inside a network namespace (`ip netns exec NS …`). The
   * launched command must end by exec'ing sshd, so stopping the child stops sshd. Default: sshd itself.
   */
  readonly launch?: (argv: readonly [string, ...string[]]) => readonly [string, ...string[]];
}

export const startSshd = async (options: SshdOptions): Promise<Sshd> => {
  const dir = mkdtempSync(join(tmpdir(), 'fcd-sshd-'));
  // The user's sshd child reads authorized_keys with the user's rights.
  chmodSync(dir, 0o755);
  const hostKey = options.hostKey ?? sshKeygen(dir, 'host_key', options.hostKeyType ?? 'ed25519');
  const authorized = join(dir, 'authorized_keys');
  writeFileSync(authorized, (options.authorizedKeys ?? []).map((k) => `${k}\n`).join(''), { mode: 0o644 });
  const port = options.port ?? (await freePort());
  const config = join(dir, 'sshd_config');
  writeFileSync(
    config,
    [
      `Port ${port}`,
      'ListenAddress 127.0.0.1',
      `HostKey ${hostKey.path}`,
      'PidFile none',
      'UsePAM yes',
      'PasswordAuthentication yes',
      'KbdInteractiveAuthentication yes',
      'PubkeyAuthentication yes',
      `AuthorizedKeysFile ${authorized}`,
      'StrictModes no',
      `AllowUsers ${options.user}`,
      'AllowTcpForwarding yes',
      'PermitRootLogin no',
      'PrintMotd no',
      'LogLevel VERBOSE',
      ...(options.config ?? []),
      '',
    ].join('\n'),
  );
  if (!existsSync('/run/sshd')) execFileSync('mkdir', ['-p', '/run/sshd']);
  let log = '';
  const argv = [SSHD, '-D', '-e', '-f', config] as const;
  const [command, ...args] = options.launch?.(argv) ?? argv;
  const child: ChildProcess = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`sshd did not start:\n${log}`)), 10_000);
    const check = () => {
      if (log.includes('Server listening on')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stderr?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`sshd exited (${code}):\n${log}`));
    });
  });
  return {
    port,
    dir,
    hostKey,
    log: () => log,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
};

/** `host type key` for a temp known_hosts trusting this sshd. */
export const knownHostsLine = (sshd: Sshd): string => `[127.0.0.1]:${sshd.port} ${sshd.hostKey.keyType} ${sshd.hostKey.base64}\n`;
