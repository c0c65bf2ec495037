/**
 * Faults composable with any scenario: they break the session rather than the device's cloud
 * connectivity, so the client's robustness (timeouts, retries, typed errors) can be proved.
 * Command faults match a regular expression against the command line as typed (any mode).
 */
export type Fault =
  /** Drop the TCP connection in the middle of a command: on lines matching `match`, or after `afterCommands` commands on one connection. `times` (default 1) bounds how often it happens over the simulator's life. */
  | { readonly kind: 'drop-session'; readonly match?: string; readonly afterCommands?: number; readonly times?: number }
  /** The matching command never returns until Ctrl-C (or the channel closes). */
  | { readonly kind: 'hang'; readonly match: string; readonly times?: number }
  /** Every answer (or those matching) arrives `delayMs` late. */
  | { readonly kind: 'slow'; readonly delayMs: number; readonly match?: string }
  /** Binary garbage (NULs, invalid UTF-8, stray escapes) before the output of matching commands. */
  | { readonly kind: 'garbage'; readonly match?: string; readonly bytes?: number }
  /** Matching commands print `lines` lines of console noise, streamed in bursts, before their output (a UI under a flood of output). */
  | { readonly kind: 'flood'; readonly match?: string; readonly lines?: number }
  /** connector.log is `sizeBytes` (default 500 MB) of virtual content. */
  | { readonly kind: 'huge-log'; readonly sizeBytes?: number }
  /** The device's sudo password is not the one the user was given. */
  | { readonly kind: 'wrong-sudo-password' }
  /** `expert` is gone (`system lockdown`, or a CLI user without Config level). */
  | { readonly kind: 'expert-disabled' };

export type FaultKind = Fault['kind'];

/** How a fault bears on the diagnosis: `fatal` ends in cause `error`; `degrades` may leave checks inconclusive. */
export const FAULT_IMPACT: Readonly<Record<FaultKind, 'fatal' | 'degrades' | 'none'>> = {
  'drop-session': 'degrades',
  hang: 'degrades',
  slow: 'none',
  garbage: 'degrades',
  flood: 'degrades',
  'huge-log': 'none',
  'wrong-sudo-password': 'fatal',
  'expert-disabled': 'fatal',
};

export const FAULT_DESCRIPTIONS: Readonly<Record<FaultKind, string>> = {
  'drop-session': 'drop-session[:match=RE][,after=N][,times=N] — the connection drops mid-command (default once)',
  hang: 'hang:match=RE[,times=N] — the matching command never returns until Ctrl-C',
  slow: 'slow[:delay=MS][,match=RE] — every answer MS late (default 2000)',
  garbage: 'garbage[:match=RE][,bytes=N] — binary garbage before the output',
  flood: 'flood[:lines=N][,match=RE] — N lines of console noise (default 5000) before the output, streamed in bursts',
  'huge-log': 'huge-log[:size=BYTES] — connector.log is 500 MB (virtual)',
  'wrong-sudo-password': 'wrong-sudo-password — sudo rejects the given sudo password',
  'expert-disabled': 'expert-disabled — expert is not available (system lockdown)',
};

export const HUGE_LOG_BYTES = 500 * 1024 * 1024;

const int = (value: string | undefined, name: string): number | undefined => {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new Error(`fault option ${name} must be a whole number, not "${value}"`);
  return Number(value);
};

const regex = (value: string | undefined, name: string): string | undefined => {
  if (value === undefined) return undefined;
  try {
    new RegExp(value);
  } catch {
    throw new Error(`fault option ${name} is not a valid regular expression: "${value}"`);
  }
  return value;
};

/**
 * Parse `name[:key=value,…]` (the CLI's `--fault`). `match` may contain commas only as the last option.
 * Throws an Error with a one-line message on anything unknown.
 */
export const parseFault = (spec: string): Fault => {
  const colon = spec.indexOf(':');
  const name = (colon < 0 ? spec : spec.slice(0, colon)).trim();
  const options = new Map<string, string>();
  if (colon >= 0) {
    const rest = spec.slice(colon + 1);
    const matchAt = rest.search(/(^|,)match=/);
    const head = matchAt < 0 ? rest : rest.slice(0, matchAt);
    if (matchAt >= 0) options.set('match', rest.slice(matchAt).replace(/^,?match=/, ''));
    for (const pair of head.split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      if (eq < 0) throw new Error(`fault option "${pair}" needs key=value`);
      options.set(pair.slice(0, eq).trim(), pair.slice(eq + 1));
    }
  }
  const allowed = (keys: readonly string[]) => {
    for (const key of options.keys()) if (!keys.includes(key)) throw new Error(`fault ${name} has no option "${key}"`);
  };
  switch (name) {
    case 'drop-session': {
      allowed(['match', 'after', 'times']);
      const match = regex(options.get('match'), 'match');
      const afterCommands = int(options.get('after'), 'after');
      const times = int(options.get('times'), 'times');
      return {
        kind: name,
        ...(match ? { match } : {}),
        ...(afterCommands !== undefined ? { afterCommands } : {}),
        ...(times !== undefined ? { times } : {}),
      };
    }
    case 'hang': {
      allowed(['match', 'times']);
      const match = regex(options.get('match'), 'match');
      if (!match) throw new Error('fault hang needs match=RE');
      const times = int(options.get('times'), 'times');
      return { kind: name, match, ...(times !== undefined ? { times } : {}) };
    }
    case 'slow': {
      allowed(['delay', 'match']);
      const match = regex(options.get('match'), 'match');
      return { kind: name, delayMs: int(options.get('delay'), 'delay') ?? 2000, ...(match ? { match } : {}) };
    }
    case 'garbage': {
      allowed(['match', 'bytes']);
      const match = regex(options.get('match'), 'match');
      const bytes = int(options.get('bytes'), 'bytes');
      return { kind: name, ...(match ? { match } : {}), ...(bytes !== undefined ? { bytes } : {}) };
    }
    case 'flood': {
      allowed(['match', 'lines']);
      const match = regex(options.get('match'), 'match');
      const lines = int(options.get('lines'), 'lines');
      return { kind: name, ...(match ? { match } : {}), ...(lines !== undefined ? { lines } : {}) };
    }
    case 'huge-log': {
      allowed(['size']);
      const sizeBytes = int(options.get('size'), 'size');
      return { kind: name, ...(sizeBytes !== undefined ? { sizeBytes } : {}) };
    }
    case 'wrong-sudo-password':
    case 'expert-disabled':
      allowed([]);
      return { kind: name };
    default:
      throw new Error(`unknown fault "${name}" (known: ${Object.keys(FAULT_IMPACT).join(', ')})`);
  }
};

/** What the command faults do to one command line. */
export interface CommandFaultPlan {
  readonly delayMs: number;
  readonly hang: boolean;
  readonly drop: boolean;
  readonly garbage: number;
}

/**
 * Decides, per command line, which command faults fire. One per simulator (the `times` budgets are
 * global); `afterCommands` counts per connection.
 */
export class FaultPlanner {
  private readonly budgets = new Map<Fault, number>();

  constructor(readonly faults: readonly Fault[]) {
    for (const fault of faults)
      if (fault.kind === 'drop-session' || fault.kind === 'hang')
        this.budgets.set(fault, fault.times ?? (fault.kind === 'hang' ? Infinity : 1));
  }

  private spend(fault: Fault): boolean {
    const left = this.budgets.get(fault) ?? 0;
    if (left <= 0) return false;
    this.budgets.set(fault, left - 1);
    return true;
  }

  /**
   * Lines of noise the flood fault prints for one simple command (its argv joined by spaces): it
   * applies per program, inside the framed output, on stderr so a pipe after it cannot filter it.
   */
  floodLines(command: string): number {
    let lines = 0;
    for (const fault of this.faults)
      if (fault.kind === 'flood' && (fault.match === undefined || new RegExp(fault.match).test(command)))
        lines = Math.max(lines, fault.lines ?? 5000);
    return lines;
  }

  /** `commandIndex` is 1 for the first command line of the connection. */
  plan(line: string, commandIndex: number): CommandFaultPlan {
    let delayMs = 0;
    let hang = false;
    let drop = false;
    let garbage = 0;
    const matches = (re: string | undefined) => re === undefined || new RegExp(re).test(line);
    for (const fault of this.faults) {
      switch (fault.kind) {
        case 'slow':
          if (matches(fault.match)) delayMs = Math.max(delayMs, fault.delayMs);
          break;
        case 'garbage':
          if (matches(fault.match)) garbage = Math.max(garbage, fault.bytes ?? 256);
          break;

        case 'hang':
          if (!hang && new RegExp(fault.match).test(line)) hang = this.spend(fault);
          break;
        case 'drop-session': {
          const byCount = fault.afterCommands !== undefined && commandIndex > fault.afterCommands;
          const byMatch = fault.match !== undefined && new RegExp(fault.match).test(line);
          const unconditional = fault.afterCommands === undefined && fault.match === undefined;
          if (!drop && (byCount || byMatch || unconditional)) drop = this.spend(fault);
          break;
        }
        default:
          break;
      }
    }
    return { delayMs, hang, drop, garbage };
  }
}

/** Deterministic binary junk: NULs, 0xFF, invalid UTF-8, a stray escape sequence, a bell. */
export const garbageBytes = (count: number, seed = 7): Buffer => {
  const out = Buffer.alloc(count);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < count; i += 1) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  const marks = Buffer.from([0x00, 0xff, 0xc3, 0x28, 0x1b, 0x5b, 0x32, 0x4a, 0x07, 0xfe]);
  marks.copy(out, 0, 0, Math.min(marks.length, count));
  return out;
};
