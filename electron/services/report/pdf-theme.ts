import type { CheckStatus } from '../../../shared/model/verdict';
import type { VerdictKind } from '../../../shared/report/model';

/**
 * Colours and sizes of the PDF. Status colours are dark enough for white text (WCAG AA at 8 pt
 * bold) and are never the only signal: the status word is always printed in the badge.
 */
export const STATUS_COLORS: Readonly<Record<CheckStatus, string>> = {
  pass: '#1b6e36',
  fail: '#b3261e',
  warn: '#8a5300',
  info: '#1a5fb4',
  skip: '#5f6368',
  inconclusive: '#6a3d9a',
  error: '#7a0c0c',
};

export const VERDICT_COLORS: Readonly<Record<VerdictKind, string>> = {
  healthy: STATUS_COLORS.pass,
  problems: STATUS_COLORS.fail,
  incomplete: STATUS_COLORS.warn,
  unknown: STATUS_COLORS.inconclusive,
};

export const COLORS = {
  text: '#202124',
  muted: '#5f6368',
  rule: '#dadce0',
  panel: '#f1f3f4',
  code: '#f6f8fa',
  accent: '#0b4f8a',
  white: '#ffffff',
} as const;

export const SIZES = {
  body: 9.5,
  small: 8,
  tiny: 7,
  evidence: 7,
  title: 20,
  h1: 14,
  h2: 11.5,
  h3: 10,
} as const;

export const PAGE_MARGINS = [40, 44, 40, 52] as const;
