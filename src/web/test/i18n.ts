import i18next, { type i18n as I18n } from 'i18next';
import { en } from '../i18n/en.ts';
import { nl } from '../i18n/nl.ts';

/** A fresh i18next with the real catalogues, for unit tests (no React, no browser storage). */
export function createTestI18n(lng: 'nl' | 'en' = 'nl'): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { nl: { translation: nl }, en: { translation: en } },
    lng,
    fallbackLng: 'nl',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}
