import { Stack, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AnchorLink, ButtonLink } from '../../components/router-links.tsx';
import type { PracticeItemResult } from './types.ts';

/**
 * The way on after a question answered from a mail link: the next open question (its link
 * carries no option, so it opens the question), or, when all are done, the progress page.
 */
export function LinkNextStep({ result }: { result: PracticeItemResult }) {
  const { t } = useTranslation();
  if (result.next) {
    return (
      <Stack gap="xs">
        <ButtonLink
          to="/oefenen/antwoord"
          search={{ token: result.next.token }}
          size="lg"
          fullWidth
          rightSection={<IconArrowRight size={20} aria-hidden="true" />}
        >
          {t('quizPractice.result.next')}
        </ButtonLink>
        <Text size="sm" c="dimmed" ta="center">
          {t('quizPractice.result.openLeft', { count: result.open })}
        </Text>
      </Stack>
    );
  }
  return (
    <Stack gap="xs" align="flex-start">
      <Text>
        {result.open === 0
          ? t('quizPractice.result.allDone')
          : t('quizPractice.result.openLeft', { count: result.open })}
      </Text>
      <AnchorLink to="/oefenen">{t('quizPractice.result.toOverview')}</AnchorLink>
    </Stack>
  );
}
