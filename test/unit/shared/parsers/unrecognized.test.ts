import { describe, expect, it } from 'vitest';
import { findCommandFailure, rejectEmptyOrFailed } from '../../../../shared/parsers/unrecognized';

describe('findCommandFailure (the command itself failed)', () => {
  it.each([
    ['bash: curl: command not found', 'command-not-found'],
    ['-bash: nslookup: command not found', 'command-not-found'],
    ['sh: 1: pmtool: not found', 'command-not-found'],
    ['sudo: pmtool: command not found', 'command-not-found'],
    ['cat: /ngfw/etc/sf/connector.properties: Permission denied', 'permission-denied'],
    ['cat: /etc/sf/sf-version: No such file or directory', 'no-such-file'],
    [
      "tail: cannot open '/ngfw/var/log/connector/connector.log' for reading: No such file or directory",
      'no-such-file',
    ],
    ['Syntax error: Illegal parameter', 'cli-error'],
    ['Syntax error: The command is not completed', 'cli-error'],
    ["% Invalid input detected at '^' marker.", 'cli-error'],
  ])('recognises %s', (line, code) => {
    expect(findCommandFailure(['', line])).toMatchObject({ kind: 'unrecognized', code });
  });

  it('does not mistake content for a failure', () => {
    expect(
      findCommandFailure([
        'time="2020-04-13T15:02:11Z" level=error msg="dial unix /ngfw/var/sf/run/x.sock: connect: no such file or directory"',
        'curl: (6) Could not resolve host: api-sse.cisco.com',
        'telnet: Unable to connect to remote host: Connection refused',
        'ping: connect: Network is unreachable',
      ]),
    ).toBeUndefined();
  });

  it('calls blank output empty', () => {
    expect(rejectEmptyOrFailed(['', '  ', '\t'])).toMatchObject({ code: 'empty' });
    expect(rejectEmptyOrFailed(['x'])).toBeUndefined();
  });
});
