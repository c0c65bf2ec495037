import type { Region } from '../model/device';

/**
 * The hosts each region's device must reach, from guide 000 ("IP가 변경될 수 있으므로 다음 URL을
 * 허용해야 합니다"). The first is the region's API host (connector_fqdn); est.sco.cisco.com is
 * shared by all regions; mx* is currently only mx01.
 */
export const REGION_HOSTS: Readonly<Record<Region, readonly [string, ...string[]]>> = {
  us: [
    'api-sse.cisco.com',
    'est.sco.cisco.com',
    'mx01.sse.itd.cisco.com',
    'dex.sse.itd.cisco.com',
    'eventing-ingest.sse.itd.cisco.com',
  ],
  eu: [
    'api.eu.sse.itd.cisco.com',
    'est.sco.cisco.com',
    'mx01.eu.sse.itd.cisco.com',
    'dex.eu.sse.itd.cisco.com',
    'eventing-ingest.eu.sse.itd.cisco.com',
  ],
  apj: [
    'api.apj.sse.itd.cisco.com',
    'est.sco.cisco.com',
    'mx01.apj.sse.itd.cisco.com',
    'dex.apj.sse.itd.cisco.com',
    'eventing-ingest.apj.sse.itd.cisco.com',
  ],
};

export const apiHost = (region: Region): string => REGION_HOSTS[region][0];

/** Other Cisco cloud names guide 004 resolves with nslookup ("서버 호스트 이름에 nslookup 적용"). */
export const EXTRA_DNS_NAMES = ['cloud-sa.amp.cisco.com', 'api.amp.sourcefire.com', 'panacea.threatgrid.com'] as const;

/** The region discovery endpoint of connector.properties (guide 004). */
export const REGION_DISCOVERY_ENDPOINT = 'https://api-sse.cisco.com/providers/sse/api/v1/regions';

/** Every name the product ever puts in a command: the allow-list commands are built from. */
export const ALL_CLOUD_HOSTS: readonly string[] = [
  ...new Set([...Object.values(REGION_HOSTS).flat(), ...EXTRA_DNS_NAMES]),
];
