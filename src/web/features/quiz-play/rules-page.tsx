import { Stack, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import rulesSource from '../../../../docs/rules.md?raw';
import { usePageTitle } from '../../components/page-title.ts';
import { currentLocale } from '../../i18n/i18n.ts';
import { RichText } from './rich-text.tsx';
import { rulesSection } from './rules.ts';

/**
 * `/quiz/rules`: the scoring and award rules, straight from docs/rules.md (one source for
 * the documentation and the participants), in the interface language.
 */
export function RulesPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const text = useMemo(() => rulesSection(rulesSource, locale), [locale]);
  usePageTitle(t('quizPlay.rules.title'));
  return (
    <Stack gap="md" maw={760}>
      <Title order={1}>{t('quizPlay.rules.title')}</Title>
      {/* The document's ### headings become <h2>, under this page's <h1>. */}
      <RichText text={text} format="markdown" headingOffset={-1} />
    </Stack>
  );
}
