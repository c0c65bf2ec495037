import { message, type Message } from '../../i18n/message';
import { parseDateU } from '../../parsers/date-u';
import { parseShowNtp, type ShowNtpResult } from '../../parsers/show-ntp';
import { DATE_UTC } from '../commands';
import { textOf } from '../outputs';
import type { CheckDefinition, CommandSpec, Verdict } from '../types';
import { durationOf, unreadable, unreadableMessage } from '../verdict-kit';

const SHOW_NTP: CommandSpec = { privilege: 'clish', command: 'show ntp', timeoutMs: 15_000 };

/**
 * How far the device clock may be from ours before TLS is at risk. Certificates are valid for months, so a
 * few minutes never breaks them; more than that means the clock is not kept, and it only drifts further.
 */
export const CLOCK_TOLERANCE_MS = 5 * 60_000;

type NtpView =
  | { readonly kind: 'synced'; readonly server: string; readonly offsetMs?: number }
  | { readonly kind: 'not-synced'; readonly servers: string }
  | { readonly kind: 'none' }
  | { readonly kind: 'unknown'; readonly why: Message }
  | { readonly kind: 'not-asked' };

const ntpView = (result: ShowNtpResult | undefined): NtpView => {
  if (!result) return { kind: 'not-asked' };
  switch (result.kind) {
    case 'ntp': {
      const used = result.servers.find((s) => s.status === 'being-used');
      if (used)
        return {
          kind: 'synced',
          server: used.server,
          ...(used.offsetMs !== undefined ? { offsetMs: used.offsetMs } : {}),
        };
      return { kind: 'not-synced', servers: result.servers.map((s) => `${s.server} (${s.statusText})`).join(', ') };
    }
    case 'none':
      return { kind: 'none' };
    case 'unrecognized':
      return { kind: 'unknown', why: unreadableMessage(SHOW_NTP.command, result) };
  }
};

const ntpWords = (ntp: NtpView): Message => {
  switch (ntp.kind) {
    case 'synced':
      return message('checks.time.ntp.sync.synced', { server: ntp.server });
    case 'not-synced':
      return message('checks.time.ntp.sync.notSynced', { servers: ntp.servers });
    case 'none':
      return message('checks.time.ntp.sync.none');
    case 'unknown':
      return ntp.why;
    case 'not-asked':
      return message('checks.time.ntp.sync.notAsked');
  }
};

/**
 * The clock (PRODUCT.md `time.ntp`): FTD `show ntp` (doc 215468: a server `Being Used`) and, on both types,
 * expert `date -u` compared with this computer's clock. A clock more than five minutes off is
 * `clock-not-synchronized` — the cloud's certificates then look expired or not yet valid. The FMC's CLISH has
 * no `show ntp`, so there the clock comparison alone decides. When NTP says it is synchronised and only our
 * clocks disagree, this computer's clock may be the wrong one: that is said, not blamed on the device.
 * `date -u` needs expert; the check comes before device.privilege in the wizard, so it depends on the SSH
 * session only — where expert is unavailable it ends in `error` and device.privilege says why.
 */
export const timeNtp: CheckDefinition = {
  id: 'time.ntp',
  kind: 'probe',
  stage: 'connect',
  deviceTypes: ['ftd', 'fmc'],
  privilege: 'expert',
  dependsOn: ['ssh.connect'],
  commands: (env) => (env.deviceType === 'ftd' ? [SHOW_NTP, DATE_UTC] : [DATE_UTC]),
  evaluate: (outputs, env): Verdict => {
    const ntp = ntpView(env.deviceType === 'ftd' ? parseShowNtp(textOf(outputs, SHOW_NTP)) : undefined);
    const date = parseDateU(textOf(outputs, DATE_UTC));
    const remedy = {
      text: message(env.deviceType === 'ftd' ? 'checks.time.ntp.remedy.ftd' : 'checks.time.ntp.remedy.fmc'),
    };

    if (date.kind === 'unrecognized') {
      if (ntp.kind === 'synced')
        return {
          status: 'pass',
          explanation: message('checks.time.ntp.verdict.syncedClockUnread', {
            server: ntp.server,
            detail: unreadableMessage(DATE_UTC.command, date),
          }),
        };
      if (ntp.kind === 'not-synced' || ntp.kind === 'none') {
        return {
          status: 'warn',
          explanation: message('checks.time.ntp.verdict.noNtpClockUnread', {
            ntp: ntpWords(ntp),
            detail: unreadableMessage(DATE_UTC.command, date),
          }),
          remedy,
        };
      }
      return unreadable(DATE_UTC.command, date);
    }

    const offsetMs = date.epochMs - Date.parse(env.now);
    const params = {
      device: date.iso.replace(/\.\d{3}Z$/, 'Z'),
      offset: durationOf(offsetMs),
      direction: message(offsetMs < 0 ? 'checks.time.ntp.direction.behind' : 'checks.time.ntp.direction.ahead'),
    };
    if (Math.abs(offsetMs) > CLOCK_TOLERANCE_MS) {
      if (ntp.kind === 'synced') {
        return {
          status: 'warn',
          explanation: message('checks.time.ntp.verdict.hostClockSuspect', { ...params, server: ntp.server }),
        };
      }
      return {
        status: 'fail',
        explanation: message('checks.time.ntp.verdict.clockOff', { ...params, ntp: ntpWords(ntp) }),
        supports: ['clock-not-synchronized'],
        remedy,
      };
    }
    switch (ntp.kind) {
      case 'synced':
        return {
          status: 'pass',
          explanation: message('checks.time.ntp.verdict.synced', { ...params, server: ntp.server }),
        };
      case 'not-asked':
        return { status: 'pass', explanation: message('checks.time.ntp.verdict.clockRight', params) };
      case 'unknown':
        return {
          status: 'warn',
          explanation: message('checks.time.ntp.verdict.clockRightNtpUnread', { ...params, detail: ntp.why }),
        };
      case 'not-synced':
      case 'none':
        // The clock is right today; without NTP it drifts until TLS breaks. A risk, not today's cause.
        return {
          status: 'warn',
          explanation: message('checks.time.ntp.verdict.clockRightNoNtp', { ...params, ntp: ntpWords(ntp) }),
          remedy,
        };
    }
  },
};
