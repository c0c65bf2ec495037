/** Words used across the product: languages, stages and verdict statuses. */
export const common = {
  languages: {
    en: 'English',
    ko: '한국어',
  },
  stages: {
    connect: 'Connect',
    prerequisites: 'Prerequisites',
    dns: 'DNS',
    cloud: 'Cloud reachability',
    connector: 'SSE Connector',
    summary: 'Summary',
  },
  status: {
    pass: 'Passed',
    fail: 'Failed',
    warn: 'Warning',
    info: 'Information',
    skip: 'Skipped',
    inconclusive: 'Inconclusive',
    error: 'Error',
    pending: 'Pending',
    running: 'Running',
  },
  actions: {
    cancel: 'Cancel',
    close: 'Close',
    confirm: 'Confirm',
    retry: 'Retry',
    copy: 'Copy',
    copied: 'Copied',
    save: 'Save',
  },
} as const;
