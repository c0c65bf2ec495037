/**
 * The cause vocabulary of PRODUCT.md (`diagnosis.causes[].id`). The order here is the order of the
 * specification, not a ranking; ranking is done by the diagnosis from the evidence.
 */
export const CAUSE_IDS = [
  'healthy',
  'cloud-integration-not-intended',
  'license-evaluation-mode',
  'smart-licensing-not-direct',
  'cloud-services-disabled',
  'unsupported-version',
  'dns-not-configured',
  'dns-resolution-failed',
  'cloud-unreachable',
  'tls-interception',
  'connector-misconfigured',
  'connector-not-running',
  'connector-ipc-broken',
  'device-not-registered',
  'clock-not-synchronized',
  'proxy-interference',
  'error',
] as const;
export type CauseId = (typeof CAUSE_IDS)[number];

/** Related Cisco bugs named by guide 004 ("알려진 문제"). */
export const RELATED_BUGS = ['CSCvs05084', 'CSCvp56922', 'CSCvu02123', 'CSCvr46845'] as const;
export type RelatedBug = (typeof RELATED_BUGS)[number];
