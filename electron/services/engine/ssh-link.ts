import { parseLoginBanner } from '../../../shared/parsers/login-banner';
import { connectDevice } from '../ssh/device-session';
import type { DeviceConnectOptions, DeviceSession } from '../ssh/types';
import type { DeviceLink, DeviceRunner } from './device-link';

/** What the login screen told us: the banner names the product and version on FTDs (device-facts §1.1). */
const bannerFacts = (banner: string) => {
  const facts = parseLoginBanner(banner);
  return facts.kind === 'version' ? { model: facts.product, version: facts.version } : {};
};

/** The session the admin would have seen, for the `ssh.connect` evidence: banner, how we logged in. */
const loginEvidence = (session: DeviceSession, durationMs: number) => {
  const { info } = session;
  const port = info.port === 22 ? '' : ` -p ${info.port}`;
  const details = [
    `# host key ${info.hostKey.keyType} ${info.hostKey.fingerprint} (verified)`,
    `# authenticated with ${info.authMethod}; kex ${info.algorithms.kex}, cipher ${info.algorithms.cipher}` +
      (info.algorithms.legacy ? ' (legacy SHA-1 algorithms were needed)' : ''),
  ];
  return { command: `ssh ${info.username}@${info.host}${port}`, output: `${details.join('\n')}\n${info.banner}`, exitCode: null, durationMs };
};

/** Shell channels a diagnosis opens on its one connection (the pool's default is 4). */
export const DIAGNOSIS_CHANNELS = 6;

/** Reaching root is shown as the admin would type it: `expert`, then `sudo su -` (guide 000). */
const ELEVATION_COMMAND = 'id -un';

/**
 * The engine's DeviceLink over the SSH layer: each connect opens a new DeviceSession (the engine
 * reconnects once after a drop by calling it again). CLISH syntax errors stay in the output, so
 * the parsers see them and the check is `inconclusive`, never a pass.
 */
export const sshLink = (options: DeviceConnectOptions): DeviceLink => ({
  connect: async () => {
    const started = Date.now();
    // Six shells: a diagnosis sends ~20 independent root commands, several of which wait on the
    // network (telnet, curl); OpenSSH allows ten sessions per connection by default.
    const session = await connectDevice({ maxChannels: DIAGNOSIS_CHANNELS, ...options });
    const runner: DeviceRunner = {
      run: async (spec) => {
        const result = await session.run({
          privilege: spec.privilege,
          command: spec.command,
          timeoutMs: spec.timeoutMs,
          ...(spec.maxBytes ? { maxBytes: spec.maxBytes } : {}),
          ...(spec.onChunk ? { onChunk: spec.onChunk } : {}),
        });
        const output =
          result.syntaxError && !result.output.includes(result.syntaxError)
            ? `${result.output}${result.output && !result.output.endsWith('\n') ? '\n' : ''}${result.syntaxError}\n`
            : result.output;
        return { output, exitCode: result.exitCode, durationMs: result.durationMs, truncatedBytes: result.truncatedBytes };
      },
      elevate: async () => {
        const result = await session.run({ privilege: 'root', command: ELEVATION_COMMAND, timeoutMs: 30_000 });
        const viaExpert = session.info.landing === 'clish';
        return {
          evidence: {
            command: `${viaExpert ? 'expert\n' : ''}sudo su -\n${ELEVATION_COMMAND}`,
            output: result.output,
            exitCode: result.exitCode,
            durationMs: result.durationMs,
          },
          viaExpert,
        };
      },
      close: () => session.close(),
    };
    return {
      runner,
      evidence: loginEvidence(session, Date.now() - started),
      facts: bannerFacts(session.info.banner),
      login: { user: session.info.username, fingerprint: session.info.hostKey.fingerprint },
    };
  },
});
