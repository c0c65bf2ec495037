import ssh2, { type ClientChannel, type ConnectConfig } from 'ssh2';
import { afterEach } from 'vitest';
import { startSimulator, type RunningSimulator, type SimulatorOptions } from '../../electron/services/simulator';

const { Client } = ssh2;
type Client = InstanceType<typeof Client>;

/**
 * A plain ssh2 client for driving the simulator in tests: connect with password (or any method),
 * open a shell on a PTY and wait for text, or run exec channels. Deliberately not the product's
 * driver — it proves the simulator byte by byte, the way any client sees it.
 */
export const connect = (sim: RunningSimulator, config: Partial<ConnectConfig> = {}): Promise<Client> =>
  new Promise((resolve, reject) => {
    const client = new Client();
    client.on('ready', () => resolve(client));
    client.on('error', reject);
    client.on('keyboard-interactive', (_name, _instructions, _lang, prompts, finish) =>
      finish(prompts.map(() => sim.password)),
    );
    client.connect({
      host: sim.host,
      port: sim.port,
      username: sim.username,
      password: sim.password,
      readyTimeout: 10_000,
      hostVerifier: () => true,
      ...config,
    });
  });

export class Shell {
  private buffer = '';
  private raw = Buffer.alloc(0);
  private waiters: (() => void)[] = [];
  closed = false;

  constructor(readonly channel: ClientChannel) {
    channel.on('data', (data: Buffer) => {
      this.raw = Buffer.concat([this.raw, data]);
      this.buffer += data.toString('utf8');
      this.wake();
    });
    channel.stderr.on('data', (data: Buffer) => {
      this.buffer += data.toString('utf8');
      this.wake();
    });
    channel.on('close', () => {
      this.closed = true;
      this.wake();
    });
  }

  private wake(): void {
    const waiting = this.waiters;
    this.waiters = [];
    for (const wake of waiting) wake();
  }

  /** Everything received so far (not consumed). */
  get pending(): string {
    return this.buffer;
  }

  /** All raw bytes received since the shell opened. */
  get bytes(): Buffer {
    return this.raw;
  }

  send(text: string): void {
    this.channel.write(text);
  }

  /** Wait until `pattern` appears; return the text up to and including it, and consume it. */
  async expect(pattern: RegExp | string, timeoutMs = 5000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const match = typeof pattern === 'string' ? this.findString(pattern) : pattern.exec(this.buffer);
      if (match) {
        const end = match.index + match[0].length;
        const text = this.buffer.slice(0, end);
        this.buffer = this.buffer.slice(end);
        return text;
      }
      if (this.closed)
        throw new Error(`channel closed while waiting for ${String(pattern)}; got: ${JSON.stringify(this.buffer)}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${String(pattern)}; got: ${JSON.stringify(this.buffer)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  private findString(needle: string): RegExpExecArray | null {
    const index = this.buffer.indexOf(needle);
    if (index < 0) return null;
    const match = [needle] as unknown as RegExpExecArray;
    match.index = index;
    return match;
  }

  /** Send a line and return the output up to the next prompt matching `prompt`. */
  async run(line: string, prompt: RegExp, timeoutMs = 5000): Promise<string> {
    this.send(`${line}\r`);
    return this.expect(prompt, timeoutMs);
  }

  /** Wait for the channel to close. */
  async waitClosed(timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.closed) {
      if (Date.now() > deadline) throw new Error('channel did not close');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 50);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }
}

export const openShell = (client: Client, window: { rows?: number; cols?: number } = {}): Promise<Shell> =>
  new Promise((resolve, reject) => {
    client.shell({ term: 'xterm', rows: window.rows ?? 24, cols: window.cols ?? 200 }, (error, channel) => {
      if (error) reject(error);
      else resolve(new Shell(channel));
    });
  });

export interface ExecResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number | null;
}

export const exec = (client: Client, command: string, input?: string): Promise<ExecResult> =>
  new Promise((resolve, reject) => {
    client.exec(command, (error, channel) => {
      if (error) {
        reject(error);
        return;
      }
      let stdout = '';
      let stderr = '';
      let code: number | null = null;
      channel.on('data', (d: Buffer) => (stdout += d.toString()));
      channel.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      channel.on('exit', (c: number | null) => (code = c));
      channel.on('close', () => resolve({ stdout, stderr, code }));
      if (input !== undefined) channel.end(input);
    });
  });

/** CLISH prompt at the end of the buffer. */
export const CLISH = /\r\n> $/;
/** An admin bash prompt. */
export const EXPERT = /admin@[\w.-]+:[^\r\n]*\$ $/;
/** A root prompt: any line ending in `# `. */
export const ROOT = /(^|\n)[^\n]*# $/;

/** Log in, land at CLISH, go to expert and root; returns the shell at the root prompt. */
export const rootShell = async (client: Client, sudoPassword: string): Promise<Shell> => {
  const shell = await openShell(client);
  await shell.expect(/> $/);
  await shell.run('expert', EXPERT);
  shell.send('sudo su -\r');
  const next = await shell.expect(/Password: $|# $/);
  if (/Password: $/.test(next)) {
    shell.send(`${sudoPassword}\r`);
    await shell.expect(ROOT);
  }
  return shell;
};

/** An ed25519 key pair ssh2 can read back (its generator sometimes writes one it cannot). */
export const ed25519Pair = (): { private: string; public: string } => {
  for (;;) {
    const pair = ssh2.utils.generateKeyPairSync('ed25519');
    if (!(ssh2.utils.parseKey(pair.private) instanceof Error)) return pair;
  }
};

/**
 * Start simulators in a test file (simulated waits 200× faster unless told otherwise) and close
 * them after each test.
 */
export const useSimulators = (defaults: SimulatorOptions = {}) => {
  let running: RunningSimulator[] = [];
  afterEach(async () => {
    await Promise.all(running.map((sim) => sim.close()));
    running = [];
  });
  return async (options: SimulatorOptions = {}): Promise<RunningSimulator> => {
    const sim = await startSimulator({ timeScale: 0.005, ...defaults, ...options });
    running.push(sim);
    return sim;
  };
};

export type { Client };
