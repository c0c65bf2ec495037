import { describe, expect, it } from 'vitest';
import { CLISH, connect, EXPERT, openShell, ROOT, rootShell, useSimulators } from '../../helpers/sim-client';

const start = useSimulators({ timeScale: 0.01 });

const LECTURE = 'We trust you have received the usual lecture from the local System';

describe('expert and root (device facts §1.2)', () => {
  it('expert prints nothing before admin@firepower:~$, sudo su - lectures then asks Password:', async () => {
    const sim = await start();
    const shell = await openShell(await connect(sim));
    await shell.expect(/> $/);
    expect(await shell.run('expert', EXPERT)).toBe('expert\r\nadmin@firepower:~$ ');
    shell.send('sudo su -\r');
    const asked = await shell.expect('Password: ');
    expect(asked).toContain(
      `\r\n${LECTURE}\r\nAdministrator. It usually boils down to these three things:\r\n\r\n    #1) Respect the privacy of others.\r\n`,
    );
    shell.send(`${sim.sudoPassword}\r`);
    expect(await shell.expect(ROOT)).toBe('\r\nroot@firepower:~# ');
  });

  it('lectures only on first use, across connections', async () => {
    const sim = await start();
    await rootShell(await connect(sim), sim.sudoPassword);
    const shell = await openShell(await connect(sim));
    await shell.expect(/> $/);
    await shell.run('expert', EXPERT);
    shell.send('sudo su -\r');
    const asked = await shell.expect('Password: ');
    expect(asked).not.toContain(LECTURE);
    expect(asked).toBe('sudo su -\r\nPassword: ');
  });

  it('does not ask again within the sudo timestamp on the same terminal', async () => {
    const sim = await start();
    const shell = await rootShell(await connect(sim), sim.sudoPassword);
    expect(await shell.run('exit', EXPERT)).toBe('exit\r\nlogout\r\nadmin@firepower:~$ ');
    expect(await shell.run('sudo -i', ROOT)).toBe('sudo -i\r\nroot@firepower:~# ');
  });

  it('a wrong sudo password gets a second Password: and then "sudo: 3 incorrect password attempts"', async () => {
    const sim = await start({ faults: ['wrong-sudo-password'] });
    expect(sim.expectedCause).toBe('error');
    const shell = await openShell(await connect(sim));
    await shell.expect(/> $/);
    await shell.run('expert', EXPERT);
    shell.send('sudo su -\r');
    await shell.expect('Password: ');
    shell.send(`${sim.sudoPassword}\r`);
    expect(await shell.expect('Password: ')).toBe('\r\nSorry, try again.\r\nPassword: ');
    shell.send(`${sim.sudoPassword}\r`);
    await shell.expect('Password: ');
    shell.send(`${sim.sudoPassword}\r`);
    expect(await shell.expect(EXPERT)).toBe('\r\nsudo: 3 incorrect password attempts\r\nadmin@firepower:~$ ');
  });

  it('expert is refused when disabled (system lockdown)', async () => {
    const sim = await start({ faults: ['expert-disabled'] });
    const shell = await openShell(await connect(sim));
    await shell.expect(/> $/);
    expect(await shell.run('expert', CLISH)).toBe('expert\r\nSyntax error: Illegal command line\r\n> ');
  });

  it('the root prompt follows cd (basename), and exit walks back to CLISH', async () => {
    const sim = await start();
    const shell = await rootShell(await connect(sim), sim.sudoPassword);
    expect(await shell.run('cd /ngfw/var/common', ROOT)).toBe('cd /ngfw/var/common\r\nroot@firepower:common# ');
    expect(await shell.run('cd /etc/sf && pwd', ROOT)).toBe('cd /etc/sf && pwd\r\n/etc/sf\r\nroot@firepower:sf# ');
    await shell.run('exit', EXPERT);
    expect(await shell.run('cd /ngfw/var/log', EXPERT)).toBe('cd /ngfw/var/log\r\nadmin@firepower:/ngfw/var/log$ ');
    expect(await shell.run('exit', CLISH)).toBe('exit\r\nexit\r\n> ');
  });

  it('sudo su (no dash) keeps the directory; sudo runs one command as root', async () => {
    const sim = await start();
    const shell = await rootShell(await connect(sim), sim.sudoPassword);
    await shell.run('exit', EXPERT);
    await shell.run('cd /tmp', EXPERT);
    expect(await shell.run('sudo su', ROOT)).toBe('sudo su\r\nroot@firepower:tmp# ');
    await shell.run('exit', EXPERT);
    expect(await shell.run('sudo pmtool status | grep -i sseconnector | head -1', EXPERT)).toContain(
      'SSEConnector (normal) - Running 13277\r\n',
    );
  });

  it('FMC: expert gives admin@fmc:~$ and sudo -i gives root@fmc:~#', async () => {
    const sim = await start({ deviceType: 'fmc' });
    const shell = await openShell(await connect(sim));
    await shell.expect(/> $/);
    await shell.run('expert', /admin@fmc:~\$ $/);
    shell.send('sudo -i\r');
    await shell.expect('Password: ');
    shell.send(`${sim.sudoPassword}\r`);
    expect(await shell.expect(ROOT)).toBe('\r\nroot@fmc:~# ');
  });

  it('Ctrl-C interrupts a running command with ^C and comes back to the prompt', async () => {
    const sim = await start({ timeScale: 1 });
    const shell = await rootShell(await connect(sim), sim.sudoPassword);
    shell.send('sleep 30\r');
    await shell.expect('sleep 30\r\n');
    shell.send('\x03');
    expect(await shell.expect(ROOT, 2000)).toBe('^C\r\nroot@firepower:~# ');
    expect(await shell.run('echo $?', ROOT)).toContain('\r\n130\r\n');
  });

  it('Ctrl-C at the prompt abandons the line', async () => {
    const sim = await start();
    const shell = await rootShell(await connect(sim), sim.sudoPassword);
    shell.send('echo never');
    await shell.expect('echo never');
    shell.send('\x03');
    expect(await shell.expect(ROOT)).toBe('^C\r\nroot@firepower:~# ');
  });
});
