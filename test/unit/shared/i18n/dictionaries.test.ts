import { describe, expect, it } from 'vitest';
import { en } from '../../../../shared/i18n/en/index';
import { ko } from '../../../../shared/i18n/ko/index';
import { translate } from '../../../../shared/i18n/translate';

const leaves = (node: unknown, prefix = ''): string[] =>
  typeof node === 'string'
    ? [prefix]
    : Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('Korean has exactly the English keys', () => {
    expect(leaves(ko).sort()).toEqual(leaves(en).sort());
  });

  it('every Korean string keeps the placeholders of its English original', () => {
    for (const key of leaves(en)) {
      const english = translate('en', key as never);
      const korean = translate('ko', key as never);
      expect(placeholders(korean), key).toEqual(placeholders(english));
    }
  });

  it('interpolates parameters and leaves unknown ones visible', () => {
    expect(translate('en', 'app.screens.settings.version', { version: '1.2.3' })).toBe('Version 1.2.3');
    expect(translate('ko', 'app.screens.settings.version', { version: '1.2.3' })).toBe('버전 1.2.3');
    expect(translate('en', 'app.screens.settings.version')).toBe('Version {{version}}');
  });
});
