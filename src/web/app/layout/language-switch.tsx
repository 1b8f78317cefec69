import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../../components/notify.ts';
import { currentLocale, type Locale, locales, rememberLocale, setLocale } from '../../i18n/i18n.ts';
import { describeError } from '../../lib/errors.ts';
import { useMe, useUpdateMe } from '../../lib/session.ts';

/** Each language is named in itself, so people find theirs whatever is shown now. */
const ownName: Record<Locale, string> = { nl: 'Nederlands', en: 'English' };

/**
 * NL | EN. Anonymous visitors keep their choice in this browser; logged-in people also
 * get it stored on their account, so mail and other devices follow.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const updateProfile = useUpdateMe();
  const current = currentLocale();

  const choose = (locale: Locale) => {
    if (locale === current) return;
    rememberLocale(locale);
    void setLocale(locale);
    if (me.data) {
      updateProfile.mutate({ locale }, { onError: (error) => notifyError(describeError(error, i18n)) });
    }
  };

  return (
    <Group gap={4} role="group" aria-label={t('language.label')} wrap="nowrap">
      {locales.map((locale) => (
        <Button
          key={locale}
          size="compact-sm"
          variant={locale === current ? 'filled' : 'subtle'}
          aria-pressed={locale === current}
          aria-label={`${locale.toUpperCase()} – ${ownName[locale]}`}
          lang={locale}
          onClick={() => choose(locale)}
        >
          {locale.toUpperCase()}
        </Button>
      ))}
    </Group>
  );
}
