import type { Dictionary } from '../dictionary';

/** 공통 용어: 언어, 단계, 판정 상태. */
export const common = {
  languages: {
    en: 'English',
    ko: '한국어',
  },
  stages: {
    connect: '연결',
    prerequisites: '사전 요구 사항',
    dns: 'DNS',
    cloud: '클라우드 연결',
    connector: 'SSE 커넥터',
    summary: '요약',
  },
  status: {
    pass: '통과',
    fail: '실패',
    warn: '경고',
    info: '정보',
    skip: '건너뜀',
    inconclusive: '판단 불가',
    error: '오류',
    pending: '대기',
    running: '실행 중',
  },
  actions: {
    cancel: '취소',
    close: '닫기',
    confirm: '확인',
    retry: '다시 시도',
    copy: '복사',
    copied: '복사됨',
    save: '저장',
  },
} as const satisfies Dictionary['common'];
