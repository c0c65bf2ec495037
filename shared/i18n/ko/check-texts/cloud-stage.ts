/** 클라우드 연결 단계 점검(cloud.https, cloud.ports)의 판정과 조치. */
export const cloudHttpsTexts = {
  verdict: {
    reached: '{{region}} 지역의 모든 클라우드 호스트가 검증된 인증서로 HTTPS에 응답합니다: {{hosts}}.',
    failed: '{{region}} 지역 클라우드 호스트 {{total}}개 중 {{count}}개를 HTTPS로 사용할 수 없습니다: {{hosts}}.',
    partly: '{{region}} 지역 클라우드 호스트의 일부 응답을 이해할 수 없습니다: {{hosts}}.',
  },
  remedy: {
    allow:
      '디바이스의 관리 인터페이스에서 {{hosts}}(으)로 가는 HTTPS(TCP 443)를 허용하십시오. IP가 변경될 수 있으므로 주소가 아니라 이름(URL)으로 허용해야 합니다(가이드 000). 업스트림 장비가 이 연결을 차단하거나 수정하지 않는지 확인하십시오.',
    interception:
      '이 트래픽을 검사하는 장비에서 Cisco 클라우드 호스트({{hosts}})를 SSL/TLS 복호화 대상에서 제외하십시오. SSE 커넥터는 Cisco CA로 이어지는 인증서만 받아들입니다.',
  },
} as const;

export const cloudPortsTexts = {
  verdict: {
    summary: '참고: {{https}}; {{alt}}; {{ping}}.',
    closed:
      'API 호스트로 가는 TCP 443이 열리지 않습니다: {{https}}; {{alt}}; {{ping}}. 원인은 HTTPS 점검을 확인하십시오.',
    unreadable: '포트 시험 결과를 하나도 이해할 수 없습니다: {{https}}; {{alt}}; {{ping}}.',
  },
  port: {
    open: '{{host}}의 TCP {{port}} 연결됨',
    refused: '{{host}}의 TCP {{port}} 연결 거부',
    timeout: '{{host}}의 TCP {{port}} 응답 없음',
    unreachable: '{{host}}의 TCP {{port}}: 경로 없음',
    unknownHost: '{{host}}의 TCP {{port}}: 이름을 확인할 수 없음',
    stopped: '{{host}}의 TCP {{port}}: {{seconds}}초 안에 연결되지 않음',
    unreadable: '{{host}}의 TCP {{port}}: {{detail}}',
  },
  ping: {
    answers: '{{host}}이(가) ping에 응답함({{sent}}개 중 {{received}}개)',
    silent:
      '{{host}}이(가) ping에 응답하지 않음({{sent}}개 보냄. 많은 네트워크가 ping을 차단하므로 이것만으로는 의미가 작습니다)',
    unknownHost: 'ping: {{host}} 이름을 확인할 수 없음',
    unreachable: 'ping: {{host}}(으)로 가는 경로 없음',
    unreadable: 'ping {{host}}: {{detail}}',
  },
} as const;
