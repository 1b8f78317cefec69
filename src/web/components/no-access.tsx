import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from './page-title.ts';
import { ButtonLink } from './router-links.tsx';

/** For logged-in people who may not see this page. */
export function NoAccess() {
  const { t } = useTranslation();
  usePageTitle(t('admin.noAccessTitle'));
  return (
    <Stack gap="md" maw={640}>
      <Title order={1}>{t('admin.noAccessTitle')}</Title>
      <Text>{t('admin.noAccessText')}</Text>
      <div>
        <ButtonLink to="/" variant="light">
          {t('notFound.backHome')}
        </ButtonLink>
      </div>
    </Stack>
  );
}
