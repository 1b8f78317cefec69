import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../components/page-title.ts';
import { ButtonLink } from '../components/router-links.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <Stack gap="md" maw={640}>
      <Text fw={700} c="dimmed" size="sm">
        404
      </Text>
      <Title order={1}>{t('notFound.title')}</Title>
      <Text>{t('notFound.text')}</Text>
      <div>
        <ButtonLink to="/">{t('notFound.backHome')}</ButtonLink>
      </div>
    </Stack>
  );
}
