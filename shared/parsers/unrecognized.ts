/**
 * The `unrecognized` member every parser's result shares. The check evaluators turn it into an
 * `inconclusive` verdict (PRODUCT.md, "Verdicts": output not understood is never reported as pass).
 */

/**
 * Why the text was not understood:
 * - `empty`: nothing but blanks.
 * - `command-not-found`: the shell or sudo said the program does not exist (`bash: curl: command not found`).
 * - `permission-denied`: `cat: /ngfw/etc/sf/connector.properties: Permission denied` and the like.
 * - `no-such-file`: a file the command reads is missing (`cat: …: No such file or directory`).
 * - `cli-error`: CLISH refused the command (`Syntax error: …`, `% Invalid input detected`).
 * - `truncated`: the output starts like the expected format but stops before its decisive lines.
 * - `unknown-format`: anything else.
 */
export type UnrecognizedCode =
  'empty' | 'command-not-found' | 'permission-denied' | 'no-such-file' | 'cli-error' | 'truncated' | 'unknown-format';

/** Output a parser did not understand; `reason` is a short English phrase for the evidence. */
export interface Unrecognized {
  readonly kind: 'unrecognized';
  readonly code: UnrecognizedCode;
  readonly reason: string;
}

export const unrecognized = (code: UnrecognizedCode, reason: string): Unrecognized => ({
  kind: 'unrecognized',
  code,
  reason,
});

const shellPrefix = String.raw`(?:(?:-?(?:ba|da|z|k|a)?sh|sudo)(?:: line \d+)?:\s*(?:\d+:\s*)?)?`;
const failures: readonly { readonly code: UnrecognizedCode; readonly pattern: RegExp }[] = [
  // bash: `bash: curl: command not found`; dash/busybox: `sh: 1: pmtool: not found`; sudo: `sudo: pmtool: command not found`
  { code: 'command-not-found', pattern: new RegExp(String.raw`^${shellPrefix}[\w./-]+: (?:command )?not found$`) },
  { code: 'permission-denied', pattern: /^[\w./-]+: [^:]+: Permission denied$/ },
  { code: 'permission-denied', pattern: /^[\w./-]+: [^:]*(?:permission denied|Operation not permitted)[^:]*$/i },
  { code: 'no-such-file', pattern: /^[\w./-]+: [^:]+: No such file or directory$/ },
  // CLISH (scrapli_community cisco_ftd `failed_when_contains: ["Syntax error:"]`; unicon fxos statements)
  { code: 'cli-error', pattern: /^(?:Syntax error: |% Invalid (?:input|command)|ERROR: % Invalid)/ },
];

/**
 * The first line that says the command itself failed (not found, no permission, no such file, a CLISH
 * syntax error), as an `Unrecognized`; undefined when there is none. Patterns are anchored on whole lines
 * in the shapes the shell, coreutils and CLISH print, so content such as a connector.log message
 * ("… no such file or directory") is not mistaken for one.
 */
export const findCommandFailure = (lines: readonly string[]): Unrecognized | undefined => {
  for (const line of lines) {
    const text = line.trim();
    for (const { code, pattern } of failures) {
      if (pattern.test(text)) return unrecognized(code, text.length > 160 ? `${text.slice(0, 157)}...` : text);
    }
  }
  return undefined;
};

/**
 * The common opening of every parser: empty output and a failed command are never facts.
 * Returns the reason to stop, or undefined to go on parsing `lines`.
 */
export const rejectEmptyOrFailed = (lines: readonly string[]): Unrecognized | undefined =>
  lines.every((line) => line.trim() === '') ? unrecognized('empty', 'no output') : findCommandFailure(lines);
