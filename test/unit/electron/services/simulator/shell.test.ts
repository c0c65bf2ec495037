import { describe, expect, it } from 'vitest';
import { IncompleteInput, parseShell, ShellSyntaxError } from '../../../../../electron/services/simulator/shell/parser';
import { device } from '../../../../helpers/sim-shell';

describe('shell grammar', () => {
  it('parses lists, and-or chains, pipelines, groups and redirections', () => {
    const list = parseShell('a x 2>&1 | grep -i y && b || c; { d; } >/dev/null; (e)');
    expect(list.items).toHaveLength(3);
    const first = list.items[0];
    expect(first?.first.commands).toHaveLength(2);
    expect(first?.rest.map((r) => r.op)).toEqual(['&&', '||']);
    const simple = first?.first.commands[0];
    expect(simple?.kind === 'simple' && simple.redirects).toEqual([{ fd: 2, op: '>&', target: '1' }]);
    expect(list.items[1]?.first.commands[0]?.kind).toBe('group');
    expect(list.items[2]?.first.commands[0]?.kind).toBe('subshell');
  });

  it('asks for more input on open quotes, $( and trailing operators', () => {
    for (const input of ["echo 'a", 'echo "a', 'echo $(date', 'a |', 'a &&', 'echo a\\'])
      expect(() => parseShell(input)).toThrow(IncompleteInput);
  });

  it("reports bash's syntax error for a stray operator", () => {
    expect(() => parseShell('; ls')).toThrow(ShellSyntaxError);
    expect(() => parseShell('ls | | wc')).toThrow(ShellSyntaxError);
  });
});

describe('shell execution', () => {
  const sh = device({ scenario: 'healthy' });

  it('frames a command the way clients do, with $? of the previous command', async () => {
    const r = await sh.run(`false; printf '%s\\n' "__M_abc__ $?"`);
    expect(r.stdout).toBe('__M_abc__ 1\n');
    const ok = await sh.run(`true; printf '%s %d\\n' "__M_abc__" $?`);
    expect(ok.stdout).toBe('__M_abc__ 0\n');
  });

  it('runs && and || by status, and ! negates', async () => {
    expect((await sh.run('false && echo no || echo yes')).stdout).toBe('yes\n');
    expect((await sh.run('! false && echo negated')).stdout).toBe('negated\n');
  });

  it('expands quotes, variables, ${x:-default}, $(...) and ANSI-C strings', async () => {
    const r = await sh.run(`X='a b'; echo "$X" $X "\${Y:-dflt}" $(echo sub) $'tab\\there'`);
    expect(r.stdout).toBe('a b a b dflt sub tab\there\n');
  });

  it('pipes through grep -i -v -m -E, head, tail and wc -l', async () => {
    expect((await sh.run("printf 'Alpha\\nbeta\\nGamma\\nalpha2\\n' | grep -i alpha")).stdout).toBe('Alpha\nalpha2\n');
    expect((await sh.run("printf 'a\\nb\\nc\\n' | grep -v b")).stdout).toBe('a\nc\n');
    expect((await sh.run("printf 'x1\\nx2\\nx3\\n' | grep -m 2 x")).stdout).toBe('x1\nx2\n');
    expect((await sh.run("printf 'ab\\ncd\\n' | grep -E 'a|c'")).stdout).toBe('ab\ncd\n');
    expect((await sh.run("printf 'ab\\ncd\\n' | grep 'a|c'")).status).toBe(1);
    expect((await sh.run("printf '1\\n2\\n3\\n4\\n' | head -n 2")).stdout).toBe('1\n2\n');
    expect((await sh.run("printf '1\\n2\\n3\\n4\\n' | tail -n 2")).stdout).toBe('3\n4\n');
    expect((await sh.run("printf '1\\n2\\n3\\n' | wc -l")).stdout).toBe('3\n');
  });

  it('redirects stderr into stdout and away to /dev/null', async () => {
    const merged = await sh.run('cat /nope 2>&1');
    expect(merged.stdout).toBe('cat: /nope: No such file or directory\n');
    expect(merged.stderr).toBe('');
    const hidden = await sh.run('cat /nope 2>/dev/null; echo $?');
    expect(hidden.stdout).toBe('1\n');
    expect(hidden.stderr).toBe('');
  });

  it('writes files with > and >> in writable directories only', async () => {
    const r = await sh.run('echo one > /tmp/f; echo two >> /tmp/f; cat /tmp/f', 'admin');
    expect(r.stdout).toBe('one\ntwo\n');
    const denied = await sh.run('echo x > /etc/passwd', 'admin');
    expect(denied.stderr).toMatch(/Permission denied/);
  });

  it('says command not found with status 127', async () => {
    const r = await sh.run('frobnicate');
    expect(r.status).toBe(127);
    expect(r.stderr).toBe('-bash: frobnicate: command not found\n');
  });

  it('times out a command with `timeout N` and status 124', async () => {
    const r = await sh.run('timeout 1 sleep 100; echo "rc=$?"');
    expect(r.stdout).toBe('rc=124\n');
  });

  it('prints the date in UTC and with +FORMAT', async () => {
    expect((await sh.run('date -u')).stdout).toMatch(/^\w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d UTC \d{4}\n$/);
    expect((await sh.run('date -u +%Y')).stdout).toMatch(/^\d{4}\n$/);
  });

  it('supports printf widths, %b and argument reuse', async () => {
    expect((await sh.run(`printf '[%-5s][%05d][%x]\\n' ab 42 255`)).stdout).toBe('[ab   ][00042][ff]\n');
    expect((await sh.run(`printf '%s,' a b c`)).stdout).toBe('a,b,c,');
    expect((await sh.run(`printf '%b' 'x\\ny'`)).stdout).toBe('x\ny');
  });

  it('keeps cd inside a subshell and follows it outside', async () => {
    const r = await sh.run('(cd /tmp; pwd); pwd; cd /ngfw/var/common && pwd');
    expect(r.stdout).toBe('/tmp\n/root\n/ngfw/var/common\n');
  });
});
