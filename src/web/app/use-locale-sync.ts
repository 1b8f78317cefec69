import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { rememberLocale, setLocale } from '../i18n/i18n.ts';
import { useMe } from '../lib/session.ts';

/** Logged-in people see Wegwijs in the language stored on their account, on every device. */
export function useLocaleSync(): void {
  const { i18n } = useTranslation();
  const locale = useMe().data?.locale;
  useEffect(() => {
    if (locale && locale !== i18n.resolvedLanguage) {
      rememberLocale(locale);
      void setLocale(locale);
    }
  }, [locale, i18n]);
}
