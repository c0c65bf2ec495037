/** What the diagnosis says about evidence that disagrees. */
export const diagnosis = {
  conflicts: {
    curlFailsSessionUp:
      'The evidence disagrees: curl from the device cannot reach the cloud, yet the connector holds an ESTABLISHED session to it. The connector may take another path (a proxy, a policy by process) or the failure comes and goes; repeat the test before changing anything.',
    dnsFailsCurlWorks:
      'The evidence disagrees: nslookup fails, yet curl reaches the cloud hosts. The device may resolve through a cache or another resolver than nslookup asks; check /etc/resolv.conf.',
    logOnlyHistory:
      'The connector log shows errors pointing at “{{cause}}”, but “{{check}}” passes now: the errors are likely from before a fix, or they come and go. The connector retries every few minutes; run the SSE Connector stage again in about 5 minutes to confirm they stopped.',
    curlWorksSessionDown:
      'The evidence disagrees: curl reaches the cloud, yet the connector has no established session. Look at the connector itself (its process, its settings and its log) rather than the network.',
  },
} as const;
