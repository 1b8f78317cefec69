import { Card, List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBulb, IconClock, IconRepeatOff, IconStar, IconUserStar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/router-links.tsx';

const items = [
  { key: 'points', icon: IconStar },
  { key: 'time', icon: IconClock },
  { key: 'once', icon: IconRepeatOff },
  { key: 'feedback', icon: IconBulb },
  { key: 'manager', icon: IconUserStar },
] as const;

/** Points, time, one attempt and feedback in a few lines, with a link to the full rules. */
export function HowItWorks() {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="how-it-works-title">
      <Title order={2} size="h3" id="how-it-works-title" mb="md">
        {t('quizPlay.howItWorks.title')}
      </Title>
      <List spacing="md" listStyleType="none" styles={{ itemWrapper: { alignItems: 'flex-start' } }}>
        {items.map(({ key, icon: Icon }) => (
          <List.Item
            key={key}
            icon={
              <ThemeIcon variant="light" size={36} radius="xl" aria-hidden="true">
                <Icon size={20} />
              </ThemeIcon>
            }
          >
            <Stack gap={2}>
              <Text fw={700}>{t(`quizPlay.howItWorks.${key}Title`)}</Text>
              <Text>{t(`quizPlay.howItWorks.${key}`)}</Text>
            </Stack>
          </List.Item>
        ))}
      </List>
      <AnchorLink to="/quiz/rules" mt="md" display="inline-block" fw={600}>
        {t('quizPlay.howItWorks.rulesLink')}
      </AnchorLink>
    </Card>
  );
}
