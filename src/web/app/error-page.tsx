import { Button, Stack, Text, Title } from '@mantine/core';
import type { ErrorComponentProps } from '@tanstack/react-router';
import { useRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../components/page-title.ts';

/**
 * Shown when a page crashes or its code cannot be loaded (for example after a new
 * version was deployed while the old one was open): trying again usually helps.
 */
export function ErrorPage({ reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  const router = useRouter();
  usePageTitle(t('errorPage.title'));
  return (
    <Stack gap="md" maw={640} role="alert">
      <Title order={1}>{t('errorPage.title')}</Title>
      <Text>{t('errorPage.text')}</Text>
      <div>
        <Button
          onClick={() => {
            reset();
            void router.invalidate();
          }}
        >
          {t('common.retry')}
        </Button>
      </div>
    </Stack>
  );
}
