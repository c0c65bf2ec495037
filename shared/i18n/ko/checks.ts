import type { Dictionary } from '../dictionary';
import { cloudHttpsTexts, cloudPortsTexts } from './check-texts/cloud-stage';
import { deviceManagersTexts, deviceVersionTexts, timeNtpTexts } from './check-texts/connect-stage';
import {
  connectorCloudSessionTexts,
  connectorContextTexts,
  connectorIpcTexts,
  connectorLogTexts,
  connectorProcessTexts,
  connectorPropertiesTexts,
} from './check-texts/connector-stage';
import { dnsResolveTexts, dnsServersTexts, networkProxyTexts } from './check-texts/dns-stage';

/** 점검 항목별 제목과 "무엇을, 왜 확인하는가" 설명. */
export const checks = {
  ssh: {
    connect: {
      title: 'SSH 로그인',
      about:
        '호스트 키를 확인한 뒤 SSH 클라이언트와 같은 방식으로 디바이스에 로그인합니다. 다른 모든 점검은 이 세션에서 실행됩니다.',
    },
  },
  device: {
    version: {
      title: '소프트웨어 버전',
      about:
        '"show version"으로 모델과 소프트웨어 버전을 확인합니다. Cisco 클라우드와 통신하는 SSE 커넥터는 버전 6.4.0부터 있습니다.',
      ...deviceVersionTexts,
    },
    managers: {
      title: 'FMC 등록 상태',
      about:
        '"show managers"를 확인합니다. FTD는 FMC에서 SSE 등록 토큰을 받으므로, FMC에 등록되지 않은 FTD는 클라우드에 등록할 수 없습니다.',
      ...deviceManagersTexts,
    },
    privilege: {
      title: 'Expert 모드와 루트 권한',
      about:
        'Cisco 가이드와 같이 expert 모드로 들어간 뒤 "sudo su -"로 루트 권한을 얻습니다. 커넥터와 네트워크 점검에는 루트 권한이 필요합니다.',
    },
  },
  time: {
    ntp: {
      title: '시계와 NTP',
      about:
        '"show ntp"를 확인합니다. 시계가 틀리면 인증서가 만료되었거나 아직 유효하지 않은 것으로 보여 클라우드와의 TLS 연결이 실패합니다.',
      ...timeNtpTexts,
    },
  },
  fmc: {
    'cloud-intended': {
      title: '클라우드 통합 사용 여부',
      about:
        '이 환경에서 Cisco 클라우드(SecureX/CTR, SSE)를 사용할 계획인지 확인합니다. 사용하지 않는다면 "Cisco Cloud Configuration - Failure" 알림은 예상된 동작이며 끌 수 있습니다.',
      question: '이 환경에서 Cisco 클라우드 서비스(SecureX/CTR, Security Services Exchange)를 사용하시겠습니까?',
      where: '관리자가 결정합니다. 알림은 System > Health > Policy > Threat Data Updates on Devices에서 발생합니다.',
      yes: '클라우드 통합을 사용합니다. 아래 점검에서 실패 원인을 찾습니다.',
      no: '클라우드 통합을 사용하지 않으므로 "Cisco Cloud Configuration - Failure" 알림은 예상된 동작입니다(가이드 004, 시나리오 1).',
      remedy:
        '알림을 비활성화하십시오: System > Health > Policy > Edit policy > Threat Data Updates on Devices > Enabled (Off) > Save Policy and Exit.',
    },
    'license-mode': {
      title: 'Smart License 평가 모드 여부',
      about:
        'FMC가 평가 모드이면 클라우드 통합이 동작하지 않습니다. System > Licenses > Smart Licenses에서 확인하십시오.',
      question: 'FMC가 Smart Account에 등록되어 있습니까(평가 모드가 아님)?',
      where: 'System > Licenses > Smart Licenses',
      yes: 'FMC가 평가 모드가 아닙니다.',
      no: 'FMC가 평가 모드이며, 이 모드에서는 클라우드 통합이 동작하지 않습니다.',
      remedy: 'FMC를 Smart Account에 등록하십시오: System > Licenses > Smart Licenses > Register.',
    },
    'smart-licensing-direct': {
      title: 'Cisco Smart Software Manager 직접 연결',
      about:
        'System > Integration의 Smart Software Satellite 탭에서 Cisco Smart Software Manager에 직접 연결되어야 합니다. Air-Gapped(Satellite) 환경은 클라우드 통합을 지원하지 않습니다.',
      question: 'FMC가 Smart Software Satellite를 거치지 않고 Cisco Smart Software Manager에 직접 연결됩니까?',
      where: 'System > Integration > Smart Software Satellite',
      yes: 'Smart Licensing이 Cisco Smart Software Manager에 직접 연결됩니다.',
      no: 'Smart Licensing이 Satellite(Air-Gapped)를 거치며, 클라우드 통합은 이 방식을 지원하지 않습니다.',
      remedy:
        '네트워크에서 허용된다면 System > Integration > Smart Software Satellite에서 "Connect directly to Cisco Smart Software Manager"를 선택하십시오.',
    },
    'cloud-events': {
      title: 'Cisco Cloud Event Configuration',
      about:
        '이벤트가 SecureX/CTR로 전송되려면 System > Integration > Cloud Services에서 Cisco Cloud Event Configuration이 켜져 있어야 합니다.',
      question: 'Cisco Cloud Event Configuration이 켜져 있습니까?',
      where: 'System > Integration > Cloud Services',
      yes: 'Cisco Cloud Event Configuration이 켜져 있습니다.',
      no: 'Cisco Cloud Event Configuration이 꺼져 있어 이벤트가 클라우드로 전송되지 않습니다.',
      remedy: 'System > Integration > Cloud Services에서 Cisco Cloud Event Configuration을 켜고 저장하십시오.',
    },
  },
  dns: {
    servers: {
      title: 'DNS 서버 구성',
      about:
        '"show network"를 확인합니다. DNS 서버가 없으면 디바이스는 api-sse.cisco.com을 비롯한 클라우드 이름을 확인(resolve)할 수 없습니다.',
      ...dnsServersTexts,
    },
    resolve: {
      title: '클라우드 이름 확인(DNS)',
      about:
        'nslookup으로 지역 API 호스트와 다른 Cisco 클라우드 이름을 조회합니다. DNS 서버가 이 이름들을 확인하지 못하면 모든 클라우드 연결이 막힙니다.',
      ...dnsResolveTexts,
    },
  },
  network: {
    proxy: {
      title: 'HTTP 프록시',
      about:
        '"show network"의 Proxy Information 항목을 확인합니다. 프록시가 켜져 있고 클라우드 연결을 거부하거나 깨뜨리는 것은 알려진 원인입니다(CSCvs05084).',
      ...networkProxyTexts,
    },
  },
  cloud: {
    https: {
      title: '클라우드 호스트 HTTPS 연결',
      about:
        '커넥터의 CA 번들로 지역의 모든 클라우드 호스트에 "curl -v"를 동시에, 제한된 시간 안에 실행합니다. "403 Forbidden" 응답은 정상이며 연결이 동작한다는 뜻입니다.',
      ...cloudHttpsTexts,
    },
    ports: {
      title: '클라우드 TCP 포트',
      about:
        'API 호스트의 TCP 443(및 가이드에서 언급하는 8989) 연결을 시험합니다. ping은 많은 네트워크에서 차단되므로 참고용으로만 표시합니다.',
      ...cloudPortsTexts,
    },
  },
  connector: {
    properties: {
      title: '커넥터 설정',
      about:
        '/ngfw/etc/sf/connector.properties를 확인합니다. 커넥터 포트는 8989, connector_fqdn은 해당 지역의 API 호스트여야 합니다.',
      ...connectorPropertiesTexts,
    },
    process: {
      title: 'SSE 커넥터 프로세스',
      about:
        '"pmtool status"로 SSEConnector 프로세스가 실행 중인지, "lsof -i"로 localhost:8989에서 수신 대기하는지 확인합니다.',
      ...connectorProcessTexts,
    },
    ipc: {
      title: '커넥터와 EventHandler 연결',
      about:
        '"netstat -anlp"로 EventHandler 소켓에 LISTENING 외에 CONNECTED 스트림이 있는지 확인합니다. 없으면 이벤트가 커넥터로 전달되지 않습니다.',
      ...connectorIpcTexts,
    },
    'cloud-session': {
      title: '커넥터의 클라우드 세션',
      about:
        '"lsof -i"로 커넥터가 클라우드와 HTTPS 세션을 ESTABLISHED 상태로 유지하는지 확인합니다. SYN_SENT는 패킷에 응답이 없다는 뜻입니다.',
      ...connectorCloudSessionTexts,
    },
    context: {
      title: '커넥터 등록 컨텍스트',
      about: '커넥터의 기본 컨텍스트(curl localhost:8989/v1/contexts/default)를 조회하여 등록 여부를 확인합니다.',
      ...connectorContextTexts,
    },
    log: {
      title: '커넥터 로그',
      about: '/ngfw/var/log/connector/connector.log의 최근 줄만 읽어(파일 전체는 읽지 않음) 오류를 분류합니다.',
      ...connectorLogTexts,
    },
  },
} as const satisfies Dictionary['checks'];
