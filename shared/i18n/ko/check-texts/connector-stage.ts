/** SSE 커넥터 단계 점검의 판정과 조치. */
export const connectorPropertiesTexts = {
  verdict: {
    ok: 'connector.properties가 {{fqdn}}({{region}} 지역 API 호스트), 포트 {{port}}, 등록 간격 {{interval}}초로 설정되어 있습니다.',
    wrong: 'connector.properties 설정이 잘못되었습니다: {{problems}}.',
    missing: '{{path}} 파일이 없습니다. SSE 커넥터에 설정이 없습니다.',
  },
  problem: {
    otherRegion:
      'connector_fqdn이 {{other}} 지역의 API 호스트인 {{fqdn}}인데, 이 디바이스는 {{region}} 지역({{expected}})으로 설정되어 있습니다',
    wrongFqdn: 'connector_fqdn이 {{fqdn}}이며, {{region}} 지역의 API 호스트 {{expected}}가 아닙니다',
    noFqdn: 'connector_fqdn이 없습니다({{expected}}이어야 합니다)',
    wrongPort: 'connector_port가 {{expected}}가 아니라 {{port}}입니다',
    noPort: 'connector_port가 없습니다({{expected}}이어야 합니다)',
    noInterval: 'registration_interval이 설정되어 있지 않습니다',
    badInterval: 'registration_interval이 초 단위 숫자가 아닌 “{{value}}”입니다',
  },
  remedy: {
    region:
      'SecureX / SSE 계정이 다른 지역에 있다면 이 프로필의 지역을 바꾸십시오. 그렇지 않다면 FMC에서 클라우드 지역을 설정하고(System > Integration > Cloud Services / SecureX: Current Region, {{region}} = {{expected}}) 배포하십시오. connector.properties는 FMC가 작성합니다. Cisco TAC의 요청이 없다면 파일을 직접 수정하지 마십시오.',
    missing:
      'FMC에서 클라우드 서비스를 켜고(System > Integration > Cloud Services) 배포하여 SSE 커넥터가 설정을 받도록 하십시오. 그래도 파일이 없다면 Cisco TAC에 문의하십시오.',
  },
} as const;

export const connectorProcessTexts = {
  verdict: {
    running: 'SSEConnector가 실행 중(PID {{pid}})이며 localhost:{{port}}에서 수신 대기합니다.',
    notRunning:
      'pmtool에서 SSEConnector 상태가 “{{state}}”입니다. Cisco 클라우드와 통신하는 프로세스가 실행되고 있지 않습니다.',
    absent: 'pmtool 목록에 SSEConnector가 없습니다. Cisco 클라우드와 통신하는 프로세스가 없습니다.',
    unknownState: 'pmtool에서 SSEConnector 상태가 “{{state}}”(으)로 표시되며, 이 도구가 모르는 상태입니다.',
    otherPort:
      'SSEConnector가 실행 중(PID {{pid}})이지만 {{expected}}가 아닌 localhost:{{ports}}에서 수신 대기합니다. 설정이 잘못되었습니다(connector.properties 점검 참고).',
    notListening:
      'SSEConnector가 실행 중(PID {{pid}})이지만 localhost:{{expected}}에서 수신 대기하는 것이 없습니다. 커넥터가 제대로 시작되지 않았습니다.',
  },
  remedy: {
    enable:
      '루트 권한으로 SSE 커넥터를 활성화하십시오: “pmtool enablebyid SSEConnector”(가이드 000). 그런 다음 다시 점검하십시오.',
    restart:
      '루트 권한으로 SSE 커넥터를 다시 시작하십시오: “pmtool disablebyid SSEConnector” 다음 “pmtool enablebyid SSEConnector”. 그래도 수신 대기하지 않으면 디바이스를 재시작하십시오(가이드 000).',
  },
} as const;

export const connectorIpcTexts = {
  verdict: {
    connected:
      'SSE 커넥터가 EventHandler와 연결되어 있습니다(EventHandler_SSEConnector.sock에 CONNECTED 스트림 {{count}}개).',
    listeningOnly:
      'EventHandler가 EventHandler_SSEConnector.sock에서 LISTENING 상태이지만 CONNECTED 스트림이 없습니다. SSE 커넥터가 EventHandler와 연결되지 않아 이벤트가 클라우드로 전달되지 않습니다(가이드 000이 설명하는 6.4 업그레이드 후 문제).',
    noSocket:
      'EventHandler_SSEConnector.sock을 사용하는 소켓이 없습니다(LISTENING도 없음). SSE 커넥터와 EventHandler가 연결되어 있지 않습니다.',
  },
  remedy:
    '루트 권한으로 SSE 커넥터 서비스를 다시 시작하십시오: “pmtool disablebyid SSEConnector” 다음 “pmtool enablebyid SSEConnector”. 그래도 연결되지 않으면 디바이스를 재시작하십시오. 다시 시작하면 디바이스가 클라우드와 통신합니다(가이드 000).',
} as const;

export const connectorCloudSessionTexts = {
  verdict: {
    established: '커넥터가 클라우드와 ESTABLISHED 세션을 유지하고 있습니다: {{remote}}.',
    synSent:
      '커넥터가 {{remote}}에 대해 SYN_SENT 상태에 머물러 있습니다. 연결 시도에 응답이 없어 이벤트가 클라우드로 전송되지 않습니다(가이드 000).',
    otherState: '커넥터에 클라우드와 설정된(ESTABLISHED) 세션이 없고, 다음만 있습니다: {{sessions}}.',
    none: '커넥터에 클라우드와의 세션이 전혀 없어 이벤트가 전송되지 않습니다. 커넥터는 등록되고 DNS, TLS, 프록시 점검이 통과해야 세션을 엽니다. 위의 점검에서 무엇이 막고 있는지 확인하십시오.',
  },
  remedy: {
    allow:
      '관리 인터페이스에서 지역의 클라우드 호스트로 가는 HTTPS(TCP 443)를 이름으로 허용하십시오(IP가 변경될 수 있음, 가이드 000). 업스트림 방화벽이 커넥터의 연결을 차단하지 않는지 확인하십시오.',
  },
} as const;

export const connectorContextTexts = {
  verdict: {
    registered: '커넥터의 기본 컨텍스트에 따르면 디바이스가 SSE에 등록되어 있습니다({{field}} = {{value}}).',
    notRegistered:
      '커넥터의 기본 컨텍스트에 따르면 디바이스가 SSE에 등록되어 있지 않습니다({{field}} = {{value}}). FTD는 FMC가 주는 토큰으로 등록하므로 등록 상태와 설정 점검을 확인하십시오.',
    noAnswer: '포트 {{port}}의 커넥터 로컬 API가 응답하지 않았습니다: {{detail}}.',
  },
} as const;

export const connectorLogTexts = {
  verdict: {
    quiet: '최근 {{window}} 동안 connector.log에 오류가 없습니다(최근 항목 {{count}}개, 마지막 {{last}}).',
    stale:
      '최근 {{window}} 동안 connector.log에 기록이 없습니다. 마지막 기록({{last}})은 {{age}} 전입니다. 커넥터가 로그를 쓰지 않고 있습니다. 실행 중인지 확인하십시오.',
    errors: '최근 {{window}} 동안 connector.log에 오류가 {{count}}개 있습니다: {{signs}}.',
    persistent: 'connector.log에 오류가 계속 기록되고 있습니다(최근 {{window}} 동안 {{count}}개): {{signs}}.',
    missing: '{{path}} 파일이 없습니다. SSE 커넥터가 로그를 쓴 적이 없습니다.',
  },
  sign: {
    websocketTimeout: '클라우드로의 connectWebSocket 시간 초과 {{count}}회(마지막 {{time}}: “{{text}}”)',
    ipcSocketMissing:
      'EventHandler 연결 실패 {{count}}회(ZeroMQ PUSH, EventHandler_SSEConnector.sock; 마지막 {{time}}: “{{text}}”)',
    x509UnknownAuthority: '알 수 없는 기관이 서명한 인증서 {{count}}회(마지막 {{time}}: “{{text}}”)',
    x509Validity: '만료되었거나 아직 유효하지 않은 인증서 {{count}}회(마지막 {{time}}: “{{text}}”)',
    x509Other: '기타 인증서 오류 {{count}}회(마지막 {{time}}: “{{text}}”)',
    dns: '이름 확인 실패 {{count}}회(마지막 {{time}}: “{{text}}”)',
    proxy: 'HTTP 프록시 실패 {{count}}회(마지막 {{time}}: “{{text}}”)',
    refused: '연결 거부 {{count}}회(마지막 {{time}}: “{{text}}”)',
    reset: '연결 끊김(reset) {{count}}회(마지막 {{time}}: “{{text}}”)',
    ioTimeout: '시간 초과 {{count}}회(마지막 {{time}}: “{{text}}”)',
    other: '기타 오류 {{count}}회(마지막 {{time}}: “{{text}}”)',
  },
} as const;
