/* eslint-disable no-control-regex -- this file is about control characters */

/** CSI (`ESC [ … final`), OSC (`ESC ] … BEL|ST`, e.g. bash's window title) and two-byte escapes. */
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][0-9A-Za-z]|\x1b[@-Z\\-_=>]/g;

export const stripAnsi = (text: string): string => text.replace(ANSI, '');

/** Apply what a terminal does with `\r` (back to column 0, overwrite) and `\b` (one column back). */
const renderLine = (line: string): string => {
  if (!/[\r\b]/.test(line)) return line;
  const cells: string[] = [];
  let col = 0;
  for (const ch of line) {
    if (ch === '\r') col = 0;
    else if (ch === '\b') col = Math.max(0, col - 1);
    else cells[col++] = ch;
  }
  return cells.join('').replace(/\s+$/, '');
};

/**
 * Terminal output as a person would read it: escapes, bells and NULs gone, CRLF as LF, carriage
 * returns and backspaces applied. Used for CLISH output and for reading prompts, never for
 * expert/root command output (that is returned exactly as printed).
 */
export const cleanTerminal = (text: string): string =>
  stripAnsi(text)
    .replace(/[\x00\x07]/g, '')
    .replace(/\r+\n/g, '\n')
    .split('\n')
    .map(renderLine)
    .join('\n');

/** The incomplete last line (where a prompt sits), after cleaning. */
export const tailLine = (text: string): string => {
  const clean = cleanTerminal(text);
  return clean.slice(clean.lastIndexOf('\n') + 1);
};
