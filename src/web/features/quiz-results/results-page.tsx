import { Alert, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconHeartHandshake, IconHourglass } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/loading.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { AnchorLink, ButtonLink } from '../../components/router-links.tsx';
import { currentLocale, type Locale } from '../../i18n/i18n.ts';
import { isApiError } from '../../lib/api.ts';
import { formatDate } from '../../lib/format.ts';
import { formatEuro } from '../quiz-registration/money.ts';
import { usePublicResults } from './api.ts';
import { describeResultsError } from './errors.ts';
import { formatDecimal, formatScore } from './format.ts';
import { podiumColumn, podiumHeight, podiumPlaces } from './podium.ts';
import classes from './results.module.css';
import type { PodiumPerson, PublicResults } from './types.ts';

const route = getRouteApi('/quiz/$year/results');

/** `/quiz/$year/results`: the published podiums of every award and the donation total. */
export function ResultsPage() {
  const { t } = useTranslation();
  const { year } = route.useParams();
  usePageTitle(t('quizResults.public.pageTitle', { year }));
  if (!/^\d{4}$/.test(year)) return <Problem>{t('quizResults.notFound')}</Problem>;
  return <Results year={Number(year)} />;
}

function Problem({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" maw={640}>
      <Title order={1}>{t('quizResults.tab')}</Title>
      <Alert color="yellow" variant="light">
        {children}
      </Alert>
    </Stack>
  );
}

function Results({ year }: { year: number }) {
  const { t, i18n } = useTranslation();
  const results = usePublicResults(year);
  if (results.isPending) return <Loading />;
  if (results.isError) {
    const error = results.error;
    if (isApiError(error) && error.code === 'not_published') return <Pending year={year} />;
    if (isApiError(error) && error.status === 404) return <Problem>{t('quizResults.notFound')}</Problem>;
    return (
      <Stack gap="md" maw={640}>
        <Title order={1}>{t('quizResults.tab')}</Title>
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden="true" />}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{describeResultsError(error, i18n)}</Text>
            <Button size="xs" variant="white" color="red" onClick={() => void results.refetch()}>
              {t('common.retry')}
            </Button>
          </Stack>
        </Alert>
      </Stack>
    );
  }
  return <Published results={results.data} />;
}

/** Before publication: a friendly "the results will follow", with the way to the live standings. */
function Pending({ year }: { year: number }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" maw={720}>
      <Group gap="sm" wrap="nowrap">
        <IconHourglass size={36} aria-hidden="true" color="var(--mantine-color-indigo-7)" />
        <Title order={1}>{t('quizResults.public.pendingTitle')}</Title>
      </Group>
      <Text size="lg">{t('quizResults.public.pendingText')}</Text>
      <Group gap="sm">
        <ButtonLink to="/quiz/$year/leaderboard" params={{ year: String(year) }}>
          {t('quizResults.public.toBoard')}
        </ButtonLink>
        <AnchorLink to="/quiz/rules">{t('quizResults.rulesLink')}</AnchorLink>
      </Group>
    </Stack>
  );
}

function Published({ results }: { results: PublicResults }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { podiums, counts } = results;
  // The two score awards (employee and manager) show their winners alike.
  const scoreWinner = (person: PodiumPerson & { score: number }) => (
    <Winner
      name={person.name ?? t('quizResults.anonymous')}
      detail={person.organizationName}
      figure={t('quizResults.score', { count: person.score, score: formatScore(person.score, locale) })}
    />
  );
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Title order={1}>{t('quizResults.public.title', { name: results.edition.name })}</Title>
        <Text c="dimmed" size="sm">
          {t('quizResults.public.publishedAt', { date: formatDate(results.publishedAt, locale) })}
        </Text>
        <Text size="lg" maw={760}>
          {t('quizResults.public.intro', {
            participants: counts.participants,
            teams: counts.teams,
            completed: counts.completedCore,
          })}
        </Text>
      </Stack>

      <Award id="organization" hint="organizationHint">
        <Podium
          label={t('quizResults.public.awards.organization')}
          entries={podiums.organization}
          render={(team) => (
            <Winner
              name={team.teamName}
              detail={team.organizationName}
              figure={t('quizResults.public.meanScore', { score: formatDecimal(team.meanScore, locale, 1) })}
            />
          )}
        />
      </Award>

      <SimpleGrid cols={{ base: 1, xl: 3 }} spacing="lg">
        <Award id="employeeByScore" hint="employeeByScoreHint">
          <Podium
            label={t('quizResults.public.awards.employeeByScore')}
            entries={podiums.employeeByScore}
            render={scoreWinner}
          />
        </Award>
        <Award id="manager" hint="managerHint">
          <Podium
            label={t('quizResults.public.awards.manager')}
            entries={podiums.manager}
            render={scoreWinner}
          />
        </Award>
        <Award id="employeeByLearningCurve" hint="employeeByLearningCurveHint">
          <Podium
            label={t('quizResults.public.awards.employeeByLearningCurve')}
            entries={podiums.employeeByLearningCurve}
            render={(person) => (
              <Winner
                name={person.name ?? t('quizResults.anonymous')}
                detail={person.organizationName}
                figure={t('quizResults.public.gain', { gain: formatDecimal(person.gain, locale, 2, true) })}
              />
            )}
          />
        </Award>
      </SimpleGrid>

      <Donations results={results} locale={locale} />
      <AnchorLink to="/quiz/rules">{t('quizResults.rulesLink')}</AnchorLink>
    </Stack>
  );
}

type AwardId = 'organization' | 'manager' | 'employeeByScore' | 'employeeByLearningCurve';

function Award({ id, hint, children }: { id: AwardId; hint: `${AwardId}Hint`; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={`award-${id}`}>
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h3" id={`award-${id}`}>
            {t(`quizResults.public.awards.${id}`)}
          </Title>
          <Text size="sm" c="dimmed">
            {t(`quizResults.public.awards.${hint}`)}
          </Text>
        </Stack>
        {children}
      </Stack>
    </Card>
  );
}

/**
 * Places 1–3 as an ordered list in rank order (what screen readers and phones follow); on
 * wide screens the steps stand second – first – third, each as high as its place.
 */
function Podium<T extends { rank: number }>({
  label,
  entries,
  render,
}: {
  label: string;
  entries: T[];
  render: (entry: T) => ReactNode;
}) {
  const { t } = useTranslation();
  const places = podiumPlaces(entries);
  if (places.length === 0) return <Text>{t('quizResults.public.noWinners')}</Text>;
  return (
    <ol className={classes.podium} aria-label={t('quizResults.public.podiumLabel', { award: label })}>
      {places.map((place, index) => (
        <li
          key={place.rank}
          className={classes.step}
          data-rank={place.rank}
          data-column={podiumColumn(index, places.length)}
          style={{ '--step-height': `${Math.round(podiumHeight(place.rank) * 1.4)}px` } as CSSProperties}
        >
          <div className={classes.stepBlock} aria-hidden="true">
            {place.rank}
          </div>
          <div className={classes.stepBody}>
            <Text size="xs" fw={700} tt="uppercase" c="dimmed">
              {t('quizResults.public.placeName', { rank: place.rank })}
              {place.entries.length > 1 && ` (${t('quizResults.public.sharedPlace')})`}
            </Text>
            <ul className={classes.stepNames}>
              {place.entries.map((entry, i) => (
                // Entries of one place have no id; their order within the place is fixed by the server.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <li key={i}>{render(entry)}</li>
              ))}
            </ul>
          </div>
        </li>
      ))}
    </ol>
  );
}

function Winner({ name, detail, figure }: { name: string; detail: string | null; figure: string }) {
  return (
    <Stack gap={0}>
      <Text fw={700} lh={1.3} style={{ overflowWrap: 'break-word' }}>
        {name}
      </Text>
      {detail && (
        <Text size="sm" c="dimmed" style={{ overflowWrap: 'break-word' }}>
          {detail}
        </Text>
      )}
      <Text size="sm">{figure}</Text>
    </Stack>
  );
}

function Donations({ results, locale }: { results: PublicResults; locale: Locale }) {
  const { t } = useTranslation();
  const { donations } = results;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="donations-title" bg="grape.0">
      <Stack gap="sm">
        <Group gap="sm" wrap="nowrap">
          <IconHeartHandshake size={28} aria-hidden="true" color="var(--mantine-color-grape-9)" />
          <Title order={2} size="h3" id="donations-title">
            {t('quizResults.public.donationsTitle')}
          </Title>
        </Group>
        <Text fz={{ base: 36, sm: 44 }} fw={800} lh={1.1} data-testid="results-donation-total">
          {formatEuro(donations.totalCents, locale)}
        </Text>
        <Text size="sm">
          {donations.pledgedCents > 0
            ? t('quizResults.public.donationsText', {
                perParticipant: formatEuro(donations.sponsorCentsPerParticipant, locale),
                pledged: formatEuro(donations.pledgedCents, locale),
              })
            : t('quizResults.public.donationsSponsorsOnly', {
                perParticipant: formatEuro(donations.sponsorCentsPerParticipant, locale),
              })}
        </Text>
      </Stack>
    </Card>
  );
}
