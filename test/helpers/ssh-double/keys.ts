import ssh2 from 'ssh2';

const { utils } = ssh2;

/**
 * ssh2's generateKeyPairSync('ed25519') makes a key its own parseKey rejects about 1 time in 256
 * (it strips a leading zero byte of the public key: mscdex/ssh2 #1390, #1513). Generate until
 * both halves parse, so tests are not flaky.
 */
export const generateKeyPair = (
  type: 'ed25519' | 'rsa' | 'ecdsa',
  options: { readonly passphrase?: string } = {},
): { readonly private: string; readonly public: string } => {
  const encryption = options.passphrase ? { passphrase: options.passphrase, cipher: 'aes256-ctr', rounds: 16 } : {};
  const size = type === 'rsa' ? { bits: 2048 } : type === 'ecdsa' ? { bits: 256 } : {};
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const pair = utils.generateKeyPairSync(type as 'rsa', { ...size, ...encryption } as never);
    const pub = utils.parseKey(pair.public);
    const priv = utils.parseKey(pair.private, options.passphrase);
    if (!(pub instanceof Error) && !(priv instanceof Error)) return pair;
  }
  throw new Error(`could not generate a parseable ${type} key`);
};
