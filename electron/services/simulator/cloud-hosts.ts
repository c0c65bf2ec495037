import { apiHost, REGION_DISCOVERY_ENDPOINT, REGION_HOSTS } from '../../../shared/catalog/regions';
import type { Region } from '../../../shared/model/device';

/**
 * The region host lists are the catalog's own (shared/catalog/regions.ts), so the simulated device
 * and the checks can never disagree about which hosts a region has.
 */
export { apiHost, REGION_DISCOVERY_ENDPOINT, REGION_HOSTS };

/**
 * The Cisco cloud as the simulated device sees it: the hosts of each SSE region (guide 000, "미국 지역 /
 * EU 지역 / APJ 지역"), the AMP/Threat Grid names guide 004 checks with nslookup, their addresses and
 * reverse names (seed 000/004 show `api-sse.cisco.com.akadns.net`, 52.6.187.110, 18.234.20.16 and
 * `ec2-35-172-147-246.compute-1.amazonaws.com`). Other addresses are plausible stand-ins.
 */
export interface CloudHostRecord {
  readonly name: string;
  /** CNAME target nslookup prints (`canonical name = …`), when the name is an alias. */
  readonly cname?: string;
  readonly addresses: readonly string[];
  /** PTR names lsof/netstat/ping print for the addresses; absent when there is none. */
  readonly reverse?: (ip: string) => string;
}

const aws = (zone: string) => (ip: string) => `ec2-${ip.replace(/\./g, '-')}.${zone}.amazonaws.com`;
const us = aws('compute-1');
const eu = aws('eu-central-1.compute');
const apj = aws('ap-northeast-1.compute');

const RECORDS: readonly CloudHostRecord[] = [
  // US (seed 004's nslookup answer and seed 000's connectWebSocket addresses).
  {
    name: 'api-sse.cisco.com',
    cname: 'api-sse.cisco.com.akadns.net',
    addresses: ['52.6.187.110', '18.234.20.16'],
    reverse: us,
  },
  { name: 'est.sco.cisco.com', addresses: ['173.37.145.84'] },
  { name: 'mx01.sse.itd.cisco.com', addresses: ['54.208.12.33'], reverse: us },
  { name: 'dex.sse.itd.cisco.com', addresses: ['52.20.155.198'], reverse: us },
  {
    name: 'eventing-ingest.sse.itd.cisco.com',
    addresses: ['35.172.147.246', '100.25.93.234', '18.205.49.246'],
    reverse: us,
  },
  // EU
  { name: 'api.eu.sse.itd.cisco.com', addresses: ['3.120.45.21', '18.196.80.11'], reverse: eu },
  { name: 'mx01.eu.sse.itd.cisco.com', addresses: ['3.121.178.80'], reverse: eu },
  { name: 'dex.eu.sse.itd.cisco.com', addresses: ['52.28.199.5'], reverse: eu },
  { name: 'eventing-ingest.eu.sse.itd.cisco.com', addresses: ['18.157.23.102', '3.64.12.77'], reverse: eu },
  // APJ
  { name: 'api.apj.sse.itd.cisco.com', addresses: ['13.114.52.9', '54.65.133.14'], reverse: apj },
  { name: 'mx01.apj.sse.itd.cisco.com', addresses: ['52.192.88.4'], reverse: apj },
  { name: 'dex.apj.sse.itd.cisco.com', addresses: ['3.112.200.17'], reverse: apj },
  { name: 'eventing-ingest.apj.sse.itd.cisco.com', addresses: ['13.230.19.76', '52.68.41.9'], reverse: apj },
  // AMP / Threat Grid names of guide 004 ("서버 호스트 이름에 nslookup 적용").
  { name: 'cloud-sa.amp.cisco.com', addresses: ['52.21.117.50'], reverse: us },
  { name: 'cloud-sa.amp.sourcefire.com', cname: 'cloud-sa.amp.cisco.com', addresses: ['52.21.117.50'], reverse: us },
  { name: 'api.amp.sourcefire.com', addresses: ['34.230.198.10'], reverse: us },
  { name: 'panacea.threatgrid.com', addresses: ['162.222.191.10'] },
];

const BY_NAME = new Map(RECORDS.map((r) => [r.name, r]));
const BY_ADDRESS = new Map(RECORDS.flatMap((r) => r.addresses.map((a) => [a, r] as const)));

/** Names guide 004 resolves besides the SSE hosts. */
export const AMP_HOSTS: readonly string[] = [
  'cloud-sa.amp.cisco.com',
  'cloud-sa.amp.sourcefire.com',
  'api.amp.sourcefire.com',
  'panacea.threatgrid.com',
];

/** Every cloud name the simulator knows, for scenarios that change them all at once. */
export const ALL_CLOUD_HOSTS: readonly string[] = RECORDS.map((r) => r.name);

export const eventingHost = (region: Region): string => REGION_HOSTS[region][4] ?? 'eventing-ingest.sse.itd.cisco.com';

export const cloudHost = (name: string): CloudHostRecord | undefined => BY_NAME.get(name.toLowerCase());
export const cloudHostByAddress = (ip: string): CloudHostRecord | undefined => BY_ADDRESS.get(ip);

/** The PTR name of an address, or the address itself (what lsof/netstat print without -n). */
export const reverseName = (ip: string): string => {
  const record = BY_ADDRESS.get(ip);
  return record?.reverse ? record.reverse(ip) : ip;
};

/** The region whose API host `fqdn` is, if any (for `connector_fqdn` checks). */
export const regionOfApiHost = (fqdn: string): Region | undefined =>
  (Object.keys(REGION_HOSTS) as Region[]).find((region) => apiHost(region) === fqdn.toLowerCase());
