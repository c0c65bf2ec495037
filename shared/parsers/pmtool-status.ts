import { openFiltered, type GrepRun, type NoMatch } from './grep-run';
import { unrecognized, type Unrecognized } from './unrecognized';

/**
 * `pmtool status | grep -i SSEConnector` (root) — check `connector.process`.
 *
 *   SSEConnector (normal) - Running 12345
 *
 * Sources: device-facts §2 (a pmtool example `adi (normal) - Running 6209`; Waiting/Disabled/absent →
 * connector-not-running; remedy `pmtool enablebyid SSEConnector`, guide 000); a public pmtool walkthrough shows
 * the unfiltered form (`Received status (0):`, `Daemons:`, detail lines `Command:`, `PID File:`, `Enable File:`)
 * and `adi (normal) - User Disabled` after `pmtool DisableByID adi`.
 */

/** A process's state as pmtool prints it. Only `running` means the process is up. */
export type ProcessState = 'running' | 'waiting' | 'disabled' | 'user-disabled' | 'stopped' | 'other';

/** One `NAME (category) - State [PID]` line of pmtool. */
export interface PmtoolProcess {
  readonly name: string;
  /** The word in parentheses (`normal`, `system`, …). */
  readonly category: string;
  readonly state: ProcessState;
  readonly stateText: string;
  readonly pid?: number;
  /** From the `Command:` detail line, when shown. */
  readonly command?: string;
}

/** `processes`: every process line shown; `no-match`: grep found no line (see `GrepRun`). */
export type PmtoolStatusResult =
  { readonly kind: 'processes'; readonly processes: readonly PmtoolProcess[] } | NoMatch | Unrecognized;

const stateOf = (text: string): { readonly state: ProcessState; readonly pid?: number } => {
  const running = /^Running(?:\s+(\d+))?$/i.exec(text);
  if (running) return running[1] ? { state: 'running', pid: Number(running[1]) } : { state: 'running' };
  if (/^Waiting\b/i.test(text)) return { state: 'waiting' };
  if (/^User Disabled\b/i.test(text)) return { state: 'user-disabled' };
  if (/^Disabled\b/i.test(text)) return { state: 'disabled' };
  if (/^(?:Stopped|Not Running|Dead|Failed|Exited)\b/i.test(text)) return { state: 'stopped' };
  return { state: 'other' };
};

/** Parses `pmtool status` output, filtered by grep or not. */
export const parsePmtoolStatus = (raw: string, run?: GrepRun): PmtoolStatusResult => {
  const lines = openFiltered(raw, run);
  if ('kind' in lines) return lines;
  const processes: PmtoolProcess[] = [];
  let last: { name: string; category: string; stateText: string; command?: string } | undefined;
  const flush = () => {
    if (!last) return;
    const { state, pid } = stateOf(last.stateText);
    processes.push({
      name: last.name,
      category: last.category,
      state,
      stateText: last.stateText,
      ...(pid !== undefined ? { pid } : {}),
      ...(last.command ? { command: last.command } : {}),
    });
  };
  for (const line of lines) {
    const text = line.trim();
    const m = /^(\S+) \(([^)]*)\) - (.+)$/.exec(text);
    if (m) {
      flush();
      last = { name: m[1] ?? '', category: m[2] ?? '', stateText: (m[3] ?? '').trim() };
      continue;
    }
    const command = /^Command:\s*(.+)$/.exec(text);
    if (command && last && last.command === undefined) last.command = command[1];
  }
  flush();
  if (processes.length === 0) return unrecognized('unknown-format', 'no "NAME (category) - State" line');
  return { kind: 'processes', processes };
};

/** The process of that name (case ignored), e.g. `SSEConnector`. */
export const findPmtoolProcess = (result: PmtoolStatusResult, name: string): PmtoolProcess | undefined =>
  result.kind === 'processes' ? result.processes.find((p) => p.name.toLowerCase() === name.toLowerCase()) : undefined;
