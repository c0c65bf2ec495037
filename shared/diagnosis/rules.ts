import type { CauseId, RelatedBug } from '../model/cause';
import type { CheckId } from '../model/check';

/**
 * The order a TAC engineer works in: what stops the session, then what makes the alert expected,
 * then what the FMC's licensing and settings rule out, then the network from the bottom up (no
 * DNS before names that fail before hosts that do not answer), then the connector itself.
 * Lower comes first.
 */
export const CAUSE_RANK: Readonly<Record<Exclude<CauseId, 'healthy'>, number>> = {
  error: 0,
  'cloud-integration-not-intended': 1,
  'unsupported-version': 2,
  'license-evaluation-mode': 3,
  'smart-licensing-not-direct': 4,
  'cloud-services-disabled': 5,
  'dns-not-configured': 6,
  'clock-not-synchronized': 7,
  'dns-resolution-failed': 8,
  'proxy-interference': 9,
  'cloud-unreachable': 10,
  'tls-interception': 11,
  'device-not-registered': 12,
  'connector-misconfigured': 13,
  'connector-not-running': 14,
  'connector-ipc-broken': 15,
};

/**
 * "A explains B": when A is present, B is a consequence, not a second problem — it is ranked
 * after A with less confidence. From PRODUCT.md's ranking paragraph.
 */
export const EXPLAINS: Readonly<Partial<Record<CauseId, readonly CauseId[]>>> = {
  'unsupported-version': [
    'connector-misconfigured',
    'connector-not-running',
    'connector-ipc-broken',
    'device-not-registered',
    'cloud-unreachable',
  ],
  'dns-not-configured': ['dns-resolution-failed', 'cloud-unreachable', 'tls-interception'],
  'dns-resolution-failed': ['cloud-unreachable'],
  'proxy-interference': ['cloud-unreachable', 'tls-interception', 'dns-resolution-failed'],
  'connector-not-running': ['connector-ipc-broken'],
  'device-not-registered': ['connector-misconfigured'],
};

/**
 * "Named only when…": a certificate failure is TLS interception only when the clock is right
 * (a clock far off makes every certificate look expired or not yet valid).
 */
export const SUPPRESSED_BY: Readonly<Partial<Record<CauseId, readonly CauseId[]>>> = {
  'tls-interception': ['clock-not-synchronized'],
};

/**
 * The live check that tests a cause directly. connector.log is history (the last hour): when it
 * alone supports a cause whose live check passes now, the errors predate a fix (made in this
 * session or before it) or come and go — said as such, not named as today's cause.
 */
export const LIVE_CHECK: Readonly<Partial<Record<CauseId, CheckId>>> = {
  'dns-resolution-failed': 'dns.resolve',
  'cloud-unreachable': 'cloud.https',
  'tls-interception': 'cloud.https',
  'proxy-interference': 'cloud.https',
  'clock-not-synchronized': 'time.ntp',
  'connector-ipc-broken': 'connector.ipc',
};

/** Cisco bugs named by guide 004, and the causes they bear on. */
export const BUGS_FOR: Readonly<Record<RelatedBug, readonly CauseId[]>> = {
  CSCvs05084: ['proxy-interference'],
  CSCvp56922: ['device-not-registered', 'connector-misconfigured'],
  CSCvu02123: ['cloud-unreachable', 'tls-interception'],
  CSCvr46845: [
    'cloud-unreachable',
    'dns-not-configured',
    'dns-resolution-failed',
    'tls-interception',
    'proxy-interference',
    'cloud-integration-not-intended',
  ],
};
