/**
 * The simulated device's clocks. Wall time is real time shifted by the scenario's clock offset
 * (`clock-not-synchronized`); simulated waits (TCP SYN timeouts, DNS retries, `sleep`, `timeout N`,
 * ping intervals) are real delays multiplied by `scale`, so tests can run a 5 s curl timeout in
 * 50 ms while the output still says "after 5001 ms". Fault delays are given in real ms and not scaled.
 */
export interface SimClock {
  /** Multiplier applied to every simulated wait (1 = real time). */
  readonly scale: number;
  /** The device's wall clock, in ms since the epoch (real time + the state's clock offset). */
  now(): number;
  /** Wait `virtualMs` of device time (scaled); resolves false when `signal` aborted first. */
  sleep(virtualMs: number, signal?: AbortSignal): Promise<boolean>;
}

/** Wait `ms` of real time; resolves false when the signal aborted first (never rejects). */
export const abortableDelay = (ms: number, signal?: AbortSignal): Promise<boolean> =>
  new Promise((resolve) => {
    if (signal?.aborted) {
      resolve(false);
      return;
    }
    const timer = setTimeout(
      () => {
        signal?.removeEventListener('abort', onAbort);
        resolve(true);
      },
      Math.max(0, ms),
    );
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/** A clock whose wall time follows `offsetMs()` (read live: a remedy may change it). */
export const createClock = (scale: number, offsetMs: () => number): SimClock => ({
  scale,
  now: () => Date.now() + offsetMs(),
  sleep: (virtualMs, signal) => abortableDelay(virtualMs * scale, signal),
});

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const pad = (n: number, width = 2, fill = '0') => String(n).padStart(width, fill);

/** Short weekday and month names, as C's `%a`/`%b` print them (devices run in UTC). */
export const dayName = (d: Date): string => DAYS[d.getUTCDay()] ?? 'Sun';
export const monthName = (d: Date): string => MONTHS[d.getUTCMonth()] ?? 'Jan';

/** `date` default format: `Wed Nov 25 12:24:28 UTC 2026`. */
export const formatUnixDate = (ms: number): string => {
  const d = new Date(ms);
  return `${dayName(d)} ${monthName(d)} ${pad(d.getUTCDate(), 2, ' ')} ${pad(d.getUTCHours())}:${pad(
    d.getUTCMinutes(),
  )}:${pad(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
};

/** `ls -l` time column: `Nov 25 12:24` (or `Nov 25  2024` when older than six months). */
export const formatLsDate = (ms: number, nowMs: number): string => {
  const d = new Date(ms);
  const recent = Math.abs(nowMs - ms) < 182 * 24 * 3600 * 1000;
  const tail = recent ? `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` : ` ${d.getUTCFullYear()}`;
  return `${monthName(d)} ${pad(d.getUTCDate(), 2, ' ')} ${tail}`;
};

/** HTTP `Date:` header: `Wed, 30 Dec 2020 21:41:15 GMT`. */
export const formatHttpDate = (ms: number): string => new Date(ms).toUTCString();

/** curl's certificate dates: `2019-12-03 20:57:56 GMT` (curl 7.44) or `Dec  3 20:57:56 2019 GMT` (newer). */
export const formatCertDate = (ms: number, style: 'legacy' | 'modern'): string => {
  const d = new Date(ms);
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return style === 'legacy'
    ? `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${time} GMT`
    : `${monthName(d)} ${pad(d.getUTCDate(), 2, ' ')} ${time} ${d.getUTCFullYear()} GMT`;
};

/** logrus/Go RFC3339Nano in UTC with nine fraction digits: `2020-04-13T19:34:02.884720461Z`. */
export const formatLogTime = (ms: number, nanos: number): string => {
  const d = new Date(ms);
  const frac = String(Math.abs(Math.floor(nanos)) % 1_000_000_000).padStart(9, '0');
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(
    d.getUTCMinutes(),
  )}:${pad(d.getUTCSeconds())}.${frac}Z`;
};

/** `date +FORMAT` for the specifiers scripts use (%Y %m %d %H %M %S %s %Z %z %a %b %e %j %F %T %%). */
export const strftime = (format: string, ms: number): string => {
  const d = new Date(ms);
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  const map: Record<string, () => string> = {
    Y: () => String(d.getUTCFullYear()),
    m: () => pad(d.getUTCMonth() + 1),
    d: () => pad(d.getUTCDate()),
    e: () => pad(d.getUTCDate(), 2, ' '),
    H: () => pad(d.getUTCHours()),
    M: () => pad(d.getUTCMinutes()),
    S: () => pad(d.getUTCSeconds()),
    N: () => pad((ms % 1000) * 1_000_000, 9),
    s: () => String(Math.floor(ms / 1000)),
    Z: () => 'UTC',
    z: () => '+0000',
    a: () => dayName(d),
    b: () => monthName(d),
    j: () => pad(Math.floor((ms - start) / 86_400_000) + 1, 3),
    F: () => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
    T: () => `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`,
    '%': () => '%',
  };
  return format.replace(/%(.)/g, (whole, spec: string) => map[spec]?.() ?? whole);
};
