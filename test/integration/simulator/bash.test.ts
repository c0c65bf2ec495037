import { describe, expect, it } from 'vitest';
import { connect, exec, ROOT, rootShell, useSimulators } from '../../helpers/sim-client';

const start = useSimulators({ timeScale: 0.005 });

describe('the expert/root bash over a PTY', () => {
  it('frames commands with markers and $? as a client does', async () => {
    const sim = await start({ scenario: 'cloud-unreachable' });
    const shell = await rootShell(await connect(sim), sim.sudoPassword);
    const out = await shell.run(
      `curl -sS --connect-timeout 2 https://api-sse.cisco.com 2>&1; printf '%s\\n' "__M_a1__ $?"`,
      ROOT,
    );
    expect(out).toContain(
      '\r\ncurl: (28) Connection timed out after 2001 milliseconds\r\n__M_a1__ 28\r\nroot@firepower:~# ',
    );
  });

  it('runs the SSH client’s framing line (eval of a single-quoted word, stdin from /dev/null) and answers id -u', async () => {
    const sim = await start();
    const shell = await rootShell(await connect(sim), sim.sudoPassword);
    const out = await shell.run(
      `printf '%s%s\\n' '<FCD' ':n1:S>'; eval 'id -u; id -un' </dev/null; printf '\\n%s%s%s>\\n' '<FCD' ':n1:E:' "$?"`,
      ROOT,
    );
    expect(out).toContain('<FCD:n1:S>\r\n0\r\nroot\r\n\r\n<FCD:n1:E:0>');
  });

  it('stty -echo stops the echo, a custom PS1 is used, PS2 asks for the rest of a quote', async () => {
    const sim = await start();
    const shell = await rootShell(await connect(sim), sim.sudoPassword);
    await shell.run('stty -echo', ROOT);
    expect(await shell.run('echo quiet', ROOT)).toBe('quiet\r\nroot@firepower:~# ');
    await shell.run("PS1='[\\u@\\h \\W]\\$ '", /\[root@firepower ~\]# $/);
    shell.send("echo 'a\r");
    await shell.expect('> ');
    expect(await shell.run("b'", /# $/)).toBe('a\r\nb\r\n[root@firepower ~]# ');
  });

  it('pages with --More-- on the terminal and quits on q', async () => {
    const sim = await start();
    const shell = await rootShell(await connect(sim), sim.sudoPassword);
    shell.send('more /ngfw/var/log/connector/connector.log\r');
    const page = await shell.expect(/--More--\(\d+%\)$/);
    expect(page.split('\r\n').length).toBeGreaterThanOrEqual(23);
    shell.send(' ');
    await shell.expect(/--More--\(\d+%\)$/);
    shell.send('q');
    await shell.expect(ROOT);
  });

  it('Ctrl-D on an empty line leaves the shell', async () => {
    const sim = await start();
    const shell = await rootShell(await connect(sim), sim.sudoPassword);
    shell.send('\x04');
    expect(await shell.expect(/admin@firepower:~\$ $/)).toBe('logout\r\nadmin@firepower:~$ ');
  });

  it("a bad command line gets bash's syntax error, an unknown command 127", async () => {
    const sim = await start();
    const shell = await rootShell(await connect(sim), sim.sudoPassword);
    expect(await shell.run('ls ;; ls', ROOT)).toContain("-bash: syntax error near unexpected token `;;'");
    expect(await shell.run('sfcheck; echo $?', ROOT)).toContain('-bash: sfcheck: command not found\r\n127\r\n');
  });
});

describe('exec channels', () => {
  it('run one line in bash on an FMC that lands in bash, with stdout, stderr and the exit status apart', async () => {
    const sim = await start({ deviceType: 'fmc', device: { fmcLanding: 'bash' } });
    const client = await connect(sim);
    expect(await exec(client, 'cat /etc/sf/sf-version')).toEqual({
      stdout:
        'Cisco Secure Firewall Management Center for VMware v7.4.1 (build 172)\nCisco Fire Linux OS v7.4.1 (build 75)\n',
      stderr: '',
      code: 0,
    });
    expect(await exec(client, 'cat /nope; exit 3')).toEqual({
      stdout: '',
      stderr: 'cat: /nope: No such file or directory\n',
      code: 3,
    });
  });

  it('can enter expert through CLISH and read commands from stdin', async () => {
    const sim = await start();
    const client = await connect(sim);
    const r = await exec(client, 'expert', 'echo from-stdin\nhostname\n');
    expect(r).toEqual({ stdout: 'from-stdin\nfirepower\n', stderr: '', code: 0 });
  });

  it('are interrupted by an SSH signal INT', async () => {
    const sim = await start({ deviceType: 'fmc', device: { fmcLanding: 'bash' }, timeScale: 1 });
    const client = await connect(sim);
    const result = await new Promise<{ code: number | null; ms: number }>((resolve, reject) => {
      const started = Date.now();
      client.exec('sleep 30', (error, channel) => {
        if (error) return reject(error);
        let code: number | null = null;
        channel.on('exit', (c: number | null) => (code = c));
        channel.on('close', () => resolve({ code, ms: Date.now() - started }));
        channel.resume();
        setTimeout(() => channel.signal('INT'), 100);
      });
    });
    expect(result.code).toBe(130);
    expect(result.ms).toBeLessThan(5000);
  });
});
