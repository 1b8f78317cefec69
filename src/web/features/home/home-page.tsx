import { Box, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconHeartHandshake, IconTargetArrow, IconTrophy, IconUsersGroup } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/page-title.ts';
import { AnchorLink, ButtonLink } from '../../components/router-links.tsx';
import { useMe } from '../../lib/session.ts';

interface Programme {
  key: 'quiz' | 'wishteams' | 'foundation';
  to: '/quiz' | '/wishteams' | '/een-nieuw-geluid';
  icon: ReactNode;
  color: string;
}

const programmes: Programme[] = [
  { key: 'quiz', to: '/quiz', icon: <IconTrophy aria-hidden="true" />, color: 'indigo' },
  { key: 'wishteams', to: '/wishteams', icon: <IconHeartHandshake aria-hidden="true" />, color: 'grape' },
  { key: 'foundation', to: '/een-nieuw-geluid', icon: <IconUsersGroup aria-hidden="true" />, color: 'teal' },
];

/** The front door: what Wegwijs is, its three programmes, and the way in. */
export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  usePageTitle(undefined);

  return (
    <Stack gap={48}>
      <Box component="section" aria-labelledby="home-title" py={{ base: 'md', sm: 'xl' }}>
        <Stack gap="lg" maw={720}>
          <Title id="home-title" order={1} fz={{ base: 32, sm: 44 }} lh={1.15}>
            {t('home.title')}
          </Title>
          <Text size="lg">{t('home.intro')}</Text>
          <Group>
            {me.data ? (
              <ButtonLink to="/account" size="md">
                {t('home.accountCta')}
              </ButtonLink>
            ) : (
              <ButtonLink to="/login" size="md">
                {t('home.loginCta')}
              </ButtonLink>
            )}
          </Group>
        </Stack>
      </Box>

      <Box component="section" aria-labelledby="programmes-title">
        <Title id="programmes-title" order={2} mb="lg">
          {t('home.programmesTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
          {programmes.map((p) => (
            <Card key={p.key} withBorder padding="lg" component="article">
              <Stack gap="sm" h="100%">
                <ThemeIcon size={44} radius="md" variant="light" color={p.color}>
                  {p.icon}
                </ThemeIcon>
                <Text size="sm" fw={600} c="dimmed" tt="uppercase">
                  {t(`home.${p.key}.kicker`)}
                </Text>
                <Title order={3}>{t(`home.${p.key}.name`)}</Title>
                <Text style={{ flexGrow: 1 }}>{t(`home.${p.key}.text`)}</Text>
                <AnchorLink to={p.to} fw={600}>
                  {t('home.moreAbout', { name: t(`home.${p.key}.name`) })}
                </AnchorLink>
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      </Box>

      <Box component="section" aria-labelledby="growth-title">
        <Group align="flex-start" wrap="nowrap" gap="md">
          <ThemeIcon size={44} radius="md" variant="light" aria-hidden="true">
            <IconTargetArrow />
          </ThemeIcon>
          <Stack gap="xs" maw={720}>
            <Title id="growth-title" order={2}>
              {t('home.learningTitle')}
            </Title>
            <Text>{t('home.learningText')}</Text>
          </Stack>
        </Group>
      </Box>
    </Stack>
  );
}
