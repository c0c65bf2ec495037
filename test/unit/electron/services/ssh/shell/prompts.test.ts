import { describe, expect, it } from 'vitest';
import { classifyPrompt } from '../../../../../../electron/services/ssh/shell/prompts';
import { cleanClishOutput } from '../../../../../../electron/services/ssh/shell/clish-exec';
import { cleanTerminal, tailLine } from '../../../../../../electron/services/ssh/shell/terminal-text';

// Every prompt below is quoted from shared/reference/device-facts.md §1 (sources listed there).
const PROMPTS: readonly [string, ReturnType<typeof classifyPrompt>][] = [
  ['> ', 'clish'],
  ['>', 'clish'],
  ['Firepower-module1>', 'module'],
  ['admin@firepower:~$ ', 'user-shell'],
  ['admin@LAB-FMC76:~$ ', 'user-shell'],
  ['root@firepower:~# ', 'root-shell'],
  ['root@firepower:common# ', 'root-shell'],
  ['root@fp:ngfwWebUi#', 'root-shell'],
  ['root@firepower:/etc/sf# ', 'root-shell'],
  ['root@Firepower-module1:sf# ', 'root-shell'],
  ['root@device:/Volume/home/admin# ', 'root-shell'],
  ['FTD01:/home/ldap/abbac# ', 'root-shell'],
  ['Password: ', 'password'],
  ['[sudo] password for admin: ', 'password'],
  ["admin@1.1.1.1's password: ", 'password'],
  ['--More--', 'pager'],
  [' --More-- ', 'pager'],
  ['<--- More --->', 'pager'],
  ['    #3) With great power comes great responsibility.', undefined],
  ['Cisco Firepower 2110 Threat Defense v6.8.0 (build 1751)', undefined],
];

describe('prompt classification', () => {
  it.each(PROMPTS)('%j is %s', (tail, kind) => {
    expect(classifyPrompt(tail)).toBe(kind);
  });

  it('reads the prompt through ANSI colours, window titles, bells and bracketed-paste switches', () => {
    const raw = 'Last login: today\r\n\x1b[?2004h\x1b]0;admin@firepower: ~\x07\x1b[01;32madmin@firepower:~$ \x1b[0m';
    expect(classifyPrompt(tailLine(raw))).toBe('user-shell');
    expect(classifyPrompt(tailLine('\x07\x1b[0m> '))).toBe('clish');
  });
});

describe('terminal cleaning', () => {
  it('turns CRLF into LF and applies carriage returns and backspaces', () => {
    expect(cleanTerminal('a\r\nb\r\r\nc')).toBe('a\nb\nc');
    expect(cleanTerminal('--More--\r        \rnext line')).toBe('next line');
    expect(cleanTerminal('abc\b\bX')).toBe('aXc');
  });

  it('cleans CLISH output: echo, pager prompts, final prompt and Syntax error', () => {
    const raw =
      'show network\r\n===============[ System Information ]===============\r\nHostname : firepower\r\n' +
      '--More--\r        \rDNS Servers : 208.67.222.222\r\n> ';
    expect(cleanClishOutput(raw, 'show network')).toEqual({
      output: '===============[ System Information ]===============\nHostname : firepower\nDNS Servers : 208.67.222.222\n',
      syntaxError: null,
    });
    expect(cleanClishOutput('show bogus\r\nSyntax error: Illegal parameter\r\n> ', 'show bogus').syntaxError).toBe(
      'Syntax error: Illegal parameter',
    );
  });
});
