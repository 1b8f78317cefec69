import '@mantine/charts/styles.css';
import { Alert, Card, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { QueryState } from '../../components/query-state.tsx';
import { ButtonLink } from '../../components/router-links.tsx';
import { currentLocale } from '../../i18n/i18n.ts';
import { formatDateTime } from '../../lib/format.ts';
import { formatLongDay, percentOf } from './figures.ts';
import { useMyPractice, usePracticeYear } from './me-api.ts';
import { MyMailChoice } from './my-mail-choice.tsx';
import { MyOpenQuestions } from './my-open-questions.tsx';
import classes from './practice.module.css';
import { RequireLogin } from './require-login.tsx';
import { ThemeProgress } from './theme-progress.tsx';
import type { MyPractice } from './types.ts';

const route = getRouteApi('/oefenen');

/**
 * `/oefenen`: a participant's own practice (the "Oefenen op Wegwijs" link of every practice
 * mail): streak and figures, the open questions to answer here, progress per theme, and
 * whether practice mail comes.
 */
export function PracticePage() {
  const { t } = useTranslation();
  usePageTitle(t('quizPractice.me.title'));
  return <RequireLogin>{() => <PracticeHome />}</RequireLogin>;
}

function PracticeHome() {
  const { t } = useTranslation();
  const { year: chosen } = route.useSearch();
  const found = usePracticeYear(chosen === undefined);
  if (chosen !== undefined) return <PracticeOverview year={chosen} />;
  if (found.isPending) return <Loading />;
  if (found.isError) return <ErrorAlert error={found.error} onRetry={() => void found.refetch()} />;
  if (found.data === null) {
    return (
      <Stack gap="md" maw={640}>
        <Title order={1}>{t('quizPractice.me.title')}</Title>
        <Text>{t('quizPractice.me.noEdition')}</Text>
      </Stack>
    );
  }
  return <PracticeOverview year={found.data} />;
}

function PracticeOverview({ year }: { year: number }) {
  const practice = useMyPractice(year);
  return <QueryState query={practice}>{(data) => <PracticeContent data={data} />}</QueryState>;
}

function PracticeContent({ data }: { data: MyPractice }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { campaign, edition } = data;
  const takingPart = data.participant || data.sent > 0;

  return (
    <Stack gap="xl" maw={960}>
      <Stack gap="xs">
        <Text fw={600} c="dimmed" tt="uppercase" size="sm">
          {edition.name}
        </Text>
        <Title order={1}>{t('quizPractice.me.title')}</Title>
        <Text>{t('quizPractice.me.intro', { edition: edition.name })}</Text>
        {campaign?.practiceStartsOn && campaign.practiceEndsOn && (
          <Text>
            {t('quizPractice.me.period', {
              from: formatLongDay(campaign.practiceStartsOn, locale),
              to: formatLongDay(campaign.practiceEndsOn, locale),
            })}
          </Text>
        )}
        {campaign && campaign.status !== 'active' && (
          <Text>{t(`quizPractice.me.campaign.${campaign.status}`)}</Text>
        )}
        {campaign?.nextSendAt && data.subscription.status === 'active' && takingPart && (
          <Text>{t('quizPractice.me.nextSend', { date: formatDateTime(campaign.nextSendAt, locale) })}</Text>
        )}
      </Stack>

      {!takingPart ? (
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden="true" />}>
          <Stack gap="sm" align="flex-start">
            <Text>{t('quizPractice.me.notParticipant', { edition: edition.name })}</Text>
            <ButtonLink to="/quiz/my" variant="light">
              {t('quizPractice.me.toMyQuiz')}
            </ButtonLink>
          </Stack>
        </Alert>
      ) : !campaign ? (
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden="true" />}>
          {t('quizPractice.me.noCampaign', { edition: edition.name })}
        </Alert>
      ) : (
        <>
          <MyFigures data={data} />
          <MyOpenQuestions year={edition.year} />
          <ThemeProgress themes={data.themes} />
          {data.participant && <MyMailChoice year={edition.year} subscription={data.subscription} />}
        </>
      )}
    </Stack>
  );
}

function MyFigures({ data }: { data: MyPractice }) {
  const { t } = useTranslation();
  const figures: Array<{ key: string; label: string; value: string; help: string }> = [
    {
      key: 'streak',
      label: t('quizPractice.me.stats.streak'),
      value: String(data.streak),
      help: t('quizPractice.me.stats.streakHelp', { count: data.streak }),
    },
    {
      key: 'answered',
      label: t('quizPractice.me.stats.answered'),
      value: String(data.answered),
      help: t('quizPractice.me.stats.answeredHelp', { count: data.sent }),
    },
    {
      key: 'correct',
      label: t('quizPractice.me.stats.correct'),
      value: String(data.correct),
      help: t('quizPractice.me.stats.correctHelp', { percent: percentOf(data.correct, data.answered) }),
    },
    {
      key: 'entryCheck',
      label: t('quizPractice.me.stats.entryCheck'),
      value: data.entryCheck.total > 0 ? `${data.entryCheck.answered}/${data.entryCheck.total}` : '—',
      help:
        data.entryCheck.total > 0
          ? t('quizPractice.me.stats.entryCheckHelp', {
              answered: data.entryCheck.answered,
              total: data.entryCheck.total,
            })
          : t('quizPractice.me.stats.entryCheckNone'),
    },
  ];
  return (
    <section aria-labelledby="practice-figures-title">
      <Title order={2} id="practice-figures-title" mb="sm">
        {t('quizPractice.me.statsTitle')}
      </Title>
      <dl className={classes.figures}>
        {figures.map((f) => (
          <Card key={f.key} withBorder padding="md">
            <Text component="dt" fw={600} size="sm" c="dimmed">
              {f.label}
            </Text>
            <dd className={classes.figureValue} style={{ marginInlineStart: 0 }}>
              {f.value}
            </dd>
            <Text component="dd" size="sm" m={0}>
              {f.help}
            </Text>
          </Card>
        ))}
      </dl>
    </section>
  );
}
