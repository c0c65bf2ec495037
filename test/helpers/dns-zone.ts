/**
 * A tiny DNS answerer over a fixed zone, for the local cloud of the real-sshd end-to-end test: enough of
 * RFC 1035 for BIND's `nslookup` and glibc's resolver (A, AAAA, CNAME chains, NXDOMAIN; PTR and any other type
 * get an empty NOERROR answer so reverse lookups fail fast). Pure functions on Buffers; the UDP socket is in
 * local-cloud-server.ts.
 */

/** One name of the zone: addresses, or an alias of another name. */
export interface ZoneRecord {
  readonly a?: readonly string[];
  readonly aaaa?: readonly string[];
  readonly cname?: string;
}

export type Zone = Readonly<Record<string, ZoneRecord>>;

const TYPE = { A: 1, CNAME: 5, AAAA: 28 } as const;
const NXDOMAIN = 3;
const TTL_S = 60;

const readName = (buf: Buffer, offset: number): { readonly name: string; readonly end: number } => {
  const labels: string[] = [];
  let at = offset;
  while (at < buf.length && buf[at] !== 0) {
    const length = buf[at] ?? 0;
    if (length > 63) throw new Error('compressed or invalid name in a query');
    labels.push(buf.subarray(at + 1, at + 1 + length).toString('ascii'));
    at += length + 1;
  }
  if (at >= buf.length) throw new Error('truncated query');
  return { name: labels.join('.'), end: at + 1 };
};

const encodeName = (name: string): Buffer =>
  Buffer.concat([
    ...name.split('.').map((label) => Buffer.concat([Buffer.from([label.length]), Buffer.from(label, 'ascii')])),
    Buffer.from([0]),
  ]);

const resourceRecord = (name: string, type: number, data: Buffer): Buffer => {
  const fixed = Buffer.alloc(10);
  fixed.writeUInt16BE(type, 0);
  fixed.writeUInt16BE(1, 2); // class IN
  fixed.writeUInt32BE(TTL_S, 4);
  fixed.writeUInt16BE(data.length, 8);
  return Buffer.concat([encodeName(name), fixed, data]);
};

const ipv4Bytes = (address: string): Buffer => Buffer.from(address.split('.').map(Number));

const ipv6Bytes = (address: string): Buffer => {
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return Buffer.from(groups.flatMap((g) => [parseInt(g, 16) >> 8, parseInt(g, 16) & 0xff]));
};

/** The response to one query packet; throws on a packet that is not a plain query. */
export const answerQuery = (query: Buffer, zone: Zone): Buffer => {
  if (query.length < 17) throw new Error('short packet');
  const { name, end } = readName(query, 12);
  const qtype = query.readUInt16BE(end);
  const answers: Buffer[] = [];
  let rcode = 0;
  let current = name.toLowerCase();
  let record = zone[current];
  if (record === undefined && !current.endsWith('.arpa')) rcode = NXDOMAIN;
  for (let hops = 0; record?.cname !== undefined && hops < 8; hops += 1) {
    answers.push(resourceRecord(current, TYPE.CNAME, encodeName(record.cname)));
    current = record.cname;
    record = zone[current];
  }
  if (qtype === TYPE.A)
    for (const address of record?.a ?? []) answers.push(resourceRecord(current, TYPE.A, ipv4Bytes(address)));
  if (qtype === TYPE.AAAA)
    for (const address of record?.aaaa ?? []) answers.push(resourceRecord(current, TYPE.AAAA, ipv6Bytes(address)));
  const header = Buffer.alloc(12);
  header.writeUInt16BE(query.readUInt16BE(0), 0);
  // QR, the client's RD bit, RA (a recursive resolver, as a device's DNS server is), the rcode.
  header.writeUInt16BE(0x8080 | (query.readUInt16BE(2) & 0x0100) | rcode, 2);
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(answers.length, 6);
  return Buffer.concat([header, query.subarray(12, end + 4), ...answers]);
};
