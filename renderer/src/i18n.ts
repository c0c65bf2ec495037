import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../../shared/i18n/dictionary';
import { dictionaries } from '../../shared/i18n/translate';
import type { en } from '../../shared/i18n/en/index';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
  }
}

/** i18next over the shared dictionaries, so the UI, the CLI and the report say the same words. */
export const createI18n = async (language: Lang): Promise<i18n> => {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources: {
      en: { translation: dictionaries.en },
      ko: { translation: dictionaries.ko },
    },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
};
