/** What the engine itself says about a check it skipped or could not run. */
export const engine = {
  skipped: {
    dependency: 'Skipped: it needs “{{check}}”, which did not pass.',
    deviceType: 'Not applicable to this device type ({{type}}).',
    unanswered: 'Not answered. Answer it in the app, or pass the answers with --answers FILE.',
    cancelled: 'Not run: the session was cancelled.',
    notReached: 'Not run: the session stopped before this check — {{reason}}',
    cloudNotIntended: 'Not needed: cloud integration is not wanted on this deployment.',
  },
  error: {
    timeout: 'The command “{{command}}” did not finish within {{seconds}} s.',
    disconnected: 'The SSH session dropped while this check ran: {{detail}}',
    failed: 'The check could not run: {{detail}}',
    tooLarge: 'The device printed more than {{kb}} KB for “{{command}}”; the rest was not read.',
  },
  connect: {
    ok: 'Logged in to {{host}} as {{user}}; the host key {{fingerprint}} was verified.',
    failed: 'Could not log in to {{host}}: {{detail}}',
    retried: 'The SSH session dropped; reconnected once and continued.',
    retryFailed: 'The SSH session dropped and reconnecting failed: {{detail}}',
    lostAgain: 'The SSH session dropped again after reconnecting once; the session stopped. Retry when the device is reachable.',
  },
  privilege: {
    ok: 'Reached root with “expert” and “sudo su -”.',
    okFromBash: 'Reached root with “sudo su -”; the login landed in bash already (expert mode), so “expert” was not needed.',
    failed: 'Could not reach root: {{detail}}',
  },
} as const;
