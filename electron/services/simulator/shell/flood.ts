import { abortableDelay } from '../timing';
import type { OutStream } from './streams';

/** Lines per burst of the flood fault, and the pause between bursts: output that keeps arriving. */
const BURST = 250;
const PAUSE_MS = 5;

const octets = (n: number): string => `${(n >> 8) & 255}.${n & 255}`;

/**
 * Console noise as an FTD prints it with `logging console debugging` on (message 302013 of
 * Cisco's ASA/FTD syslog guide), so the flood looks like what an admin would really scroll past.
 */
const floodLine = (n: number): string => {
  const inside = `10.1.${octets(n)}/${40000 + (n % 20000)}`;
  const outside = `146.112.${n % 64}.${n % 250}/443`;
  return `%FTD-6-302013: Built inbound TCP connection ${100000 + n} for inside:${inside} (${inside}) to outside:${outside} (${outside})\n`;
};

/** Write `lines` lines of noise in bursts; stops early when the reader goes away or the command is interrupted. */
export const writeFlood = async (out: OutStream, lines: number, signal: AbortSignal): Promise<void> => {
  for (let at = 0; at < lines && !signal.aborted; at += BURST) {
    let burst = '';
    for (let n = at; n < Math.min(lines, at + BURST); n += 1) burst += floodLine(n);
    if (!(await out.write(burst))) return;
    await abortableDelay(PAUSE_MS, signal);
  }
};
