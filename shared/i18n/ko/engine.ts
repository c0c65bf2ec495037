import type { Dictionary } from '../dictionary';

/** 엔진이 건너뛰었거나 실행하지 못한 점검에 대한 설명. */
export const engine = {
  skipped: {
    dependency: '건너뜀: “{{check}}” 점검이 통과해야 의미가 있습니다.',
    deviceType: '이 디바이스 유형({{type}})에는 해당하지 않습니다.',
    unanswered: '답변이 없습니다. 앱에서 답하거나 --answers FILE로 답변을 전달하십시오.',
    cancelled: '실행하지 않음: 세션이 취소되었습니다.',
    notReached: '실행하지 않음: 이 점검 전에 세션이 중단되었습니다 — {{reason}}',
    cloudNotIntended: '필요 없음: 이 환경은 클라우드 통합을 사용하지 않습니다.',
  },
  error: {
    timeout: '“{{command}}” 명령이 {{seconds}}초 안에 끝나지 않았습니다.',
    disconnected: '점검 중에 SSH 세션이 끊어졌습니다: {{detail}}',
    failed: '점검을 실행할 수 없습니다: {{detail}}',
    tooLarge: '“{{command}}” 출력이 {{kb}}KB를 넘어 나머지는 읽지 않았습니다.',
  },
  connect: {
    ok: '{{user}} 계정으로 {{host}}에 로그인했습니다. 호스트 키 {{fingerprint}}를 확인했습니다.',
    failed: '{{host}}에 로그인할 수 없습니다: {{detail}}',
    retried: 'SSH 세션이 끊어져 한 번 다시 연결한 뒤 계속했습니다.',
    retryFailed: 'SSH 세션이 끊어졌고 다시 연결하지 못했습니다: {{detail}}',
    lostAgain: '한 번 다시 연결한 뒤에도 SSH 세션이 또 끊어져 세션을 중단했습니다. 디바이스에 연결할 수 있을 때 다시 시도하십시오.',
  },
  privilege: {
    ok: '“expert”와 “sudo su -”로 루트 권한을 얻었습니다.',
    okFromBash: '“sudo su -”로 루트 권한을 얻었습니다. 로그인하자 바로 bash(expert 모드)였으므로 “expert”는 필요하지 않았습니다.',
    failed: '루트 권한을 얻지 못했습니다: {{detail}}',
  },
} as const satisfies Dictionary['engine'];
