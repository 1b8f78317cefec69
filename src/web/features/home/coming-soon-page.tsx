import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/page-title.ts';
import { ButtonLink } from '../../components/router-links.tsx';

export type ProgrammeKey = 'quiz' | 'wishteams' | 'foundation';

/** A friendly placeholder for a programme whose pages are not built yet. */
export function ComingSoonPage({ programme }: { programme: ProgrammeKey }) {
  const { t } = useTranslation();
  const name = t(`home.${programme}.name`);
  usePageTitle(name);
  return (
    <Stack gap="md" maw={640}>
      <Text fw={600} c="dimmed" tt="uppercase" size="sm">
        {t(`home.${programme}.kicker`)}
      </Text>
      <Title order={1}>{t('comingSoon.title', { name })}</Title>
      <Text size="lg">{t(`home.${programme}.text`)}</Text>
      <Text>{t('comingSoon.text')}</Text>
      <div>
        <ButtonLink to="/" variant="light">
          {t('comingSoon.backHome')}
        </ButtonLink>
      </div>
    </Stack>
  );
}
