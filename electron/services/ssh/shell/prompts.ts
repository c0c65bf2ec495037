/**
 * What the last, unfinished line of a Firepower terminal is asking for. Sources: device-facts
 * §1.1–1.5 (unicon, scrapli, Netshot regexes and public transcripts).
 */
export type PromptKind = 'pager' | 'password' | 'clish' | 'module' | 'user-shell' | 'root-shell';

/** `--More--`, `-- More --`, `<--- More --->` (unicon MORE_REPLACE_PATTERN; LINA's pager). */
export const PAGER = /(?:-+ ?More ?-+>?|<-+ ?More ?-+>)\s*$/i;
/** sudo's `Password:`, `[sudo] password for admin:`, OpenSSH-style `admin@host's password:`. */
const PASSWORD = /(?:^|\s|\])(?:\[sudo\] )?(?:[\w.@-]+'s )?password(?: for [^:]+)?:\s*$/i;
/** CLISH is a bare `> ` with no host name (netmiko set_base_prompt; scrapli `^>\s*`). */
const CLISH = /^>\s*$/;
/** FP4100/9300 module CLI: `Firepower-module1>` — needs `connect ftd` (netmiko #1067). */
const MODULE = /^[A-Za-z][\w.-]*>\s*$/;
/** Bash as a user: `admin@firepower:~$ ` (scrapli `^[\w.-]{1,63}@[^$]+\$\s*$`, loosened). */
const USER_SHELL = /\$\s?$/;
/** Root: ANY line ending in `# ` — `root@firepower:common#`, `FTD01:/home/ldap/abbac#`. */
const ROOT_SHELL = /#\s?$/;

export const classifyPrompt = (tail: string): PromptKind | undefined => {
  if (PAGER.test(tail)) return 'pager';
  if (PASSWORD.test(tail)) return 'password';
  if (CLISH.test(tail)) return 'clish';
  if (MODULE.test(tail)) return 'module';
  if (ROOT_SHELL.test(tail)) return 'root-shell';
  if (USER_SHELL.test(tail)) return 'user-shell';
  return undefined;
};

/** The last meaningful line before a prompt, for an error's `detail` (e.g. CLISH's complaint). */
export const lastMessageLine = (clean: string, skip: readonly string[] = []): string => {
  const lines = clean
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && classifyPrompt(l) === undefined && !skip.some((s) => l.endsWith(s)));
  return lines.at(-1) ?? '';
};
