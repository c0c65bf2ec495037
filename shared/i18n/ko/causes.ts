import type { Dictionary } from '../dictionary';

/** 원인 목록: 짧은 제목과 관리자에게 의미하는 바. */
export const causes = {
  healthy: {
    title: '정상',
    summary: '모든 자동 점검을 통과했습니다. 디바이스가 Cisco 클라우드에 연결되고 SSE 커넥터도 연결되어 있습니다.',
  },
  'cloud-integration-not-intended': {
    title: '클라우드 통합을 사용하지 않음',
    summary:
      '이 환경은 Cisco 클라우드를 사용하지 않으므로 "Cisco Cloud Configuration - Failure" 알림은 예상된 동작입니다. 상태 정책에서 알림을 끄십시오.',
  },
  'license-evaluation-mode': {
    title: 'Smart License 평가 모드',
    summary:
      'FMC가 평가 모드로 동작 중이며, 이 모드에서는 클라우드 통합이 동작하지 않습니다. FMC를 Smart Account에 등록하십시오.',
  },
  'smart-licensing-not-direct': {
    title: 'Smart Licensing 직접 연결 아님',
    summary:
      'FMC가 Cisco Smart Software Manager에 직접 연결하지 않고 Smart Software Satellite(Air-Gapped)를 사용합니다. 이 방식에서는 클라우드 통합이 지원되지 않습니다.',
  },
  'cloud-services-disabled': {
    title: 'Cisco Cloud Event Configuration 꺼짐',
    summary: 'FMC의 Cloud Services가 이벤트를 클라우드로 보내지 않습니다. Cisco Cloud Event Configuration을 켜십시오.',
  },
  'unsupported-version': {
    title: '지원되지 않는 소프트웨어 버전',
    summary: 'SSE 커넥터는 버전 6.4.0부터 있습니다. 클라우드 통합을 사용하려면 디바이스를 업그레이드하십시오.',
  },
  'dns-not-configured': {
    title: 'DNS 서버 미구성',
    summary:
      '디바이스에 DNS 서버가 없어 클라우드 이름을 확인할 수 없습니다. 관리 인터페이스에 DNS 서버를 구성하십시오.',
  },
  'dns-resolution-failed': {
    title: '클라우드 이름 확인 실패',
    summary: '구성된 DNS 서버가 Cisco 클라우드 이름을 확인하지 못합니다. DNS 서버 설정과 DNS 서버 연결을 확인하십시오.',
  },
  'cloud-unreachable': {
    title: '클라우드 호스트 연결 불가',
    summary:
      'Cisco 클라우드로의 TCP 443 연결이 응답을 받지 못하거나 거부됩니다. 관리 인터페이스 경로에서 해당 지역의 클라우드 호스트를 URL(이름) 기준으로 허용하십시오.',
  },
  'tls-interception': {
    title: '경로상의 TLS 가로채기',
    summary:
      '경로상의 장비가 클라우드 인증서를 바꿔치기합니다(인증서 검사를 생략해야만 연결됨). Cisco 클라우드 호스트를 TLS/SSL 복호화 대상에서 제외하십시오.',
  },
  'connector-misconfigured': {
    title: '커넥터 설정 오류',
    summary: 'connector.properties가 이 지역의 올바른 클라우드 호스트나 포트를 가리키지 않습니다.',
  },
  'connector-not-running': {
    title: 'SSE 커넥터 미실행',
    summary: 'SSEConnector 프로세스가 실행되고 있지 않습니다. pmtool로 활성화하십시오.',
  },
  'connector-ipc-broken': {
    title: '커넥터와 EventHandler 연결 끊김',
    summary:
      'SSE 커넥터가 EventHandler와 연결되어 있지 않습니다(6.4 업그레이드 후 발생). pmtool로 SSEConnector를 다시 시작하고, 그래도 안 되면 디바이스를 재시작하십시오.',
  },
  'device-not-registered': {
    title: 'FTD가 FMC에 등록되지 않음',
    summary: 'FTD는 FMC에서 SSE 등록 토큰을 받습니다. 등록이 완료될 때까지 클라우드에 등록할 수 없습니다.',
  },
  'clock-not-synchronized': {
    title: '시계 동기화 안 됨',
    summary: '디바이스 시계가 NTP와 동기화되지 않아 클라우드 인증서가 만료되었거나 아직 유효하지 않은 것으로 보입니다.',
  },
  'proxy-interference': {
    title: 'HTTP 프록시가 클라우드 연결을 방해함',
    summary: 'HTTP 프록시가 켜져 있고 프록시를 통한 클라우드 연결이 실패합니다(CSCvs05084).',
  },
  error: {
    title: '진단을 완료할 수 없음',
    summary: '세션을 끝까지 진행하지 못했습니다. 보고서에 실행된 내용과 중단된 이유가 있습니다.',
  },
} as const satisfies Dictionary['causes'];
