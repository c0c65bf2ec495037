import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A throw-away certificate chain made with the `openssl` command (EC P-256 keys, so it takes a few tens of
 * milliseconds): a root CA that stands in for the connector's CA bundle (/ngfw/etc/ssl/connectorCA.pem,
 * guide 000), an intermediate, and a server certificate for the given host names signed by the intermediate.
 * The server sends the leaf and the intermediate, as Cisco's hosts send theirs with the HydrantID ICA (seeds).
 */
export interface CloudPki {
  /** The root alone: the file curl gets as `--cacert`. */
  readonly caFile: string;
  /** Leaf then intermediate, what the TLS server presents. */
  readonly certChainFile: string;
  readonly keyFile: string;
  readonly rootSubject: string;
}

const openssl = (dir: string, args: readonly string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });

const EC = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

export const makeCloudPki = (dir: string, hosts: readonly string[]): CloudPki => {
  const rootSubject = '/C=US/O=Firepower Cloud Doctor Tests/CN=FCD Test Root CA';
  openssl(dir, [
    'req',
    '-x509',
    ...EC,
    '-keyout',
    'root.key',
    '-out',
    'root.pem',
    '-days',
    '7',
    '-subj',
    rootSubject,
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);

  writeFileSync(
    join(dir, 'ica.ext'),
    'basicConstraints=critical,CA:TRUE,pathlen:0\nkeyUsage=critical,keyCertSign,cRLSign\n',
  );
  openssl(dir, [
    'req',
    ...EC,
    '-keyout',
    'ica.key',
    '-out',
    'ica.csr',
    '-subj',
    '/C=US/O=Firepower Cloud Doctor Tests/CN=FCD Test Issuing CA',
  ]);
  openssl(dir, [
    'x509',
    '-req',
    '-in',
    'ica.csr',
    '-CA',
    'root.pem',
    '-CAkey',
    'root.key',
    '-CAcreateserial',
    '-days',
    '7',
    '-extfile',
    'ica.ext',
    '-out',
    'ica.pem',
  ]);

  writeFileSync(
    join(dir, 'leaf.ext'),
    `basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\nsubjectAltName=${hosts.map((h) => `DNS:${h}`).join(',')}\n`,
  );
  openssl(dir, [
    'req',
    ...EC,
    '-keyout',
    'leaf.key',
    '-out',
    'leaf.csr',
    '-subj',
    `/C=US/O=Cisco Systems, Inc./CN=${hosts[0] ?? 'localhost'}`,
  ]);
  openssl(dir, [
    'x509',
    '-req',
    '-in',
    'leaf.csr',
    '-CA',
    'ica.pem',
    '-CAkey',
    'ica.key',
    '-CAcreateserial',
    '-days',
    '7',
    '-extfile',
    'leaf.ext',
    '-out',
    'leaf.pem',
  ]);

  const certChainFile = join(dir, 'chain.pem');
  writeFileSync(
    certChainFile,
    Buffer.concat([readFileSync(join(dir, 'leaf.pem')), readFileSync(join(dir, 'ica.pem'))]),
  );
  return { caFile: join(dir, 'root.pem'), certChainFile, keyFile: join(dir, 'leaf.key'), rootSubject };
};
