/** The app frame, navigation and settings. */
export const app = {
  name: 'Firepower Cloud Doctor',
  tagline: 'Why can’t my Firepower device reach the Cisco cloud?',
  nav: {
    label: 'Main',
    profiles: 'Devices',
    session: 'Troubleshoot',
    report: 'Report',
    settings: 'Settings',
  },
  screens: {
    profiles: {
      title: 'Devices',
      intro: 'Pick a saved device, or try the built-in simulated device without a firewall.',
    },
    session: {
      title: 'Troubleshooting session',
      intro: 'Connect to a device and walk through every check of the Cisco guides, one stage at a time.',
      empty: 'No session yet. Start one from a device.',
    },
    report: {
      title: 'Report',
      intro: 'Export a finished session as a PDF for your manager or a Cisco TAC case.',
      empty: 'Finish or cancel a session to see its report here.',
    },
    settings: {
      title: 'Settings',
      language: 'Language',
      languageHint: 'Applies at once; a running session keeps going.',
      theme: 'Appearance',
      themeHint: 'Follows your operating system’s light or dark setting.',
      version: 'Version {{version}}',
    },
  },
  errors: {
    bridgeMissing: 'The app cannot reach its background service. Restart the app.',
    generic: 'Something went wrong: {{message}}',
  },
} as const;
