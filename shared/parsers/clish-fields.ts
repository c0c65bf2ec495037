/**
 * The layout CLISH `show` commands share (device-facts §1.3, §1.4): section headers
 * `===============[ System Information ]===============` or `-----[ IPv4 ]-----`, fields
 * `Key<spaces>: value` padded to a fixed column (7.x also pads the value with trailing blanks), and
 * values continued on deeply indented lines (`DNS Servers : 208.67.222.222` then
 * `                            208.67.220.220`). Shared by show version/network/managers/ntp.
 */

/** One `Key : value` line; `more` holds the continuation lines of a multi-line value. */
export interface ClishField {
  readonly key: string;
  readonly value: string;
  readonly more: readonly string[];
  readonly indent: number;
}

/** A block under a header (or before the first header, `title` undefined). */
export interface ClishSection {
  readonly title: string | undefined;
  /** `=` for a major header (`===[ br1 ]===`), `-` for a minor one (`---[ IPv4 ]---`, show version's host). */
  readonly rule: '=' | '-' | undefined;
  readonly fields: readonly ClishField[];
  /** Lines that are neither fields nor continuations (`IPv4 Default route`, an echoed command). */
  readonly plain: readonly string[];
}

/** The sections of one CLISH output. */
export interface ClishDocument {
  readonly sections: readonly ClishSection[];
  /** A bare rule line (`-------…`) seen after the last header: show version closes its block this way. */
  readonly closingRule: boolean;
}

const header = /^\s*(=+|-+)\[ ?(.*?) ?\](?:=+|-+)\s*$/;
const bareRule = /^\s*(?:-{10,}|={10,})\s*$/;
const CONTINUATION_INDENT = 8;

interface MutableField {
  key: string;
  value: string;
  more: string[];
  indent: number;
}
interface MutableSection {
  title: string | undefined;
  rule: '=' | '-' | undefined;
  fields: MutableField[];
  plain: string[];
}

/** Splits CLISH output into sections of fields; never throws, whatever the lines. */
export const parseClishDocument = (lines: readonly string[]): ClishDocument => {
  const sections: MutableSection[] = [{ title: undefined, rule: undefined, fields: [], plain: [] }];
  let current = sections[0] as MutableSection;
  let last: MutableField | undefined;
  let closingRule = false;
  for (const line of lines) {
    const h = header.exec(line);
    if (h) {
      current = { title: (h[2] ?? '').trim(), rule: (h[1] ?? '').startsWith('=') ? '=' : '-', fields: [], plain: [] };
      sections.push(current);
      last = undefined;
      closingRule = false;
      continue;
    }
    if (bareRule.test(line)) {
      closingRule = true;
      last = undefined;
      continue;
    }
    if (line.trim() === '') {
      last = undefined;
      continue;
    }
    const indent = line.length - line.trimStart().length;
    if (last && indent >= CONTINUATION_INDENT) {
      last.more.push(line.trim());
      continue;
    }
    // `Key : value`, split at the first colon (by index: a regex here is quadratic on long blank runs)
    const colon = line.indexOf(':');
    const key = colon > 0 ? line.slice(0, colon).trim() : '';
    if (key !== '' && indent < CONTINUATION_INDENT) {
      last = { key, value: line.slice(colon + 1).trim(), more: [], indent };
      current.fields.push(last);
      continue;
    }
    current.plain.push(line.trim());
    last = undefined;
  }
  return { sections, closingRule };
};

const keyOf = (key: string): string => key.toLowerCase().replace(/\s+/g, ' ').trim();

/** The first field of a section whose key matches one of `names` (case and spacing ignored). */
export const findField = (section: ClishSection | undefined, ...names: readonly string[]): ClishField | undefined => {
  const wanted = names.map(keyOf);
  return section?.fields.find((f) => wanted.includes(keyOf(f.key)));
};

/** The section whose title matches (case ignored). */
export const findSection = (doc: ClishDocument, title: string): ClishSection | undefined =>
  doc.sections.find((s) => s.title !== undefined && s.title.toLowerCase() === title.toLowerCase());
