/**
 * Realistic FTD output for session fixtures. Each constant names where its shape comes from
 * (seeds/000 and 004 are the Cisco guides, device-facts.md cites the public transcripts).
 * Addresses are from documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24) except
 * where the guides print Cisco's own public addresses.
 */

/** FTDv 7.4.1 login banner, `Cisco Firepower Threat Defense for VMware v7.4.1 (build 172)` (device-facts 1.1). */
export const BANNER_FTD_741 = `Copyright 2004-2024, Cisco and/or its affiliates. All rights reserved.
Cisco is a registered trademark of Cisco Systems, Inc.
All other trademarks are property of their respective owners.

Cisco Firepower Extensible Operating System (FX-OS) v2.14.1 (build 131)
Cisco Firepower Threat Defense for VMware v7.4.1 (build 172)

> `;

/** FP2110 6.6 banner shape (device-facts 1.1, unicon fp2k mock). */
export const BANNER_FTD_661 = `Copyright 2004-2020, Cisco and/or its affiliates. All rights reserved.
Cisco is a registered trademark of Cisco Systems, Inc.
All other trademarks are property of their respective owners.

Cisco Firepower Extensible Operating System (FX-OS) v2.8.1 (build 152)
Cisco Firepower 2110 Threat Defense v6.6.1 (build 91)

> `;

/** A Korean legal-notice login banner, as Korean enterprises configure them (MOTD before the FTD banner). */
export const BANNER_KOREAN = `**************************************************************
*  경고: 이 시스템은 인가된 사용자만 사용할 수 있습니다.
*  무단 접속 시 관련 법령에 따라 처벌받을 수 있으며,
*  모든 접속 기록은 보안 정책에 따라 저장됩니다.
**************************************************************
${BANNER_FTD_741}`;

/** `show version` (device-facts 1.4; 7.x adds LSP version). */
export const showVersion = (host: string, model: string, version: string, build: string): string =>
  `---------------------[ ${host} ]---------------------
Model                     : ${model} Version ${version} (Build ${build})
UUID                      : 9d4b06f4-f4d2-11e9-8c86-eb98e807d9d8
LSP version               : lsp-rel-20240306-2015
VDB version               : 387
----------------------------------------------------`;

/** `show managers` (device-facts 1.4). */
export const showManagers = (registration: 'Completed' | 'Pending'): string =>
  `Type                      : Manager
Host                      : 192.0.2.40
Display name              : 192.0.2.40
Identifier                : 192.0.2.40
Registration              : ${registration}`;

/** `show ntp` (device-facts 1.4, Cisco doc 215468). */
export const SHOW_NTP = `NTP Server : 203.0.113.126
Status : Being Used
Offset : 0.013 (milliseconds)
Last Update : 36 (seconds)`;

/** `date` in a Korean locale (LANG=ko_KR.UTF-8), as the clock check's second look. */
export const DATE_KOREAN = '2026. 03. 14. (토) 09:21:05 UTC';

/** `expert` then `sudo su -` (device-facts 1.2: expert prints nothing; the lecture only on first use). */
export const expertTranscript = (host: string): string => `> expert
admin@${host}:~$ sudo su -
Password: 
root@${host}:~# `;

/** sudo refusing the password three times (device-facts 1.2, unicon sudo_incorrect_password_pattern). */
export const sudoRefused = (host: string): string => `> expert
admin@${host}:~$ sudo su -
Password: 
Sorry, try again.
Password: 
Sorry, try again.
Password: 
sudo: 3 incorrect password attempts
admin@${host}:~$ `;

/** `show network` on FP1010 7.4.2 (device-facts 1.3); without DNS the `DNS Servers` line is simply absent. */
export const showNetwork = (options: {
  readonly dns: boolean;
  readonly proxy: boolean;
  readonly host: string;
}): string =>
  `===============[ System Information ]===============
Hostname                  : ${options.host}
${options.dns ? 'DNS Servers               : 198.51.100.53\n                            198.51.100.54\n                            2001:db8:53::53\n' : ''}DNS from router           : enabled
Management port           : 8305
IPv4 Default route
  Gateway                 : 192.0.2.1

==================[ management0 ]===================
Admin State               : enabled
State                     : Enabled
Link                      : Up
Speed/Duplex              : 1gbps/full
MTU                       : 1500
MAC Address               : 00:50:56:A1:B2:C3
----------------------[ IPv4 ]----------------------
Configuration             : Manual
Address                   : 192.0.2.10
Netmask                   : 255.255.255.0
Gateway                   : 192.0.2.1
===============[ Proxy Information ]================
State                     : ${options.proxy ? 'Enabled' : 'Disabled'}
Authentication            : ${options.proxy ? 'Enabled' : 'Disabled'}`;

/** `nslookup api-sse.cisco.com` that works (seed 004, "root@fp:/home/admin# nslookup api-sse.cisco.com"). */
export const nslookupOk = (name: string, address: string): string => `Server:		198.51.100.53
Address:	198.51.100.53#53

Non-authoritative answer:
${name}	canonical name = ${name}.akadns.net.
Name:	${name}.akadns.net
Address: ${address}`;

/** nslookup with no DNS server configured (glibc falls back to 127.0.0.1, nothing answers). */
export const NSLOOKUP_NO_SERVERS = ';; connection timed out; no servers could be reached\n';

/** `curl -v --cacert /ngfw/etc/ssl/connectorCA.pem https://api-sse.cisco.com` that works (seeds 000/004). */
export const curlOk = (host: string, address: string): string => `* Rebuilt URL to: https://${host}/
*   Trying ${address}...
* TCP_NODELAY set
* Connected to ${host} (${address}) port 443 (#0)
* ALPN, offering http/1.1
* Cipher selection: ALL:!EXPORT:!EXPORT40:!EXPORT56:!aNULL:!LOW:!RC4:@STRENGTH
* successfully set certificate verify locations:
*   CAfile: /ngfw/etc/ssl/connectorCA.pem
  CApath: none
* TLSv1.2 (OUT), TLS handshake, Client hello (1):
* TLSv1.2 (IN), TLS handshake, Server hello (2):
* TLSv1.2 (IN), TLS handshake, Certificate (11):
* TLSv1.2 (IN), TLS handshake, Server key exchange (12):
* TLSv1.2 (IN), TLS handshake, Server finished (14):
* TLSv1.2 (OUT), TLS handshake, Client key exchange (16):
* TLSv1.2 (OUT), TLS change cipher, Client hello (1):
* TLSv1.2 (OUT), TLS handshake, Finished (20):
* TLSv1.2 (IN), TLS change cipher, Client hello (1):
* TLSv1.2 (IN), TLS handshake, Finished (20):
* SSL connection using TLSv1.2 / ECDHE-RSA-AES128-GCM-SHA256
* ALPN, server accepted to use http/1.1
* Server certificate:
*  subject: C=US; ST=California; L=San Jose; O=Cisco Systems, Inc.; CN=${host}
*  start date: 2025-12-03 20:57:56 GMT
*  expire date: 2026-12-03 21:07:00 GMT
*  issuer: C=US; O=HydrantID (Avalanche Cloud Corporation); CN=HydrantID SSL ICA G2
*  SSL certificate verify ok.
> GET / HTTP/1.1
> Host: ${host}
> User-Agent: curl/7.44.0
> Accept: */*
>
< HTTP/1.1 403 Forbidden
< Date: Sat, 14 Mar 2026 09:21:06 GMT
< Content-Type: text/plain; charset=utf-8
< Content-Length: 9
< Connection: keep-alive
<
* Connection #0 to host ${host} left intact
Forbidden`;

/** Old FTD curl 7.44 when the name does not resolve (seed 004, "Couldn't resolve host"). */
export const curlCouldNotResolve = (host: string): string => `* Rebuilt URL to: https://${host}/
* getaddrinfo(3) failed for ${host}:443
* Couldn't resolve host '${host}'
* Closing connection 0
curl: (6) Couldn't resolve host '${host}'`;

/** `cat /ngfw/etc/sf/connector.properties` (seed 004). */
export const CONNECTOR_PROPERTIES = `registration_interval=180
connector_port=8989
region_discovery_endpoint=https://api-sse.cisco.com/providers/sse/api/v1/regions
connector_fqdn=api-sse.cisco.com`;

/** `pmtool status | grep -i SSEConnector` (device-facts 2, pmtool line shape). */
export const PMTOOL_RUNNING = 'SSEConnector (normal) - Running 13277';

/** `netstat -anlp | grep EventHandler_SSEConnector.sock`, good and broken (seed 000). */
export const NETSTAT_CONNECTED = `unix  2      [ ACC ]     STREAM     LISTENING     382276   7741/EventHandler    /ngfw/var/sf/run/EventHandler_SSEConnector.sock
unix  3      [ ]         STREAM     CONNECTED     378537   7741/EventHandler    /ngfw/var/sf/run/EventHandler_SSEConnector.sock`;
export const NETSTAT_LISTENING_ONLY =
  'unix  2      [ ACC ]     STREAM     LISTENING     3022791165 11204/EventHandler  /ngfw/var/sf/run/EventHandler_SSEConnector.sock';

/** `lsof -i | grep conn`, ESTABLISHED and SYN_SENT (seed 000). */
export const LSOF_ESTABLISHED = `connector 13277 www   10u  IPv4  26077573      0t0  TCP localhost:8989 (LISTEN)
connector 13277 www   19u  IPv4  26077679      0t0  TCP 192.0.2.10:56495->ec2-35-172-147-246.compute-1.amazonaws.com:https (ESTABLISHED)`;
export const LSOF_SYN_SENT = `connector 60815 www   10u  IPv4 3022789647      0t0  TCP localhost:8989 (LISTEN)
connector 60815 www   12u  IPv4  110237499      0t0  TCP 192.0.2.10:53426->ec2-100-25-93-234.compute-1.amazonaws.com:https (SYN_SENT)`;

/**
 * `curl localhost:8989/v1/contexts/default`. No public sample exists (device-facts 2), so this
 * shape is invented for the fixtures only; the parser must treat unknown JSON as inconclusive.
 */
export const CONTEXT_REGISTERED = '{"id":"default","status":"registered","tenant":"a1b2c3d4","region":"us"}';
export const CONTEXT_UNKNOWN = '<html><body>404 page not found</body></html>';

/** connector.log lines in the logrus shape of seed 000 (events.go:90 connectWebSocket). */
const logTime = (base: number, i: number): string => new Date(base + i * 4_000).toISOString().replace('Z', '-00:00');
export const connectorLogHealthy = (lines: number, base = Date.parse('2026-03-14T08:00:00Z')): string =>
  Array.from(
    { length: lines },
    (_, i) =>
      `time="${logTime(base, i)}" level=info msg="[ftd01][events.go:112 events:sendEvents] sent ${(i % 7) + 1} events to https://eventing-ingest.sse.itd.cisco.com"`,
  ).join('\n');

/** Thousands of error lines: connectWebSocket timeouts, DNS failures and the ZeroMQ PUSH error (seed 000). */
export const connectorLogFailing = (lines: number, base = Date.parse('2026-03-14T05:00:00Z')): string =>
  Array.from({ length: lines }, (_, i) => {
    const time = logTime(base, i);
    if (i % 50 === 49) {
      return `time="${time}" level=error msg="[ftd01][service.go:76 (*Service).Start] Could not connect to ZeroMQ PUSH endpoint: dial ipc:///ngfw/var/sf/run/EventHandler_SSEConnector.sock: connect: no such file or directory"`;
    }
    if (i % 3 === 0) {
      return `time="${time}" level=error msg="[ftd01][events.go:90 events:connectWebSocket] dial tcp: lookup api-sse.cisco.com on 127.0.0.1:53: server misbehaving"`;
    }
    return `time="${time}" level=error msg="[ftd01][events.go:90 events:connectWebSocket] dial tcp 18.205.49.246:443: getsockopt: connection timed out"`;
  }).join('\n');

/** `configure network dns servers …` as FTD prints it (device-facts 1.3, Cisco's setup script). */
export const DNS_CONFIGURED = 'Setting DNS servers: 198.51.100.53 198.51.100.54';

/** pmtool restart of the connector that failed (the connector did not come back). */
export const PMTOOL_RESTART_FAILED = `root@ftd01:~# pmtool disablebyid SSEConnector
root@ftd01:~# pmtool enablebyid SSEConnector
root@ftd01:~# pmtool status | grep -i SSEConnector
SSEConnector (normal) - Waiting`;
