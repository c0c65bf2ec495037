/** Questions main asks in the middle of an operation: trust a host key, type a secret. */
export const prompts = {
  hostKey: {
    title: 'Unknown host key',
    titleJump: 'Unknown host key of the jump host',
    intro: 'This computer has not connected to {{host}} (port {{port}}) before. The device presents this {{keyType}} host key:',
    fingerprint: 'Fingerprint',
    advice:
      'Compare it with the fingerprint the device’s administrator gives you (or the one the device console shows). Trust it only if they match: a different key can mean someone is intercepting the connection.',
    otherTypes: 'A key of another type ({{types}}) is already known for this host: the device may have been reinstalled.',
    trust: 'Trust and connect',
    reject: 'Do not connect',
  },
  secret: {
    title: {
      password: 'Password for {{username}}@{{host}}',
      passphrase: 'Passphrase of the private key',
      'sudo-password': 'Password for sudo on {{host}}',
      'jump-password': 'Password for the jump host {{host}}',
    },
    label: {
      password: 'Password',
      passphrase: 'Passphrase',
      'sudo-password': 'Password',
      'jump-password': 'Password',
    },
    hint: 'Used for this session only and not saved.',
    sudoHint: '“sudo su -” asks for it to reach root, as in the Cisco guides.',
    retry: 'The device refused the previous one. Try again.',
    submit: 'Continue',
    cancel: 'Cancel',
  },
} as const;
