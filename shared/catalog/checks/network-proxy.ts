import { message } from '../../i18n/message';
import { parseCurlVerbose } from '../../parsers/curl-verbose';
import { parseShowNetwork, type ProxyInfo } from '../../parsers/show-network';
import { curlThroughProxy, proxyEndpoint, SHOW_NETWORK, type ProxyEndpoint } from '../commands';
import { classifyCurl, isValidityProblem } from '../curl-outcome';
import { outputOf, textOf } from '../outputs';
import { apiHost } from '../regions';
import type { CheckDefinition, CheckEnv, CommandOutput, Verdict } from '../types';
import { excerpt, unreadable } from '../verdict-kit';

const proxyOf = (outputs: readonly CommandOutput[]): ProxyInfo | undefined => {
  const network = parseShowNetwork(textOf(outputs, SHOW_NETWORK));
  return network.kind === 'network' ? network.proxy : undefined;
};

const endpointOf = (proxy: ProxyInfo | undefined): ProxyEndpoint | undefined =>
  proxy?.state === 'enabled' ? proxyEndpoint(proxy.host, proxy.port) : undefined;

const remedy = { text: message('checks.network.proxy.remedy'), command: 'configure network http-proxy' };

/** What the probe through the proxy says (CSCvs05084 signs: `proxyconnect`, curl `(56) … 407`, refused at the proxy). */
const throughProxy = (endpoint: ProxyEndpoint, env: CheckEnv, output: CommandOutput | undefined): Verdict => {
  const host = apiHost(env.region);
  const spec = curlThroughProxy(endpoint, host);
  const proxy = `${endpoint.host}:${endpoint.port}`;
  const outcome = parseCurlVerbose(output?.output ?? '');
  const seen = classifyCurl(host, spec.command, outcome);
  switch (seen.kind) {
    case 'answered':
      return { status: 'pass', explanation: message('checks.network.proxy.verdict.works', { proxy, host }) };
    case 'unreadable':
      if (
        outcome.kind === 'unrecognized' &&
        (outcome.code === 'command-not-found' || outcome.code === 'permission-denied')
      ) {
        return unreadable(spec.command, outcome);
      }
      return {
        status: 'inconclusive',
        explanation: message('checks.network.proxy.verdict.probeUnreadable', { proxy, detail: seen.line }),
      };
    case 'certificate':
      if (isValidityProblem(seen.outcome.reason)) {
        // Dates, not the signer: the clock check names the cause; the proxy is not shown to be at fault.
        return {
          status: 'fail',
          explanation: message('checks.network.proxy.verdict.certDates', {
            proxy,
            host,
            detail: excerpt(seen.outcome.detail),
          }),
          supports: ['clock-not-synchronized'],
        };
      }
      return {
        status: 'fail',
        explanation: message('checks.network.proxy.verdict.certThroughProxy', {
          proxy,
          host,
          detail: excerpt(seen.outcome.detail),
        }),
        supports: ['proxy-interference'],
        remedy,
      };
    case 'failed': {
      // curl's own words: with -x, "connection timed out" or "refused" is about the proxy, not the cloud host.
      const failure = outcome.kind === 'unrecognized' || outcome.kind === 'http-answer' ? undefined : outcome;
      const detail = excerpt(failure?.message ?? '');
      const reachedProxy = failure?.connectedTo !== undefined;
      return {
        status: 'fail',
        explanation: message(
          reachedProxy ? 'checks.network.proxy.verdict.fails' : 'checks.network.proxy.verdict.unreachable',
          { proxy, host, detail },
        ),
        supports: ['proxy-interference'],
        remedy,
      };
    }
  }
};

/**
 * The `Proxy Information` block of `show network` (CSCvs05084: an FTD behind an HTTP proxy fails the cloud
 * configuration). Disabled passes. Enabled: the region's API host is probed through the proxy with curl `-x`,
 * and the cloud answering through it passes (PRODUCT.md); a proxy that wants credentials (`(56) … 407`), refuses
 * the tunnel or cannot be reached is `proxy-interference`. The proxy address comes from the device's output and
 * is used only when it is a plain address or host name and a port (commands.ts `proxyEndpoint`).
 * The probe runs as root like the other curl probes, hence the dependency on device.privilege.
 */
export const networkProxy: CheckDefinition = {
  id: 'network.proxy',
  kind: 'probe',
  stage: 'dns',
  deviceTypes: ['ftd', 'fmc'],
  privilege: 'root',
  dependsOn: ['device.privilege'],
  commands: () => [SHOW_NETWORK],
  followUp: (first, env) => {
    const endpoint = endpointOf(proxyOf(first));
    return endpoint ? [curlThroughProxy(endpoint, apiHost(env.region))] : [];
  },
  evaluate: (outputs, env) => {
    const network = parseShowNetwork(textOf(outputs, SHOW_NETWORK));
    if (network.kind === 'unrecognized') return unreadable(SHOW_NETWORK.command, network);
    const proxy = network.proxy;
    if (!proxy) return { status: 'info', explanation: message('checks.network.proxy.verdict.noBlock') };
    if (proxy.state === 'disabled')
      return { status: 'pass', explanation: message('checks.network.proxy.verdict.disabled') };
    const endpoint = endpointOf(proxy);
    if (!endpoint) {
      return {
        status: 'warn',
        explanation: message('checks.network.proxy.verdict.enabledNoAddress', {
          host: proxy.host ?? '?',
          port: proxy.port ?? '?',
        }),
        remedy,
      };
    }
    return throughProxy(endpoint, env, outputOf(outputs, curlThroughProxy(endpoint, apiHost(env.region))));
  },
};
