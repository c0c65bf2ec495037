import type { TestedDevice } from '../../../shared/model/connection-test';
import { parseLoginBanner } from '../../../shared/parsers/login-banner';
import { parseSfVersion } from '../../../shared/parsers/sf-version';
import { parseShowVersion, type VersionResult } from '../../../shared/parsers/show-version';
import { isSshError } from '../ssh/ssh-error';
import type { DeviceSession } from '../ssh/types';

const tested = (facts: VersionResult): TestedDevice =>
  facts.kind === 'version'
    ? {
        kind: 'version',
        source: facts.source,
        family: facts.family,
        branding: facts.branding,
        model: facts.product,
        version: facts.version,
        ...(facts.build !== undefined ? { build: facts.build } : {}),
        ...(facts.hostname ? { hostname: facts.hostname } : {}),
      }
    : { kind: 'unrecognized', code: facts.code, reason: facts.reason };

/**
 * What the device is, read the way the Cisco guides would: CLISH `show version` (device-facts
 * §1.4); on an FMC without CLISH (it lands in bash, §1.5), or whose CLISH did not answer with a
 * version, `cat /etc/sf/sf-version` in expert (gbn nasl); the login banner last (§1.1). An answer
 * none of them understands is `unrecognized`, never a version.
 */
export const readDeviceVersion = async (session: DeviceSession, timeoutMs: number): Promise<TestedDevice> => {
  let first: VersionResult | undefined;
  if (session.info.landing === 'clish') {
    try {
      const result = await session.run({ privilege: 'clish', command: 'show version', timeoutMs });
      // CLISH's `Syntax error: …` line makes the parser say `cli-error` rather than guess.
      first = parseShowVersion(result.syntaxError ? `${result.output}\n${result.syntaxError}` : result.output);
      if (first.kind === 'version') return tested(first);
    } catch (error) {
      if (!isSshError(error, 'clish-unavailable')) throw error;
    }
  }
  if (session.info.deviceType === 'fmc' || session.info.landing !== 'clish') {
    try {
      const result = await session.run({ privilege: 'expert', command: 'cat /etc/sf/sf-version', timeoutMs });
      const facts = parseSfVersion(result.output);
      if (facts.kind === 'version') return tested(facts);
      first ??= facts;
    } catch (error) {
      if (!isSshError(error, 'expert-unavailable')) throw error;
    }
  }
  const banner = parseLoginBanner(session.info.banner);
  return tested(banner.kind === 'version' ? banner : (first ?? banner));
};
