import type { Dictionary } from '../dictionary';

/** 앱 틀, 메뉴, 설정. */
export const app = {
  name: 'Firepower Cloud Doctor',
  tagline: 'Firepower 디바이스가 Cisco 클라우드에 연결되지 않는 이유를 찾아 드립니다.',
  nav: {
    label: '메인',
    profiles: '디바이스',
    session: '문제 해결',
    report: '보고서',
    settings: '설정',
  },
  screens: {
    profiles: {
      title: '디바이스',
      intro: '저장된 디바이스를 선택하거나, 방화벽 없이 내장 시뮬레이션 디바이스로 사용해 보십시오.',
    },
    session: {
      title: '문제 해결 세션',
      intro: '디바이스에 연결하여 Cisco 가이드의 모든 점검을 단계별로 진행합니다.',
      empty: '아직 세션이 없습니다. 디바이스에서 세션을 시작하십시오.',
    },
    report: {
      title: '보고서',
      intro: '완료된 세션을 PDF로 내보내 관리자에게 전달하거나 Cisco TAC 케이스에 첨부하십시오.',
      empty: '세션을 완료하거나 취소하면 여기에 보고서가 표시됩니다.',
    },
    settings: {
      title: '설정',
      language: '언어',
      languageHint: '즉시 적용되며, 진행 중인 세션은 계속됩니다.',
      theme: '화면 모드',
      themeHint: '운영 체제의 라이트/다크 설정을 따릅니다.',
      version: '버전 {{version}}',
    },
  },
  errors: {
    bridgeMissing: '앱의 백그라운드 서비스에 연결할 수 없습니다. 앱을 다시 시작하십시오.',
    generic: '문제가 발생했습니다: {{message}}',
  },
} as const satisfies Dictionary['app'];
