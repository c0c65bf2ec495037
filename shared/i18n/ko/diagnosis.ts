import type { Dictionary } from '../dictionary';

/** 서로 어긋나는 증거에 대한 진단 설명. */
export const diagnosis = {
  conflicts: {
    curlFailsSessionUp:
      '증거가 서로 어긋납니다: 디바이스에서 curl로는 클라우드에 연결되지 않지만, 커넥터는 클라우드와 ESTABLISHED 세션을 유지하고 있습니다. 커넥터가 다른 경로(프록시, 프로세스별 정책)를 사용하거나 장애가 간헐적일 수 있으니, 설정을 바꾸기 전에 다시 시험하십시오.',
    dnsFailsCurlWorks:
      '증거가 서로 어긋납니다: nslookup은 실패하지만 curl은 클라우드 호스트에 연결됩니다. 디바이스가 캐시나 nslookup과 다른 DNS 서버를 사용할 수 있으니 /etc/resolv.conf를 확인하십시오.',
    logOnlyHistory:
      '커넥터 로그에는 “{{cause}}”을(를) 가리키는 오류가 있지만, 지금은 “{{check}}” 점검이 통과합니다. 오류는 조치 이전의 것이거나 간헐적인 것일 수 있습니다. 커넥터는 몇 분마다 다시 연결을 시도하므로, 약 5분 뒤 SSE Connector 단계를 다시 실행하여 오류가 멈췄는지 확인하십시오.',
    curlWorksSessionDown:
      '증거가 서로 어긋납니다: curl은 클라우드에 연결되지만 커넥터에는 연결된 세션이 없습니다. 네트워크보다 커넥터 자체(프로세스, 설정, 로그)를 확인하십시오.',
  },
} as const satisfies Dictionary['diagnosis'];
