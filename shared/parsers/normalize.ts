/* eslint-disable no-control-regex -- removing control characters is this module's whole job */
/**
 * The one edge cleaner every parser runs first: device text arrives over an interactive SSH session,
 * so it carries CRLF line ends, ANSI colour and cursor sequences, bells from CLISH completion
 * (device-facts §1.1: "it rings the bell on partial words") and pager prompts (`--More--`).
 */

const ansiCsi = /\u001b\[[0-?]*[ -/]*[@-~]/g; // colours, cursor moves, erase-line
const ansiOsc = /\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g; // window titles set by shells
const ansiOther = /\u001b[@-Z\\-_]/g; // two-byte escapes (ESC M, ESC 7, …)
const pager = /(?:<-+ More -+>|-{1,2}\s?More\s?-{1,2})[ \t]*/g; // unicon's MORE_REPLACE_PATTERN and CLISH's
// Everything below space except tab and newline: bells (\u0007), backspaces, NULs, lone escapes.
const otherControls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Drops trailing spaces and tabs in linear time (the regex `/[ \t]+$/` is quadratic on a long run of blanks). */
const trimTrailingBlanks = (line: string): string => {
  let end = line.length;
  while (end > 0 && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end -= 1;
  return end === line.length ? line : line.slice(0, end);
};

/**
 * CRLF and lone CR become LF (a lone CR is a redraw: the following text starts a new line for us),
 * escape sequences, bells and pager prompts are removed, and trailing blanks on each line go.
 */
export const normalizeOutput = (raw: string): string =>
  raw
    .replace(ansiOsc, '')
    .replace(ansiCsi, '')
    .replace(ansiOther, '')
    .replace(/\r+\n/g, '\n')
    .replace(/\r/g, '\n')
    .replace(otherControls, '')
    .replace(pager, '')
    .split('\n')
    .map(trimTrailingBlanks)
    .join('\n');

/** The normalised text as lines, without the empty lines at its start and end. */
export const toLines = (raw: string): readonly string[] => {
  const lines = normalizeOutput(raw).split('\n');
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start] === '') start += 1;
  while (end > start && lines[end - 1] === '') end -= 1;
  return lines.slice(start, end);
};
