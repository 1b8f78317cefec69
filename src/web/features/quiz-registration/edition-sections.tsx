import {
  Anchor,
  Box,
  Card,
  Group,
  List,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconBulb, IconTrendingUp, IconTrophy, IconUsersGroup } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n.ts';
import { MediaImage } from '../media/media-image.tsx';
import { formatDay } from './dates.ts';
import { formatEuro } from './money.ts';
import type { AwardKey, PublicEditionPage } from './types.ts';

// The informative parts of the public edition page; each is a section with its own heading.

interface SectionProps {
  page: PublicEditionPage;
}

const awardIcons: Record<AwardKey, ReactNode> = {
  smartest_organization: <IconUsersGroup aria-hidden="true" />,
  smartest_manager: <IconBulb aria-hidden="true" />,
  smartest_employee: <IconTrendingUp aria-hidden="true" />,
};

/** Date, play window, closing date and team size, as a definition list. */
export function EditionFacts({ page }: SectionProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { edition } = page;
  const facts: [string, string][] = [
    [
      t('quizRegistration.public.facts.eventDate'),
      edition.eventDate ? formatDay(edition.eventDate, locale) : t('quizRegistration.public.facts.dateTbd'),
    ],
    [
      t('quizRegistration.public.facts.window'),
      t('quizRegistration.public.facts.windowValue', { start: edition.windowStart, end: edition.windowEnd }),
    ],
    [
      t('quizRegistration.public.facts.closes'),
      edition.registrationClosesOn
        ? formatDay(edition.registrationClosesOn, locale)
        : t('quizRegistration.public.facts.dateTbd'),
    ],
    [
      t('quizRegistration.public.facts.teams'),
      t('quizRegistration.public.facts.teamsValue', { minimum: edition.teamMinimum }),
    ],
  ];
  return (
    <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" m={0}>
      {facts.map(([label, value]) => (
        <Card key={label} withBorder padding="md">
          <Text component="dt" size="sm" c="dimmed" fw={600}>
            {label}
          </Text>
          <Text component="dd" m={0} fw={600}>
            {value}
          </Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}

export function HowItWorks({ page }: SectionProps) {
  const { t } = useTranslation();
  const steps = ['register', 'invite', 'confirm', 'practice', 'play'] as const;
  return (
    <Box component="section" aria-labelledby="how-title">
      <Title order={2} id="how-title" mb="md">
        {t('quizRegistration.public.how.title')}
      </Title>
      <List type="ordered" spacing="sm" maw={760}>
        {steps.map((step) => (
          <List.Item key={step}>
            <Text span fw={600}>
              {t(`quizRegistration.public.how.${step}.title`)}
            </Text>{' '}
            {t(`quizRegistration.public.how.${step}.text`, { minimum: page.edition.teamMinimum })}
          </List.Item>
        ))}
      </List>
    </Box>
  );
}

export function ThemesSection({ page }: SectionProps) {
  const { t } = useTranslation();
  const english = currentLocale() === 'en';
  if (page.themes.length === 0) return null;
  return (
    <Box component="section" aria-labelledby="themes-title">
      <Title order={2} id="themes-title" mb="xs">
        {t('quizRegistration.public.themesTitle')}
      </Title>
      <Text mb="md" maw={760}>
        {t('quizRegistration.public.themesIntro', { count: page.themes.length })}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {page.themes.map((theme, index) => (
          <Card key={theme.id} withBorder padding="md" component="article">
            <Text size="sm" c="dimmed" fw={600}>
              {t('quizRegistration.public.themeNumber', { number: index + 1 })}
            </Text>
            <Title order={3} size="h4" mb={4}>
              {english ? theme.titleEn : theme.titleNl}
            </Title>
            <Text size="sm">{english ? theme.descriptionEn : theme.descriptionNl}</Text>
          </Card>
        ))}
      </SimpleGrid>
    </Box>
  );
}

export function AwardsSection({ page }: SectionProps) {
  const { t } = useTranslation();
  return (
    <Box component="section" aria-labelledby="awards-title">
      <Group gap="sm" mb="md">
        <IconTrophy aria-hidden="true" />
        <Title order={2} id="awards-title">
          {t('quizRegistration.public.awardsTitle')}
        </Title>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        {page.awards.map((award) => (
          <Card key={award} withBorder padding="lg" component="article">
            <Stack gap="xs">
              <ThemeIcon size={40} radius="md" variant="light">
                {awardIcons[award]}
              </ThemeIcon>
              <Title order={3} size="h4">
                {t(`quizRegistration.awards.${award}.title`)}
              </Title>
              <Text size="sm">
                {t(`quizRegistration.awards.${award}.text`, { minimum: page.edition.teamMinimum })}
              </Text>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Box>
  );
}

/** Sponsors with their amount per participant, and companies that donate on top (when they chose to be named). */
export function SponsorsSection({ page }: SectionProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Box component="section" aria-labelledby="sponsors-title">
      <Title order={2} id="sponsors-title" mb="xs">
        {t('quizRegistration.public.sponsorsTitle')}
      </Title>
      <Text mb="md" maw={760}>
        {t('quizRegistration.public.sponsorsIntro', {
          amount: formatEuro(page.donations.sponsorCentsPerParticipant, locale),
        })}
      </Text>
      {page.sponsors.length === 0 ? (
        <Text c="dimmed">{t('quizRegistration.public.noSponsors')}</Text>
      ) : (
        <SimpleGrid component="ul" cols={{ base: 1, sm: 2, md: 3 }} spacing="sm" p={0} m={0}>
          {page.sponsors.map((sponsor) => (
            <Card key={sponsor.id} withBorder padding="md" component="li" style={{ listStyle: 'none' }}>
              {sponsor.logoUrl && (
                // A fixed band, so logos of any shape line up across the cards.
                <Box h={64} mb="sm" style={{ display: 'flex', alignItems: 'center' }}>
                  <MediaImage
                    src={sponsor.logoUrl}
                    alt={sponsor.name}
                    maxHeight={64}
                    style={{ maxWidth: '100%' }}
                  />
                </Box>
              )}
              <Text fw={700}>
                {sponsor.websiteUrl ? (
                  <Anchor href={sponsor.websiteUrl} target="_blank" rel="noopener noreferrer">
                    {sponsor.name}
                    <VisuallyHidden component="span">
                      {' '}
                      {t('quizRegistration.public.opensNewTab')}
                    </VisuallyHidden>
                  </Anchor>
                ) : (
                  sponsor.name
                )}
              </Text>
              <Text size="sm" c="dimmed">
                {t('quizRegistration.public.perParticipant', {
                  amount: formatEuro(sponsor.centsPerParticipant, locale),
                })}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      )}
      {page.donors.length > 0 && (
        <Box mt="lg">
          <Title order={3} size="h4" mb="xs">
            {t('quizRegistration.public.donorsTitle')}
          </Title>
          <Text>{page.donors.map((d) => d.name).join(' · ')}</Text>
        </Box>
      )}
    </Box>
  );
}
