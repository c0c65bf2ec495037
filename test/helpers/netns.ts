import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Network namespaces for tests that let real tools (sshd, bash, curl, nslookup) meet local stand-ins for the
 * Cisco cloud, with no way out: a namespace made here has only its loopback link and no default route.
 * `ip netns exec NS …` also gives each command a private mount namespace in which `/etc/netns/NS/hosts` and
 * `/etc/netns/NS/resolv.conf` are bind-mounted over `/etc/hosts` and `/etc/resolv.conf` (ip-netns(8)); the
 * children of a daemon started that way (sshd's sessions, sudo, the shells) inherit that view.
 */

const run = (command: string, args: readonly string[]): string =>
  execFileSync(command, args, { encoding: 'utf8', stdio: 'pipe' });

const has = (tool: string): boolean => {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** Why network namespaces cannot be made here (not root, no iproute2, the kernel refuses), or undefined. */
export const netnsUnavailable = (): string | undefined => {
  if (process.getuid?.() !== 0) return 'not running as root: `ip netns add` needs CAP_SYS_ADMIN and CAP_NET_ADMIN';
  if (!has('ip')) return '`ip` is not installed (.ci/run installs iproute2)';
  const probe = `fcd-probe-${process.pid}`;
  try {
    run('ip', ['netns', 'add', probe]);
  } catch (error) {
    return `\`ip netns add\` fails here: ${String((error as { stderr?: string }).stderr ?? error).trim()}`;
  }
  try {
    run('ip', ['netns', 'del', probe]);
  } catch {
    // Deleted with the next stale sweep.
  }
  return undefined;
};

/** The first of `tools` that is not on the PATH, named with the Debian package that has it. */
export const missingTool = (tools: Readonly<Record<string, string>>): string | undefined => {
  const missing = Object.keys(tools).find((tool) => !has(tool));
  return missing ? `\`${missing}\` is not installed (Debian package ${tools[missing]})` : undefined;
};

const processAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

export interface NetNs {
  readonly name: string;
  /** `ip -n NAME …`: configure the namespace's links and routes. */
  ip(...args: string[]): string;
  /** A long-lived process inside the namespace (`ip netns exec` execs it: the child's pid is the process's). */
  spawn(argv: readonly string[]): ChildProcess;
  /** Every process whose network namespace this is (ours and their children, e.g. sshd's sessions). */
  pids(): readonly number[];
  /** Stop every process inside, then delete the namespace and its /etc/netns files. Safe to call twice. */
  remove(): Promise<void>;
}

export interface NetNsOptions {
  /** The namespace's /etc/hosts. */
  readonly hosts: string;
  /** The namespace's /etc/resolv.conf. */
  readonly resolvConf: string;
}

const etcDir = (name: string) => join('/etc/netns', name);

const signalAll = (pids: readonly number[], signal: NodeJS.Signals) => {
  for (const pid of pids) {
    try {
      process.kill(pid, signal);
    } catch {
      // Already gone.
    }
  }
};

const pidsOf = (name: string): number[] => {
  try {
    return run('ip', ['netns', 'pids', name]).split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
};

const removeNamespace = async (name: string): Promise<void> => {
  signalAll(pidsOf(name), 'SIGTERM');
  for (let waited = 0; pidsOf(name).length > 0 && waited < 3000; waited += 100)
    await new Promise((r) => setTimeout(r, 100));
  signalAll(pidsOf(name), 'SIGKILL');
  try {
    run('ip', ['netns', 'del', name]);
  } catch {
    // Not there (any more).
  }
  rmSync(etcDir(name), { recursive: true, force: true });
};

/**
 * Namespaces `<prefix>-<pid>` left by an earlier run that was killed before its cleanup (its pid is gone) are
 * removed, with their processes and /etc/netns files. Only names this helper makes are touched.
 */
export const sweepStaleNamespaces = async (prefix: string): Promise<void> => {
  const pattern = new RegExp(`^${prefix}-(\\d+)$`);
  let listed: string;
  try {
    listed = run('ip', ['netns', 'list']);
  } catch {
    return;
  }
  for (const line of listed.split('\n')) {
    const name = line.split(/\s+/)[0] ?? '';
    const owner = pattern.exec(name)?.[1];
    if (owner !== undefined && Number(owner) !== process.pid && !processAlive(Number(owner)))
      await removeNamespace(name);
  }
};

/** A fresh namespace `<prefix>-<pid>` with loopback up and its own hosts and resolv.conf. */
export const createNetns = (prefix: string, options: NetNsOptions): NetNs => {
  const name = `${prefix}-${process.pid}`;
  run('ip', ['netns', 'add', name]);
  const ns: NetNs = {
    name,
    ip: (...args) => run('ip', ['-n', name, ...args]),
    spawn: (argv) => spawn('ip', ['netns', 'exec', name, ...argv], { stdio: ['ignore', 'pipe', 'pipe'] }),
    pids: () => pidsOf(name),
    remove: () => removeNamespace(name),
  };
  try {
    mkdirSync(etcDir(name), { recursive: true });
    writeFileSync(join(etcDir(name), 'hosts'), options.hosts);
    writeFileSync(join(etcDir(name), 'resolv.conf'), options.resolvConf);
    ns.ip('link', 'set', 'lo', 'up');
  } catch (error) {
    void ns.remove();
    throw error;
  }
  return ns;
};

/** Resolves when the child prints `pattern` (stdout or stderr); rejects with what it printed if it exits first. */
export const waitForOutput = (child: ChildProcess, pattern: RegExp, timeoutMs: number, what: string): Promise<void> =>
  new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(
      () => done(new Error(`${what} did not start within ${timeoutMs} ms:\n${seen}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      if (pattern.test(seen)) done();
    };
    const onExit = (code: number | null) => done(new Error(`${what} exited (${code}) before it was ready:\n${seen}`));
    const done = (error?: Error) => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
  });
