import type { Dictionary } from '../dictionary';

/** 점검 판정에서 함께 쓰는 표현: 읽을 수 없는 출력, 목록, 시간, 클라우드 호스트 하나에 대한 curl 결과. */
export const verdict = {
  unreadable: {
    empty: '“{{command}}”이(가) 아무것도 출력하지 않아({{reason}}) 판단할 내용이 없습니다.',
    commandNotFound: '디바이스에서 “{{command}}” 명령을 실행할 수 없습니다: {{reason}}.',
    permissionDenied: '디바이스가 “{{command}}” 명령을 거부했습니다: {{reason}}.',
    noSuchFile: '“{{command}}”: 해당 파일이 없습니다({{reason}}).',
    cliError: '디바이스 CLI가 “{{command}}” 명령을 거부했습니다: {{reason}}.',
    truncated: '“{{command}}”의 출력이 판단에 필요한 줄 앞에서 끊겨({{reason}}) 판단하지 않았습니다.',
    unknownFormat: '“{{command}}”의 출력이 이 도구가 아는 형식이 아니어서({{reason}}) 판단하지 않았습니다.',
  },
  list: {
    one: '{{item}}',
    more: '{{item}}; {{rest}}',
    none: '없음',
  },
  duration: {
    seconds: '{{n}}초',
    minutes: '{{n}}분',
    hours: '{{n}}시간',
    days: '{{n}}일',
  },
  curl: {
    answered: '{{host}}: HTTP {{status}} 응답, 연결이 정상입니다',
    resolve: '{{host}}: 이름을 확인(resolve)할 수 없습니다',
    connectTimeout: '{{host}}: 연결 시도에 응답이 없습니다(시간 초과: 경로에서 패킷이 차단됨)',
    responseTimeout: '{{host}}: 연결된 뒤 제한 시간 안에 응답이 없습니다',
    refused: '{{host}}: 연결이 거부되었습니다',
    connectTimeoutAt: '{{host}}: {{address}}이(가) 연결 시도에 응답하지 않습니다(시간 초과: 경로에서 패킷이 차단됨)',
    refusedAt: '{{host}}: {{address}}이(가) 연결을 거부했습니다',
    noRoute: '{{host}}: 호스트로 가는 경로가 없습니다',
    reset: '{{host}}: 연결이 끊어졌습니다({{detail}})',
    tls: '{{host}}: TLS 핸드셰이크에 실패했습니다({{detail}})',
    proxy: '{{host}}: HTTP 프록시에서 실패했습니다({{detail}})',
    unreadable: '{{host}}: {{detail}}',
    certValidity:
      '{{host}}: 인증서가 유효 기간 때문에 거부되었습니다({{detail}}). 대개 디바이스 시계가 틀린 경우입니다',
    certCaFile: '{{host}}: curl이 CA 파일을 사용할 수 없습니다({{detail}})',
    certIntercepted:
      '{{host}}: 인증서를 신뢰할 수 없습니다({{detail}}). 인증서 검사를 우회하면 Cisco CA가 아닌 “{{issuer}}”이(가) 발급한 인증서로 응답하므로, 경로의 장비가 TLS를 검사(복호화)하고 있습니다',
    certInterceptedUnknownIssuer:
      '{{host}}: 인증서를 신뢰할 수 없지만({{detail}}) 인증서 검사를 우회하면 응답합니다. 경로에서 TLS를 검사하고 있다는 신호입니다',
    certCiscoIssuer:
      '{{host}}: Cisco가 사용하는 CA인 “{{issuer}}”이(가) 발급했는데도 인증서를 신뢰할 수 없습니다({{detail}}). 커넥터의 CA 번들이 오래되었을 수 있습니다',
    certUnsettled: '{{host}}: 인증서를 신뢰할 수 없습니다({{detail}}). {{why}}',
    notRetried: '인증서 검사 없이 다시 시도하지 않았습니다',
    retryUnreadable: '인증서 검사 없이 다시 시도한 결과를 이해할 수 없습니다',
    retryFailed: '인증서 검사 없이도 실패합니다({{detail}})',
  },
} as const satisfies Dictionary['verdict'];
