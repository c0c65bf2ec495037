import { message } from '../../i18n/message';
import { parseSfVersion } from '../../parsers/sf-version';
import { parseShowVersion, type VersionFacts } from '../../parsers/show-version';
import { isVersionAtLeast, SSE_CONNECTOR_MIN_VERSION } from '../../parsers/version-compare';
import { outputOf, textOf } from '../outputs';
import type { CheckDefinition, CommandSpec, Verdict } from '../types';
import { unreadable } from '../verdict-kit';

const SHOW_VERSION: CommandSpec = { privilege: 'clish', command: 'show version', timeoutMs: 15_000 };
/** device-facts §1.4: "Fallback for FMC when CLISH is off: `cat /etc/sf/sf-version`". */
const SF_VERSION: CommandSpec = { privilege: 'expert', command: 'cat /etc/sf/sf-version', timeoutMs: 10_000 };

const TYPE_NAMES = { ftd: 'FTD', fmc: 'FMC' } as const;

const decide = (facts: VersionFacts, deviceType: keyof typeof TYPE_NAMES): Verdict => {
  const params = { product: facts.product, version: facts.version, build: facts.build ?? '?' };
  const deviceFacts = {
    model: facts.product,
    version: facts.version,
    ...(facts.build !== undefined ? { build: String(facts.build) } : {}),
    ...(facts.hostname ? { hostname: facts.hostname } : {}),
  };
  if (!isVersionAtLeast(facts.version)) {
    return {
      status: 'fail',
      explanation: message('checks.device.version.verdict.tooOld', { ...params, minimum: SSE_CONNECTOR_MIN_VERSION }),
      supports: ['unsupported-version'],
      remedy: { text: message('checks.device.version.remedy.upgrade', { minimum: SSE_CONNECTOR_MIN_VERSION }) },
      deviceFacts,
    };
  }
  if (facts.family !== 'sensor' && facts.family !== deviceType) {
    // The commands differ per type (show managers, show ntp): a wrong profile type makes later checks wrong.
    return {
      status: 'warn',
      explanation: message('checks.device.version.verdict.otherType', {
        ...params,
        expected: TYPE_NAMES[deviceType],
        actual: TYPE_NAMES[facts.family],
      }),
      deviceFacts,
    };
  }
  return { status: 'pass', explanation: message('checks.device.version.verdict.supported', params), deviceFacts };
};

/**
 * CLISH `show version`: FTD/FMC 6.4.0 or later, because the SSE Connector exists from 6.4.0 (guide 000,
 * "소프트웨어 버전 6.4.0 이상"). Reports the model, version, build and hostname as device facts. When an FMC's
 * CLISH output is not understood (an unexpected layout), or its CLISH cannot be reached at all (an FMC that
 * lands in bash with its CLI off: the engine still runs this follow-up), `/etc/sf/sf-version` is read instead.
 */
export const deviceVersion: CheckDefinition = {
  id: 'device.version',
  kind: 'probe',
  stage: 'connect',
  deviceTypes: ['ftd', 'fmc'],
  privilege: 'clish',
  dependsOn: ['ssh.connect'],
  commands: () => [SHOW_VERSION],
  followUp: (first, env) =>
    env.deviceType === 'fmc' && parseShowVersion(textOf(first, SHOW_VERSION)).kind === 'unrecognized'
      ? [SF_VERSION]
      : [],
  evaluate: (outputs, env) => {
    const clish = parseShowVersion(textOf(outputs, SHOW_VERSION));
    if (clish.kind === 'version') return decide(clish, env.deviceType);
    const fallback = outputOf(outputs, SF_VERSION);
    if (fallback) {
      const file = parseSfVersion(fallback.output);
      if (file.kind === 'version') return decide(file, env.deviceType);
      // CLISH could not even be reached (the engine hands the evaluator its error): the file was the only source.
      if (outputOf(outputs, SHOW_VERSION)?.error) return unreadable(SF_VERSION.command, file);
    }
    return unreadable(SHOW_VERSION.command, clish);
  },
};
