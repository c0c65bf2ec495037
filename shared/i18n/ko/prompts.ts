import type { Dictionary } from '../dictionary';

/** 작업 중에 묻는 질문: 호스트 키를 신뢰할지, 비밀번호 입력. */
export const prompts = {
  hostKey: {
    title: '알 수 없는 호스트 키',
    titleJump: '점프 호스트의 알 수 없는 호스트 키',
    intro: '이 컴퓨터는 {{host}}(포트 {{port}})에 처음 연결합니다. 디바이스가 제시한 {{keyType}} 호스트 키는 다음과 같습니다:',
    fingerprint: '지문(fingerprint)',
    advice:
      '디바이스 관리자가 알려 준 지문(또는 디바이스 콘솔에 표시되는 지문)과 비교하고, 일치할 때만 신뢰하십시오. 다른 키는 누군가 연결을 가로채고 있다는 뜻일 수 있습니다.',
    otherTypes: '이 호스트에는 다른 유형({{types}})의 키가 이미 저장되어 있습니다. 디바이스를 다시 설치했을 수 있습니다.',
    trust: '신뢰하고 연결',
    reject: '연결하지 않음',
  },
  secret: {
    title: {
      password: '{{username}}@{{host}} 비밀번호',
      passphrase: '개인 키 암호',
      'sudo-password': '{{host}}의 sudo 비밀번호',
      'jump-password': '점프 호스트 {{host}} 비밀번호',
    },
    label: {
      password: '비밀번호',
      passphrase: '암호',
      'sudo-password': '비밀번호',
      'jump-password': '비밀번호',
    },
    hint: '이 세션에만 사용하며 저장하지 않습니다.',
    sudoHint: 'Cisco 가이드와 같이 루트 권한을 얻기 위해 “sudo su -”에서 묻는 비밀번호입니다.',
    retry: '디바이스가 이전 비밀번호를 거부했습니다. 다시 입력하십시오.',
    submit: '계속',
    cancel: '취소',
  },
} as const satisfies Dictionary['prompts'];
