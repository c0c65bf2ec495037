import type { ServerChannel } from 'ssh2';
import { printf, splitStatements, wordsOf } from './mini-shell';

/**
 * TEST DOUBLE — not the product's simulator (that lives in electron/services/simulator). A
 * scripted FTD/FMC terminal behind a PTY, shaped on the transcripts in
 * shared/reference/device-facts.md §1, with switches for every mode change and fault the SSH
 * layer must survive: banners, `Firepower-module1>` + `connect ftd`, FMC landing in bash, the sudo
 * lecture (first use only), both sudo prompts, wrong passwords, `system lockdown`, the pager,
 * `Syntax error:`, ANSI/bells/CRLF, prompt look-alikes, hangs, slow/huge/binary output and drops.
 */
export interface FakeFirepowerOptions {
  readonly banner?: 'firepower' | 'secure-firewall' | 'fmc' | 'none';
  readonly landing?: 'clish' | 'module' | 'bash';
  readonly expertPrompt?: string;
  readonly rootPrompt?: string;
  readonly sudoPrompt?: string;
  readonly sudoPassword?: string;
  /** After `system lockdown` CLISH no longer knows `expert`. */
  readonly lockdown?: boolean;
  /** An FMC whose CLI is off: `clish` does not exist in its bash. */
  readonly noClish?: boolean;
  /** sudoers allows `sudo -i` but not `sudo su -`. */
  readonly suForbidden?: boolean;
  readonly sttyFails?: boolean;
  /** Prompts wrapped in ANSI colours, window titles and bells. */
  readonly noisyPrompts?: boolean;
  readonly pager?: '--More--' | '<--- More --->';
  /** Called by the `drop` commands: the server destroys the TCP connection. */
  readonly drop?: () => void;
}

/** State shared by every channel of one server (sudo lectures once per user, like sudo). */
export interface FakeFirepowerShared {
  lectured: boolean;
  sudoAttempts: number;
  readonly commands: string[];
}

type Mode = 'module' | 'clish' | 'expert' | 'root';

const LECTURE =
  '\nWe trust you have received the usual lecture from the local System\nAdministrator. It usually boils down to these three things:\n\n' +
  '    #1) Respect the privacy of others.\n    #2) Think before you type.\n    #3) With great power comes great responsibility.\n\n';

const BANNERS = {
  firepower:
    'Last login: Wed Jan  6 10:48:25 UTC 2021 on ttyS0\nSuccessful login attempts for user \'admin\' : 7\n\n' +
    'Copyright 2004-2020, Cisco and/or its affiliates. All rights reserved.\n\n' +
    'Cisco Firepower Extensible Operating System (FX-OS) v6.8.0 (build 347)\nCisco Firepower 2110 Threat Defense v6.8.0 (build 1751)\n\n',
  'secure-firewall':
    'Copyright 2004-2024, Cisco and/or its affiliates. All rights reserved.\n\n' +
    'Cisco Firepower Extensible Operating System (FX-OS) v2.14.1 (build 131)\nCisco Secure Firewall Threat Defense for VMware v7.4.1 (build 172)\n\n',
  fmc: 'Copyright 2004-2024, Cisco and/or its affiliates. All rights reserved.\n\nCisco Secure Firewall Management Center for VMware v7.6.0 (build 113)\n\n',
  none: '',
} as const;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class FakeFirepower {
  private readonly stack: Mode[];
  private echo = true;
  private onlcr = true;
  private line = '';
  private typeahead = '';
  private busy = false;
  private abort: (() => void) | undefined;
  private reader: ((text: string | null) => void) | undefined;
  private readerBuffer = '';
  private readerKey = false;
  private status = 0;

  constructor(
    private readonly stream: ServerChannel,
    private readonly options: FakeFirepowerOptions,
    private readonly shared: FakeFirepowerShared,
  ) {
    const landing = options.landing ?? 'clish';
    this.stack = [landing === 'bash' ? 'expert' : landing];
    stream.on('data', (data: Buffer) => this.input(data.toString('latin1')));
    this.out(BANNERS[options.banner ?? 'firepower']);
    this.prompt();
  }

  private get mode(): Mode {
    return this.stack.at(-1) ?? 'clish';
  }

  private get bash(): boolean {
    return this.mode === 'expert' || this.mode === 'root';
  }

  /** Device output: CLISH writes CRLF itself; in bash the tty's onlcr decides. */
  private out(text: string | Buffer): void {
    if (typeof text !== 'string') {
      this.stream.write(text);
      return;
    }
    const crlf = !this.bash || this.onlcr;
    this.stream.write(Buffer.from(crlf ? text.replace(/\n/g, '\r\n') : text, 'latin1'));
  }

  private prompt(): void {
    const noisy = this.options.noisyPrompts;
    const text = {
      module: 'Firepower-module1>',
      clish: '> ',
      expert: this.options.expertPrompt ?? 'admin@firepower:~$ ',
      root: this.options.rootPrompt ?? 'root@firepower:~# ',
    }[this.mode];
    if (!noisy) return this.out(text);
    this.out(this.bash ? `\x1b[?2004h\x1b]0;admin@firepower: ~\x07\x1b[01;32m${text}\x1b[0m` : `\x07\x1b[0m${text}`);
  }

  private input(text: string): void {
    for (const ch of text) {
      if (ch === '\x03' && this.busy && !this.reader) {
        this.abort?.();
        continue;
      }
      if (this.reader) {
        this.feedReader(ch);
        continue;
      }
      this.typeahead += ch;
    }
    this.pump();
  }

  private feedReader(ch: string): void {
    const done = this.reader;
    if (!done) return;
    if (this.readerKey || ch === '\x03' || ch === '\r' || ch === '\n') {
      this.reader = undefined;
      if (ch === '\x03') done(null);
      else done(this.readerKey ? ch : this.readerBuffer);
      this.readerBuffer = '';
      return;
    }
    this.readerBuffer += ch;
  }

  /** The next line (no echo: a password) or key; null on Ctrl-C. */
  private read(key = false): Promise<string | null> {
    this.readerKey = key;
    return new Promise((resolve) => {
      this.reader = resolve;
      // Typed-ahead input goes to the reader first.
      const pending = this.typeahead;
      this.typeahead = '';
      for (const ch of pending) {
        if (this.reader !== undefined) this.feedReader(ch);
        else this.typeahead += ch;
      }
    });
  }

  private pump(): void {
    while (!this.busy && !this.reader && this.typeahead.length > 0) {
      const ch = this.typeahead[0] as string;
      this.typeahead = this.typeahead.slice(1);
      const echoing = !this.bash || this.echo;
      if (ch === '\x03') {
        this.line = '';
        this.out('^C\n');
        this.prompt();
      } else if (ch === '\x0b' || ch === '\x15') {
        this.line = '';
      } else if (ch === '\x01') {
        // cursor to start of line: nothing to show
      } else if (ch === '\r' || ch === '\n') {
        if (ch === '\r' && this.typeahead[0] === '\n') this.typeahead = this.typeahead.slice(1);
        if (echoing) this.out('\n');
        const line = this.line;
        this.line = '';
        this.execute(line);
      } else {
        this.line += ch;
        if (echoing) this.out(ch);
      }
    }
  }

  private execute(line: string): void {
    this.busy = true;
    this.shared.commands.push(line);
    let aborted = false;
    const signal = { get aborted() { return aborted; } };
    const interrupted = new Promise<void>((resolve) => {
      this.abort = () => {
        aborted = true;
        resolve();
      };
    });
    const job = this.bash ? this.runBash(line, signal, interrupted) : this.runClish(line.trim(), signal, interrupted);
    void job.then((keepOpen) => {
      this.busy = false;
      this.abort = undefined;
      if (keepOpen === false) return;
      this.prompt();
      this.pump();
    });
  }

  /** CLISH and the module CLI. Resolves false when the session ended. */
  private async runClish(command: string, signal: { aborted: boolean }, interrupted: Promise<void>): Promise<boolean> {
    if (this.mode === 'module') {
      if (command === 'connect ftd') {
        this.out('Connecting to ftd console... enter exit to return to bootCLI\n');
        this.stack.push('clish');
      } else if (command) {
        this.out('% Invalid Command at \'^\' marker\n');
      }
      return true;
    }
    switch (command) {
      case '':
        return true;
      case 'show version':
        this.out(
          '-------------------[ firepower ]--------------------\n' +
            'Model                     : Cisco Firepower 2110 Threat Defense (77) Version 6.8.0 (Build 1751)\n' +
            'UUID                      : 9d4b06f4-f4d2-11e9-8c86-eb98e807d9d8\n' +
            '----------------------------------------------------\n',
        );
        return true;
      case 'show ansi':
        this.out('\x1b[1mNTP Server\x1b[0m : 203.0.113.126\x07\nStatus : Being Used\n');
        return true;
      case 'show pager':
        for (let page = 1; page <= 3; page += 1) {
          this.out(Array.from({ length: 5 }, (_, i) => `page ${page} line ${i + 1}\n`).join(''));
          if (page === 3) break;
          this.out(this.options.pager ?? '--More--');
          const key = await this.read(true);
          if (key === null) return true;
          this.out(`\r${' '.repeat(16)}\r`);
        }
        return true;
      case 'show hang':
        await interrupted;
        this.out('\n');
        return true;
      case 'show slow':
        for (let i = 1; i <= 4 && !signal.aborted; i += 1) {
          this.out(`slow line ${i}\n`);
          await sleep(150);
        }
        return true;
      case 'show huge':
        return this.huge(300_000, signal).then(() => true);
      case 'show drop':
        // Part of the output, a pause (other commands queue up), then the cable is pulled.
        this.out('Hostname                  : firepower\n');
        await sleep(300);
        this.options.drop?.();
        return false;
      case 'expert':
        if (this.options.lockdown) {
          this.out('Syntax error: Invalid input detected at \'^\' marker.\n');
          return true;
        }
        this.stack.push('expert');
        return true;
      case 'exit':
        if (this.stack.length > 1) {
          this.stack.pop();
          return true;
        }
        this.stream.end();
        return false;
      default:
        this.out(command.startsWith('show') ? 'Syntax error: Illegal parameter\n' : 'Syntax error: The command is not completed\n');
        return true;
    }
  }

  private async huge(bytes: number, signal: { aborted: boolean }): Promise<void> {
    const block = 'x'.repeat(1023) + '\n';
    for (let sent = 0; sent < bytes && !signal.aborted; sent += 16 * 1024) {
      const ok = this.stream.write(Buffer.from(block.repeat(16).slice(0, Math.min(16 * 1024, bytes - sent))));
      await (ok ? new Promise((r) => setImmediate(r)) : new Promise((r) => this.stream.once('drain', r)));
    }
  }

  /** One bash line: `;` statements, aborting the rest on Ctrl-C like an interactive bash. */
  private async runBash(line: string, signal: { aborted: boolean }, interrupted: Promise<void>): Promise<boolean> {
    for (const statement of splitStatements(line)) {
      if (signal.aborted) break;
      const result = await this.statement(statement, signal, interrupted);
      if (result === 'gone') return false;
      this.status = signal.aborted ? 130 : result;
    }
    return true;
  }

  private async statement(
    statement: string,
    signal: { aborted: boolean },
    interrupted: Promise<void>,
  ): Promise<number | 'gone'> {
    const { words } = wordsOf(statement, this.status);
    const [name, ...args] = words;
    if (name === undefined || /^\w+=/.test(name)) return 0;
    switch (name) {
      case 'printf':
        this.out(printf(args[0] ?? '', args.slice(1)));
        return 0;
      case 'eval': {
        let status = 0;
        for (const inner of splitStatements(args.join(' '))) {
          if (signal.aborted) break;
          const result = await this.statement(inner, signal, interrupted);
          if (result === 'gone') return 'gone';
          status = result;
          this.status = result;
        }
        return status;
      }
      case 'stty':
        if (this.options.sttyFails) {
          this.out('stty: standard input: Inappropriate ioctl for device\n');
          return 1;
        }
        for (const a of args) {
          if (a === '-echo' || a === 'echo') this.echo = a === 'echo';
          if (a === '-onlcr' || a === 'onlcr') this.onlcr = a === 'onlcr';
        }
        return 0;
      case 'id':
        this.out(this.mode === 'root' ? '0\n' : '1000\n');
        return 0;
      case 'echo':
        this.out(`${args.join(' ')}\n`);
        return 0;
      case 'true':
        return 0;
      case 'false':
        return 1;
      case 'exit':
        this.stack.pop();
        if (this.stack.length === 0) {
          this.stream.end();
          return 'gone';
        }
        return Number(args[0] ?? 0);
      case 'clish':
        if (this.options.noClish) {
          this.out('-bash: clish: command not found\n');
          return 127;
        }
        this.stack.push('clish');
        return 0;
      case 'sudo':
        return this.sudo(args);
      case 'cat':
        return this.cat(args[0] ?? '');
      case 'hang':
        await interrupted;
        return 130;
      case 'sleep':
        // A command that takes device time (curl waiting on the cloud), interruptible like sleep(1).
        await Promise.race([sleep(Number(args[0] ?? 0) * 1000), interrupted]);
        return signal.aborted ? 130 : 0;
      case 'slow':
        for (let i = 1; i <= 4 && !signal.aborted; i += 1) {
          this.out(`tick ${i}\n`);
          await sleep(150);
        }
        return 0;
      case 'huge':
        await this.huge(Number(args[0] ?? 0), signal);
        return 0;
      case 'garbage':
        this.out(Buffer.from([0x00, 0xff, 0xfe, 0x1b, 0x5b, 0x32, 0x4a, 0x07, 0xc3, 0x28, 0x0a, 0x80, 0x81, 0x3e, 0x20, 0x0a]));
        this.out('after garbage\n');
        return 0;
      case 'drop':
        this.out('partial output before the drop\n');
        await sleep(50);
        this.options.drop?.();
        return 'gone';
      case 'exit-with':
        return Number(args[0] ?? 0);
      default:
        this.out(`-bash: ${name}: command not found\n`);
        return 127;
    }
  }

  private cat(path: string): number {
    if (path === '/tmp/fake-prompts') {
      // Every prompt shape the driver knows, a marker look-alike, and no final newline.
      this.out(
        '> \nFirepower-module1>\nadmin@firepower:~$ \nroot@firepower:common# \nPassword: \n--More--\n' +
          '<FCD:0123456789abcdef:E:0>\n<FCD:0123456789abcdef:S>\nFTD01:/home/ldap/abbac# ',
      );
      return 0;
    }
    if (path === '/ngfw/etc/sf/connector.properties') {
      this.out('registration_interval=180\nconnector_port=8989\nconnector_fqdn=api-sse.cisco.com\n');
      return 0;
    }
    this.out(`cat: ${path}: No such file or directory\n`);
    return 1;
  }

  /** sudo: lecture once per user, up to three prompts, `Sorry, try again.` between them. */
  private async sudo(args: readonly string[]): Promise<number> {
    const form = args.join(' ');
    if (form !== 'su -' && form !== '-i' && form !== 'su') {
      this.out(`sudo: ${args[0] ?? ''}: command not found\n`);
      return 1;
    }
    if (this.mode === 'root') {
      this.stack.push('root');
      return 0;
    }
    if (this.options.suForbidden && form.startsWith('su')) {
      this.out("Sorry, user admin is not allowed to execute '/bin/su -' as root on firepower.\n");
      return 1;
    }
    if (!this.shared.lectured) {
      this.shared.lectured = true;
      this.out(LECTURE);
    }
    let failures = 0;
    while (failures < 3) {
      this.out(this.options.sudoPrompt ?? 'Password: ');
      const answer = await this.read();
      this.shared.sudoAttempts += 1;
      if (answer === null) {
        this.out(failures > 0 ? `\nsudo: ${failures} incorrect password attempt${failures > 1 ? 's' : ''}\n` : '\n');
        return 1;
      }
      this.out('\n');
      if (answer === (this.options.sudoPassword ?? 'Admin123')) {
        this.stack.push('root');
        return 0;
      }
      failures += 1;
      if (failures < 3) this.out('Sorry, try again.\n');
    }
    this.out('sudo: 3 incorrect password attempts\n');
    return 1;
  }
}
