/**
 * The SSH layer's words: connection, host-key and privilege errors. Parameters never carry a
 * secret; `detail` is the device's own words (e.g. CLISH's `Syntax error: …`), never ours.
 */
export const ssh = {
  errors: {
    unreachable: {
      refused: '{{host}} port {{port}} refused the connection. Check the address, the port and that SSH is enabled on the device.',
      timeout: 'No answer from {{host}} port {{port}}. Check the address, routing and any firewall between you and the device.',
      dns: 'The name {{host}} could not be resolved. Check the host name or use the IP address.',
      noRoute: 'There is no route to {{host}}. Check the address and your network.',
      jump: 'The jump host could not open a connection to {{host}} port {{port}}.',
      other: 'Could not connect to {{host}} port {{port}}.',
    },
    authFailed: 'The device {{host}} refused the login for user {{user}}. Check the user name and the credential.',
    authFailedAgent: 'The SSH agent could not be used (no agent running, or it holds no key the device accepts) to log in to {{host}} as {{user}}.',
    hostKeyUnknown:
      'The host key of {{host}} port {{port}} is not known yet ({{keyType}} {{fingerprint}}). Confirm the fingerprint with the device administrator, then accept it.',
    hostKeyChanged:
      'The host key of {{host}} port {{port}} has changed ({{keyType}} {{fingerprint}}); the known key is on line {{line}} of {{file}}. This can mean someone is intercepting the connection, so the connection was refused. If the device was really reinstalled, remove that line and connect again.',
    hostKeyRevoked:
      'The host key of {{host}} port {{port}} ({{keyType}} {{fingerprint}}) is marked as revoked on line {{line}} of {{file}}. The connection was refused.',
    timeout: {
      ready: 'The SSH login to {{host}} did not finish within {{seconds}} s.',
      command: 'The command did not finish within {{seconds}} s and was interrupted.',
      modeChange: 'The device did not reach the expected prompt within {{seconds}} s.',
    },
    disconnected: {
      peer: 'The SSH connection was closed by the device or the network.',
      keepalive: 'The device stopped answering (keepalive timeout); the connection was closed.',
      closed: 'The SSH session was closed before the command finished.',
    },
    expertUnavailable:
      'Expert mode is not available on this device ({{detail}}). Only CLI users with Config level can use expert, and after "system lockdown" it is removed for good.',
    sudoFailed: {
      wrongPassword: 'sudo refused the password; root access was not granted. Check the sudo password.',
      passwordRequired: 'sudo asked for a password but none was given; root access was not granted.',
      notAllowed: 'This user may not become root with sudo ({{detail}}).',
      noRootPrompt: 'sudo did not lead to a root prompt ({{detail}}).',
    },
    outputTooLarge: 'The command printed more than {{maxBytes}} bytes; its output was cut off.',
    protocol: {
      noAlgorithms:
        'The device and this tool share no SSH algorithm ({{detail}}), even with the older SHA-1 algorithms allowed.',
      unexpected: 'The SSH conversation with the device failed ({{detail}}).',
    },
    keyUnusable: {
      passphraseRequired: 'The private key is protected by a passphrase; give the passphrase.',
      passphraseWrong: 'The passphrase does not open the private key.',
      unreadable: 'The private key file could not be read.',
      unsupported: 'The private key is not in a format this tool can read (OpenSSH or PEM).',
    },
    clishUnavailable: 'The device did not return to the CLISH ">" prompt ({{detail}}).',
  },
  hostKey: {
    question: 'The authenticity of {{host}} port {{port}} cannot be established yet. Its {{keyType}} key fingerprint is {{fingerprint}}. Trust this key and remember it?',
  },
} as const;
