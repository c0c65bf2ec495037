/** DNS 단계 점검(dns.servers, network.proxy, dns.resolve)의 판정과 조치. */
export const dnsServersTexts = {
  verdict: {
    configured: '구성된 DNS 서버: {{servers}}.',
    noLine:
      '“show network”에 DNS 서버가 없습니다. DNS 서버가 구성되지 않아 디바이스가 클라우드 이름을 전혀 확인할 수 없습니다.',
    none: '“show network”의 DNS Servers 항목이 비어 있습니다. DNS 서버가 구성되지 않아 디바이스가 클라우드 이름을 전혀 확인할 수 없습니다.',
  },
  remedy:
    'CLI에서 공인 이름을 확인할 수 있는 DNS 서버를 하나 이상 구성하십시오: “configure network dns servers” 뒤에 주소를 쉼표로 구분해 입력합니다(가이드 004, 옵션 1). 잠시 후 상태 알림이 해제됩니다.',
} as const;

export const networkProxyTexts = {
  verdict: {
    disabled: 'HTTP 프록시가 구성되어 있지 않습니다(Proxy Information: State Disabled).',
    noBlock: '이 버전의 “show network”에는 Proxy Information 항목이 없어 여기서 확인할 프록시 설정이 없습니다.',
    works: 'HTTP 프록시({{proxy}})가 구성되어 있으며, 프록시를 거쳐 {{host}}이(가) 응답합니다.',
    unreachable:
      'HTTP 프록시({{proxy}})가 구성되어 있지만 프록시에 연결할 수 없습니다: {{detail}}. 모든 클라우드 연결이 프록시를 거치므로 어느 것도 동작하지 않습니다(CSCvs05084).',
    fails:
      'HTTP 프록시({{proxy}})가 구성되어 있으며, 프록시를 거친 {{host}} 연결이 실패합니다: {{detail}} (CSCvs05084).',
    certThroughProxy:
      'HTTP 프록시({{proxy}})가 구성되어 있으며, 프록시를 거치면 {{host}}의 인증서를 신뢰할 수 없습니다({{detail}}). 프록시나 그 뒤의 장비가 TLS를 검사하고 있습니다(CSCvs05084).',
    certDates:
      'HTTP 프록시({{proxy}})가 구성되어 있으며, 프록시를 거치면 {{host}}의 인증서가 유효 기간 때문에 거부됩니다({{detail}}). 프록시가 아니라 디바이스 시계를 가리키는 신호입니다.',
    probeUnreadable:
      'HTTP 프록시({{proxy}})가 구성되어 있지만, 프록시를 거친 시험 결과를 이해할 수 없습니다: {{detail}}',
    enabledNoAddress:
      'HTTP 프록시가 활성화되어 있지만 “show network”에 사용할 수 있는 주소가 없어(호스트 {{host}}, 포트 {{port}}) 시험하지 못했습니다. 활성화된 프록시는 클라우드 연결 실패의 알려진 원인입니다(CSCvs05084). HTTPS 점검 결과를 확인하십시오.',
  },
  remedy:
    '“configure network http-proxy”로 프록시 설정을 확인하십시오: 주소와 포트, 인증을 요구하는 경우(HTTP 407) 자격 증명, 그리고 Cisco 클라우드 호스트의 443 포트로 CONNECT를 허용하는지 확인합니다. 프록시가 필요 없다면 비활성화하십시오(CSCvs05084).',
} as const;

export const dnsResolveTexts = {
  verdict: {
    resolved: '모든 클라우드 이름이 확인됩니다: {{names}}.',
    failed: '클라우드 이름 {{total}}개 중 {{count}}개를 확인할 수 없습니다: {{names}}.',
    partly: '일부 응답을 이해할 수 없습니다: {{names}}.',
  },
  line: {
    resolved: '{{name}} → {{addresses}}',
    failed: '{{name}}: {{why}}',
    unreadable: '{{name}}: {{detail}}',
  },
  why: {
    nxdomain: 'DNS 서버 {{server}}이(가) 이름이 없다고 응답했습니다(NXDOMAIN)',
    servfail: 'DNS 서버 {{server}}이(가) 응답하지 못했습니다(SERVFAIL)',
    refused: 'DNS 서버 {{server}}이(가) 질의를 거부했습니다',
    noAnswer: 'DNS 서버 {{server}}에 해당 주소가 없습니다',
    timeout: '제한 시간 안에 응답한 DNS 서버가 없습니다',
    communicationsError: 'DNS 서버에 연결할 수 없습니다',
    cannotResolve: '확인할 수 없습니다',
    stopped: '{{seconds}}초 안에 응답이 없습니다',
  },
  remedy:
    '구성된 DNS 서버에 관리 인터페이스에서 연결할 수 있는지(UDP/TCP 53), 공인 이름을 확인하는지 점검하십시오. 그렇지 않으면 “configure network dns servers”로 다른 서버를 구성하십시오(가이드 004, 옵션 2).',
} as const;
