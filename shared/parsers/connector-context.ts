import { parseCurlVerbose, type CurlFailure } from './curl-verbose';
import { toLines } from './normalize';
import { rejectEmptyOrFailed, unrecognized, type Unrecognized } from './unrecognized';

/**
 * `curl -sS localhost:8989/v1/contexts/default` (root) — check `connector.context` (information only).
 *
 *   {"registered": true, …}
 *
 * Source: guide 000 lists the command under "구성 설정" without a sample. No public sample of its answer exists
 * (device-facts §2), so only a JSON object that plainly says registered or not is read — through a few tolerant
 * field names (`registered`, `isRegistered`, `enrolled`, `registrationStatus`, `status`, `state`, …, also one
 * object level down) — and everything else is `unrecognized`. Conflicting signals are `unrecognized` too.
 */

/** The field that decided: its path in the JSON (`context.registrationStatus`) and its value. */
export interface ContextSignal {
  readonly path: string;
  readonly value: string | boolean;
}

/**
 * - `registered` / `not-registered`: the JSON says so; `signal` is the field that said it.
 * - `connector-unreachable`: curl could not reach localhost:8989 (the connector is not listening); `curl` has why.
 */
export type ConnectorContextResult =
  | { readonly kind: 'registered'; readonly signal: ContextSignal }
  | { readonly kind: 'not-registered'; readonly signal: ContextSignal }
  | { readonly kind: 'connector-unreachable'; readonly curl: CurlFailure }
  | Unrecognized;

const BOOLEAN_KEYS = ['registered', 'isregistered', 'enrolled', 'isenrolled', 'registeredwithcloud'];
const STATUS_KEYS = [
  'registrationstatus',
  'registrationstate',
  'registration',
  'enrollmentstatus',
  'enrollmentstate',
  'status',
  'state',
];
const flat = (key: string) => key.toLowerCase().replace(/[_\-\s]/g, '');

const statusWord = (value: string): boolean | undefined => {
  const v = value
    .toLowerCase()
    .replace(/[_\-\s]+/g, ' ')
    .trim();
  if (/^(?:registered|enrolled|registration (?:complete|completed|succeeded|success))$/.test(v)) return true;
  if (
    /^(?:not registered|unregistered|deregistered|not enrolled|unenrolled|registration (?:pending|failed|required)|pending)$/.test(
      v,
    )
  ) {
    return false;
  }
  return undefined;
};

const collect = (node: unknown, path: string, depth: number, out: { signal: ContextSignal; registered: boolean }[]) => {
  if (depth > 2 || node === null || typeof node !== 'object' || Array.isArray(node)) return;
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    const here = path ? `${path}.${key}` : key;
    const k = flat(key);
    if (BOOLEAN_KEYS.includes(k) && typeof value === 'boolean') {
      out.push({ signal: { path: here, value }, registered: value });
    } else if (STATUS_KEYS.includes(k) && typeof value === 'string') {
      const word = statusWord(value);
      if (word !== undefined) out.push({ signal: { path: here, value }, registered: word });
    } else if (typeof value === 'object') {
      collect(value, here, depth + 1, out);
    }
  }
};

/** Parses the context JSON (or curl's error when the connector does not answer). */
export const parseConnectorContext = (raw: string): ConnectorContextResult => {
  const lines = toLines(raw);
  const rejected = rejectEmptyOrFailed(lines);
  if (rejected) return rejected;
  const text = lines.join('\n');
  if (/^curl: \(\d+\)/m.test(text)) {
    const curl = parseCurlVerbose(text);
    return curl.kind === 'unrecognized' || curl.kind === 'http-answer'
      ? unrecognized('unknown-format', 'curl failed in a way not understood')
      : { kind: 'connector-unreachable', curl };
  }
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end < start) return unrecognized('unknown-format', 'no JSON object');
  let json: unknown;
  try {
    json = JSON.parse(text.slice(start, end + 1));
  } catch {
    return unrecognized('unknown-format', 'the JSON object does not parse');
  }
  const signals: { signal: ContextSignal; registered: boolean }[] = [];
  collect(json, '', 0, signals);
  const first = signals[0];
  if (!first) return unrecognized('unknown-format', 'no field says whether the device is registered');
  if (signals.some((s) => s.registered !== first.registered)) {
    return unrecognized('unknown-format', 'the JSON says both registered and not registered');
  }
  return { kind: first.registered ? 'registered' : 'not-registered', signal: first.signal };
};
