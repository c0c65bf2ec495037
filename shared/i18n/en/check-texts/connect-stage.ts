/** Verdicts and remedies of the Connect stage's probes (device.version, device.managers, time.ntp). */
export const deviceVersionTexts = {
  verdict: {
    supported:
      '{{product}} version {{version}} (build {{build}}): the SSE Connector exists from 6.4.0, so cloud integration is supported.',
    tooOld:
      '{{product}} runs version {{version}} (build {{build}}). The SSE Connector that talks to the Cisco cloud exists only from {{minimum}} on.',
    otherType:
      'This device is {{actual}} ({{product}} {{version}}), but the profile says {{expected}}. Change the device type in the profile: some checks differ between FTD and FMC.',
  },
  remedy: {
    upgrade:
      'Upgrade the device to {{minimum}} or later (the versions the Cisco guides cover), then enable cloud integration.',
  },
} as const;

export const deviceManagersTexts = {
  verdict: {
    completed: 'Registered with its management center {{hosts}} (Registration : Completed).',
    pending:
      'Registration with {{hosts}} is Pending. The FTD gets its SSE registration token from its FMC, so it cannot enrol in the cloud until registration completes.',
    none: 'No management center is configured (“{{text}}”). The FTD gets its SSE registration token from its FMC, so it cannot enrol in the cloud.',
    local:
      'The FTD is managed locally by FDM. It enrols in the cloud through FDM (Device > System Settings > Cloud Services), not through an FMC.',
    unknownState: 'Registration with {{hosts}} says “{{text}}”, a state this tool does not know.',
  },
  remedy: {
    pending:
      'On the FMC, open Devices > Device Management and finish (or redo) the registration of this FTD; check that TCP 8305 (sftunnel) is open between the two. Then run “show managers” again.',
    register:
      'Register the FTD with its FMC: run “configure manager add <FMC address> <registration key>” on the FTD, then add the device on the FMC (Devices > Device Management > Add).',
  },
} as const;

export const timeNtpTexts = {
  verdict: {
    synced:
      'NTP server {{server}} is being used, and the device clock ({{device}}) differs from this computer’s by {{offset}}.',
    clockRight: 'The device clock ({{device}}) differs from this computer’s by {{offset}}.',
    clockOff:
      'The device clock ({{device}}) is {{offset}} {{direction}} this computer’s. {{ntp}} With a clock this far off, the cloud’s certificates look expired or not yet valid and TLS fails.',
    hostClockSuspect:
      'The device clock ({{device}}) is {{offset}} {{direction}} this computer’s, yet it is synchronised with NTP server {{server}}. This computer’s clock may be the wrong one: check it before changing the device.',
    clockRightNoNtp:
      'For now the device clock ({{device}}) differs from this computer’s by only {{offset}}. {{ntp}} Without NTP it drifts until TLS to the cloud fails.',
    clockRightNtpUnread: 'The device clock ({{device}}) differs from this computer’s by {{offset}}. {{detail}}',
    syncedClockUnread: 'NTP server {{server}} is being used. {{detail}}',
    noNtpClockUnread: '{{ntp}} {{detail}}',
  },
  sync: {
    synced: 'NTP server {{server}} is being used.',
    notSynced: 'No NTP server is being used: {{servers}}.',
    none: 'No NTP server is configured.',
    notAsked: 'The FMC’s CLI does not show its NTP state.',
  },
  direction: {
    behind: 'behind',
    ahead: 'ahead of',
  },
  remedy: {
    ftd: 'Set up NTP for the FTD in its FMC: Devices > Platform Settings > Time Synchronization (Firepower 4100/9300 take the time from the chassis manager, FCM). Make sure the NTP server is reachable, then deploy.',
    fmc: 'Set up NTP on the FMC: System > Configuration > Time Synchronization, with a reachable NTP server.',
  },
} as const;
