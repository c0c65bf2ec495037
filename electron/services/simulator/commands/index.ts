import type { CommandImpl } from '../shell/env';
import { COREUTILS } from './coreutils';
import { curl } from './curl';
import { FILE_COMMANDS } from './files';
import { NET_TOOLS } from './net-tools';
import { pmtool } from './pmtool';
import { SOCKET_COMMANDS } from './sockets';
import { su, sudo } from './sudo';
import { TEXT_COMMANDS } from './text-tools';

/**
 * The simulated device's programs, by name (the dispatcher the expert/root shells use).
 *
 * What it supports, and why (in the manner of electerm's ssh-test-server header): exactly what the
 * two Cisco guides type and what a client needs to drive a bash over SSH — nothing else, and every
 * output derived from the device state, never from a table of fixed answers.
 *
 * CLISH (`> `, commands/clish.ts): show version | network | network-static-routes |
 *   network-dhcp-server | managers (FTD) | ntp (FTD); configure network dns servers IP[,IP …|none];
 *   expert; exit; logout. Unknown → `Syntax error: Illegal command line`; incomplete →
 *   `Syntax error: The command is not completed`; bad address → `Syntax error: Illegal parameter`;
 *   an abbreviation is never executed (bell + completion in place, or the candidate list).
 *   4100/9300 module bootCLI (`Firepower-module1> `): connect ftd; exit.
 *
 * Shell (shell/*.ts): `;` `&&` `||` `|` `!`, `{ …; }`, `( … )`, `>` `>>` `<` `2>` `2>&1` `>&2` `&>`,
 *   quotes, `$'…'`, `$?` `$$` `$VAR` `${VAR:-x}` `$(…)` backticks, `~`, NAME=value, PS1/PS2
 *   (\u \h \w \W \$), continuation lines. Builtins: cd export unset exit logout set true false :
 *   type command (and no-op alias/trap/history/umask/shopt/hash/wait). No globbing, no job control.
 *
 * Programs:
 *   echo [-neE]; printf FORMAT [ARG…] (%s %b %c %d %i %u %x %X %o %f %e %g %q, flags/width/precision);
 *   pwd; date [-u] [-R] [-I] [+FORMAT]; hostname; whoami; id; uname [-a]; uptime; clear;
 *   sleep N; timeout [-s SIG] [-k D] DURATION CMD… (124 on expiry); env [VAR=x… CMD]; printenv;
 *   stty (accepts all; -echo/echo switch echo; size; -a); test / [ (-e -f -d -r -s -S -z -n = != -eq …);
 *   cat [FILE…]; more/less FILE (pager on a terminal, cat into a pipe); ls [-lahd1];
 *   grep [-ivcnEFwqHhls] [-m N] [-e PAT] PAT [FILE…]; head/tail [-n N|-N|-n +N] [-c N] [-f] [FILE];
 *   wc [-lwc]; curl (-v -k -s -S -f -I -i -L -o F --cacert F --connect-timeout S -m/--max-time S
 *   -w FMT (%{http_code} %{exitcode} %{time_total} %{remote_ip} %{url_effective}) -x/--proxy
 *   --noproxy -H -X -d -A -u, and https_proxy from the environment); nslookup NAME|IP [SERVER]
 *   [-timeout=N] [-retry=N] (interactive without a name); telnet HOST PORT (closes at the end of a
 *   redirected stdin); ping [-c N] [-i S] [-w S] HOST;
 *   netstat [-antulxp] (long forms too); lsof -i[SPEC] [-n] [-P] [-c CMD]; ps [-ef|aux];
 *   pmtool status | statusbyid ID | disablebyid ID | enablebyid ID | restartbyid ID (root);
 *   sudo [-i|-s|-n|-S|-k] [su [-]|CMD…]; su [-]; clish (FMC: back to CLISH).
 *
 * Files (device-files.ts): /ngfw/etc/sf/connector.properties (= /etc/sf/…), /etc/sf/sf-version,
 *   /etc/resolv.conf, /etc/motd, /etc/hosts, /etc/hostname, /ngfw/etc/ssl/connectorCA.pem,
 *   /ngfw/var/log/connector/connector.log (www:www 0640, 500 MB virtual with the huge-log fault),
 *   /ngfw/var/sf/run/EventHandler_SSEConnector.sock; /tmp, /var/tmp, /ngfw/var/common and the home
 *   directories are writable (redirections, curl -o).
 */
const clish: CommandImpl = async (ctx) => {
  if (ctx.env.runtime.state.identity.type !== 'fmc') {
    await ctx.stderr.write(`${ctx.env.shellName}: clish: command not found\n`);
    return 127;
  }
  return ctx.env.programs.clish(ctx.env);
};

export const COMMANDS: ReadonlyMap<string, CommandImpl> = new Map<string, CommandImpl>([
  ...COREUTILS,
  ...FILE_COMMANDS,
  ...TEXT_COMMANDS,
  ...NET_TOOLS,
  ...SOCKET_COMMANDS,
  ['curl', curl],
  ['pmtool', pmtool],
  ['sudo', sudo],
  ['su', su],
  ['clish', clish],
]);
