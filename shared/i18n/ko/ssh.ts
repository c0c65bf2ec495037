import type { Dictionary } from '../dictionary';

/** SSH 계층의 문구: 연결, 호스트 키, 권한 오류. 매개변수에는 비밀 정보가 들어가지 않습니다. */
export const ssh = {
  errors: {
    unreachable: {
      refused: '{{host}} 포트 {{port}}에서 연결을 거부했습니다. 주소와 포트, 디바이스에서 SSH가 활성화되어 있는지 확인하십시오.',
      timeout: '{{host}} 포트 {{port}}에서 응답이 없습니다. 주소, 라우팅, 중간의 방화벽을 확인하십시오.',
      dns: '{{host}} 이름을 확인할 수 없습니다. 호스트 이름을 확인하거나 IP 주소를 사용하십시오.',
      noRoute: '{{host}}(으)로 가는 경로가 없습니다. 주소와 네트워크를 확인하십시오.',
      jump: '점프 호스트에서 {{host}} 포트 {{port}}(으)로 연결하지 못했습니다.',
      other: '{{host}} 포트 {{port}}에 연결할 수 없습니다.',
    },
    authFailed: '디바이스 {{host}}에서 사용자 {{user}}의 로그인을 거부했습니다. 사용자 이름과 자격 증명을 확인하십시오.',
    authFailedAgent: 'SSH 에이전트를 사용할 수 없어 {{user}} 사용자로 {{host}}에 로그인하지 못했습니다(에이전트가 실행 중이 아니거나 디바이스가 허용하는 키가 없습니다).',
    hostKeyUnknown:
      '{{host}} 포트 {{port}}의 호스트 키를 아직 모릅니다({{keyType}} {{fingerprint}}). 디바이스 관리자와 지문을 확인한 뒤 수락하십시오.',
    hostKeyChanged:
      '{{host}} 포트 {{port}}의 호스트 키가 변경되었습니다({{keyType}} {{fingerprint}}). 알려진 키는 {{file}} 파일의 {{line}}번째 줄에 있습니다. 누군가 연결을 가로채고 있을 수 있으므로 연결을 거부했습니다. 디바이스를 실제로 재설치했다면 해당 줄을 삭제하고 다시 연결하십시오.',
    hostKeyRevoked:
      '{{host}} 포트 {{port}}의 호스트 키({{keyType}} {{fingerprint}})가 {{file}} 파일의 {{line}}번째 줄에 폐기된 키로 표시되어 있어 연결을 거부했습니다.',
    timeout: {
      ready: '{{host}}에 대한 SSH 로그인이 {{seconds}}초 안에 끝나지 않았습니다.',
      command: '명령이 {{seconds}}초 안에 끝나지 않아 중단했습니다.',
      modeChange: '디바이스가 {{seconds}}초 안에 예상한 프롬프트에 도달하지 않았습니다.',
    },
    disconnected: {
      peer: '디바이스 또는 네트워크에서 SSH 연결을 끊었습니다.',
      keepalive: '디바이스가 응답하지 않아(keepalive 시간 초과) 연결을 닫았습니다.',
      closed: '명령이 끝나기 전에 SSH 세션이 닫혔습니다.',
    },
    expertUnavailable:
      '이 디바이스에서는 expert 모드를 사용할 수 없습니다({{detail}}). Config 권한을 가진 CLI 사용자만 expert를 사용할 수 있으며, "system lockdown" 이후에는 영구적으로 제거됩니다.',
    sudoFailed: {
      wrongPassword: 'sudo가 비밀번호를 거부하여 root 권한을 얻지 못했습니다. sudo 비밀번호를 확인하십시오.',
      passwordRequired: 'sudo가 비밀번호를 요청했지만 비밀번호가 주어지지 않아 root 권한을 얻지 못했습니다.',
      notAllowed: '이 사용자는 sudo로 root가 될 수 없습니다({{detail}}).',
      noRootPrompt: 'sudo 실행 후 root 프롬프트가 나타나지 않았습니다({{detail}}).',
    },
    outputTooLarge: '명령 출력이 {{maxBytes}}바이트를 넘어 잘렸습니다.',
    protocol: {
      noAlgorithms: '디바이스와 이 도구가 함께 쓸 수 있는 SSH 알고리즘이 없습니다({{detail}}). 이전 SHA-1 알고리즘을 허용해도 마찬가지입니다.',
      unexpected: '디바이스와의 SSH 통신에 실패했습니다({{detail}}).',
    },
    keyUnusable: {
      passphraseRequired: '개인 키가 암호로 보호되어 있습니다. 암호를 입력하십시오.',
      passphraseWrong: '암호로 개인 키를 열 수 없습니다.',
      unreadable: '개인 키 파일을 읽을 수 없습니다.',
      unsupported: '이 도구가 읽을 수 있는 개인 키 형식(OpenSSH 또는 PEM)이 아닙니다.',
    },
    clishUnavailable: '디바이스가 CLISH ">" 프롬프트로 돌아가지 않았습니다({{detail}}).',
  },
  hostKey: {
    question: '{{host}} 포트 {{port}}의 진위를 아직 확인할 수 없습니다. {{keyType}} 키 지문은 {{fingerprint}}입니다. 이 키를 신뢰하고 기억하시겠습니까?',
  },
} as const satisfies Dictionary['ssh'];
