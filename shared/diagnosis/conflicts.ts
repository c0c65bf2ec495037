import { message, type Message } from '../i18n/message';
import type { CheckId } from '../model/check';
import type { CheckResult } from '../model/session';

/**
 * Evidence that disagrees, said instead of guessed (issue 4): e.g. curl cannot reach the cloud
 * while the connector holds an ESTABLISHED session — the path may differ (proxy, policy by
 * process) or the failure is intermittent.
 */
export const findConflicts = (results: readonly CheckResult[]): Message[] => {
  const status = (id: CheckId) => results.find((r) => r.id === id)?.status;
  const conflicts: Message[] = [];
  if (status('cloud.https') === 'fail' && status('connector.cloud-session') === 'pass') {
    conflicts.push(message('diagnosis.conflicts.curlFailsSessionUp'));
  }
  if (status('dns.resolve') === 'fail' && status('cloud.https') === 'pass') {
    conflicts.push(message('diagnosis.conflicts.dnsFailsCurlWorks'));
  }
  if (status('cloud.https') === 'pass' && status('connector.cloud-session') === 'fail') {
    conflicts.push(message('diagnosis.conflicts.curlWorksSessionDown'));
  }
  return conflicts;
};
