/** 연결 단계 점검(device.version, device.managers, time.ntp)의 판정과 조치. */
export const deviceVersionTexts = {
  verdict: {
    supported:
      '{{product}} 버전 {{version}}(빌드 {{build}}): SSE 커넥터는 6.4.0부터 있으므로 클라우드 통합을 지원합니다.',
    tooOld:
      '{{product}}의 버전은 {{version}}(빌드 {{build}})입니다. Cisco 클라우드와 통신하는 SSE 커넥터는 {{minimum}}부터만 있습니다.',
    otherType:
      '이 디바이스는 {{actual}}({{product}} {{version}})인데 프로필에는 {{expected}}(으)로 되어 있습니다. FTD와 FMC는 점검 방법이 일부 다르므로 프로필의 디바이스 유형을 바꾸십시오.',
  },
  remedy: {
    upgrade:
      '디바이스를 {{minimum}} 이상(Cisco 가이드가 다루는 버전)으로 업그레이드한 뒤 클라우드 통합을 활성화하십시오.',
  },
} as const;

export const deviceManagersTexts = {
  verdict: {
    completed: '관리 센터 {{hosts}}에 등록되어 있습니다(Registration : Completed).',
    pending:
      '{{hosts}}에 대한 등록이 Pending 상태입니다. FTD는 FMC에서 SSE 등록 토큰을 받으므로, 등록이 끝날 때까지 클라우드에 등록할 수 없습니다.',
    none: '관리 센터가 구성되어 있지 않습니다(“{{text}}”). FTD는 FMC에서 SSE 등록 토큰을 받으므로 클라우드에 등록할 수 없습니다.',
    local:
      '이 FTD는 FDM으로 로컬 관리됩니다. 클라우드 등록은 FMC가 아니라 FDM(Device > System Settings > Cloud Services)에서 합니다.',
    unknownState: '{{hosts}}에 대한 등록 상태가 “{{text}}”(으)로 표시되며, 이 도구가 모르는 상태입니다.',
  },
  remedy: {
    pending:
      'FMC의 Devices > Device Management에서 이 FTD의 등록을 마치거나 다시 하십시오. 두 장비 사이에 TCP 8305(sftunnel)가 열려 있는지 확인한 뒤 “show managers”를 다시 실행하십시오.',
    register:
      'FTD를 FMC에 등록하십시오: FTD에서 “configure manager add <FMC 주소> <등록 키>”를 실행한 뒤 FMC에서 디바이스를 추가합니다(Devices > Device Management > Add).',
  },
} as const;

export const timeNtpTexts = {
  verdict: {
    synced:
      'NTP 서버 {{server}}을(를) 사용 중이며, 디바이스 시계({{device}})와 이 컴퓨터의 시계 차이는 {{offset}}입니다.',
    clockRight: '디바이스 시계({{device}})와 이 컴퓨터의 시계 차이는 {{offset}}입니다.',
    clockOff:
      '디바이스 시계({{device}})가 이 컴퓨터의 시계보다 {{offset}} {{direction}}. {{ntp}} 시계가 이만큼 틀리면 클라우드 인증서가 만료되었거나 아직 유효하지 않은 것으로 보여 TLS 연결이 실패합니다.',
    hostClockSuspect:
      '디바이스 시계({{device}})가 이 컴퓨터의 시계보다 {{offset}} {{direction}}. 그런데 디바이스는 NTP 서버 {{server}}와(과) 동기화되어 있으므로 이 컴퓨터의 시계가 틀렸을 수 있습니다. 디바이스를 바꾸기 전에 이 컴퓨터의 시계를 확인하십시오.',
    clockRightNoNtp:
      '지금은 디바이스 시계({{device}})와 이 컴퓨터의 시계 차이가 {{offset}}뿐입니다. {{ntp}} NTP가 없으면 시계가 점점 틀어져 결국 클라우드와의 TLS 연결이 실패합니다.',
    clockRightNtpUnread: '디바이스 시계({{device}})와 이 컴퓨터의 시계 차이는 {{offset}}입니다. {{detail}}',
    syncedClockUnread: 'NTP 서버 {{server}}을(를) 사용 중입니다. {{detail}}',
    noNtpClockUnread: '{{ntp}} {{detail}}',
  },
  sync: {
    synced: 'NTP 서버 {{server}}을(를) 사용 중입니다.',
    notSynced: '사용 중인(Being Used) NTP 서버가 없습니다: {{servers}}.',
    none: 'NTP 서버가 구성되어 있지 않습니다.',
    notAsked: 'FMC의 CLI는 NTP 상태를 보여 주지 않습니다.',
  },
  direction: {
    behind: '느립니다',
    ahead: '빠릅니다',
  },
  remedy: {
    ftd: 'FMC에서 이 FTD의 NTP를 설정하십시오: Devices > Platform Settings > Time Synchronization(Firepower 4100/9300은 섀시 관리자 FCM에서 시간을 받습니다). NTP 서버에 연결할 수 있는지 확인한 뒤 배포하십시오.',
    fmc: 'FMC에서 NTP를 설정하십시오: System > Configuration > Time Synchronization에서 연결 가능한 NTP 서버를 지정합니다.',
  },
} as const;
