import '@mantine/charts/styles.css';
import { Box, Button, Card, Group, SimpleGrid, Stack, Text, Title, type TitleOrder } from '@mantine/core';
import { IconArrowLeft, IconDownload } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/loading.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { AnchorLink } from '../../components/router-links.tsx';
import { currentLocale } from '../../i18n/i18n.ts';
import { RequireLogin } from '../quiz-registration/require-login.tsx';
import { certificateUrl, useMyReport, useParticipantReport } from './api.ts';
import { formatDuration, formatScore } from './figures.ts';
import { LearningCurveSection } from './learning-curve.tsx';
import { ReportProblem, useForbiddenText } from './report-problem.tsx';
import { ReportStatusAlert, StatusBadge } from './report-status.tsx';
import { ThemeComparison } from './theme-comparison.tsx';
import type { AttemptFigures, ParticipantReport } from './types.ts';
import { WrongAnswersSection } from './wrong-answers.tsx';

const myRoute = getRouteApi('/quiz/$year/report');
const staffRoute = getRouteApi('/quiz/manage/$editionId/participants/$userId/report');

/** `/quiz/$year/report`: a participant's own report, once the quiz day is over. */
export function MyReportPage() {
  const { t } = useTranslation();
  usePageTitle(t('quizReports.participant.title'));
  return <RequireLogin>{() => <MyReport />}</RequireLogin>;
}

function MyReport() {
  const { t } = useTranslation();
  const { year } = myRoute.useParams();
  const report = useMyReport(Number(year));
  const forbidden = useForbiddenText();
  const back = (
    <AnchorLink to="/quiz/my" size="sm">
      <IconArrowLeft size={14} aria-hidden="true" /> {t('quizReports.participant.back')}
    </AnchorLink>
  );
  if (report.isPending) return <Loading />;
  if (report.isError) {
    return (
      <Stack gap="md">
        {back}
        <ReportProblem
          error={report.error}
          onRetry={() => void report.refetch()}
          texts={{
            not_yet: {
              title: t('quizReports.participant.notYetTitle'),
              text: t('quizReports.participant.notYetText'),
            },
            not_registered: {
              title: t('quizReports.participant.notRegisteredTitle'),
              text: t('quizReports.participant.notRegisteredText'),
            },
            no_event_date: {
              title: t('quizReports.participant.notYetTitle'),
              text: t('quizReports.common.noEventDate'),
            },
            not_found: {
              title: t('quizReports.participant.notRegisteredTitle'),
              text: t('quizReports.participant.noEditionText', { year }),
            },
            forbidden,
          }}
        />
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      {back}
      <ParticipantReportContent
        report={report.data}
        level={1}
        title={t('quizReports.participant.title')}
        certificateHref={certificateUrl({ year: Number(year) })}
        own
      />
    </Stack>
  );
}

/**
 * `/quiz/manage/$editionId/participants/$userId/report`: the same report for quiz staff
 * (below the edition's tabs, so it starts at heading level 2).
 */
export function StaffParticipantReportPage() {
  const { t } = useTranslation();
  const { editionId, userId } = staffRoute.useParams();
  const report = useParticipantReport(editionId, userId);
  const forbidden = useForbiddenText();
  if (report.isPending) return <Loading />;
  if (report.isError) {
    return (
      <ReportProblem
        error={report.error}
        onRetry={() => void report.refetch()}
        level={2}
        texts={{
          not_yet: {
            title: t('quizReports.participant.notYetTitle'),
            text: t('quizReports.participant.notYetText'),
          },
          not_registered: {
            title: t('quizReports.participant.notRegisteredTitle'),
            text: t('quizReports.participant.notRegisteredText'),
          },
          no_event_date: {
            title: t('quizReports.participant.notYetTitle'),
            text: t('quizReports.common.noEventDate'),
          },
          forbidden,
        }}
      />
    );
  }
  return (
    <ParticipantReportContent
      report={report.data}
      level={2}
      title={t('quizReports.participant.staffTitle', { name: report.data.participant.name })}
      certificateHref={certificateUrl({ editionId, userId })}
      own={false}
    />
  );
}

interface ContentProps {
  report: ParticipantReport;
  /** Heading level of the title; sections go one deeper. */
  level: 1 | 2;
  title: string;
  certificateHref: string;
  /** The participant's own report ("je"), or staff looking at someone's. */
  own: boolean;
}

export function ParticipantReportContent({ report, level, title, certificateHref, own }: ContentProps) {
  const { t } = useTranslation();
  usePageTitle(title);
  const section = (level + 1) as TitleOrder;
  const sub = (level + 2) as TitleOrder;
  const { participant } = report;

  return (
    <Stack gap="xl" maw={960}>
      <Stack gap="xs">
        <Text fw={600} c="dimmed" tt="uppercase" size="sm">
          {report.edition.name}
        </Text>
        <Title order={level}>{title}</Title>
        <Text>
          {participant.name} · {participant.teamName} · {participant.organizationName}
        </Text>
        {own && <Text>{t('quizReports.participant.intro', { edition: report.edition.name })}</Text>}
      </Stack>

      <ReportStatusAlert status={report.status} publishedAt={report.publishedAt} />

      <Box component="section" aria-labelledby="score-title">
        <Title order={section} id="score-title" mb="sm">
          {t('quizReports.participant.scoreTitle')}
        </Title>
        <SimpleGrid
          cols={{ base: 1, sm: report.managerModule || participant.role === 'manager' ? 2 : 1 }}
          spacing="md"
        >
          <ScoreCard label={t('quizReports.participant.core')} figures={report.core} level={sub} />
          {(report.managerModule || participant.role === 'manager') && (
            <ScoreCard
              label={t('quizReports.participant.manager')}
              figures={report.managerModule}
              level={sub}
            />
          )}
        </SimpleGrid>
        <Stack gap={4} mt="md" align="flex-start">
          {report.certificateAvailable ? (
            <>
              <Button
                component="a"
                href={certificateHref}
                download
                leftSection={<IconDownload size={18} aria-hidden="true" />}
                size="md"
              >
                {own
                  ? t('quizReports.participant.certificate')
                  : t('quizReports.participant.certificateStaff')}
              </Button>
              <Text size="sm" c="dimmed">
                {t('quizReports.participant.certificateText')}
              </Text>
            </>
          ) : (
            <Text size="sm">{t('quizReports.participant.noCertificate')}</Text>
          )}
        </Stack>
      </Box>

      <PositionsSection report={report} level={section} />

      <Box component="section" aria-labelledby="themes-title">
        <Title order={section} id="themes-title" mb="xs">
          {t('quizReports.themes.title')}
        </Title>
        <Text mb="md">{t('quizReports.themes.intro')}</Text>
        <ThemeComparison
          themes={report.themes}
          ownLabel={own ? t('quizReports.themes.chartOwn') : participant.name}
          level={sub}
          idPrefix="me"
          collapsedTable
        />
      </Box>

      <LearningCurveSection curve={report.learningCurve} level={section} />

      <WrongAnswersSection answers={report.wrongAnswers} themes={report.themes} level={section} />
    </Stack>
  );
}

function ScoreCard({
  label,
  figures,
  level,
}: {
  label: string;
  figures: AttemptFigures | null;
  level: TitleOrder;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Card withBorder padding="lg">
      <Stack gap={4}>
        <Title order={level} size="h5" c="dimmed">
          {label}
        </Title>
        {figures ? (
          <>
            <Text fz={32} fw={800} lh={1.1}>
              {t('quizReports.participant.scoreOf', {
                score: formatScore(figures.score, locale),
                total: figures.questionCount,
              })}
            </Text>
            <Text size="sm">
              {t('quizReports.participant.scoreText', {
                answered: figures.answered,
                total: figures.questionCount,
                time: formatDuration(figures.totalTimeMs),
              })}
            </Text>
            {figures.status === 'in_progress' && (
              <Text size="sm">{t('quizReports.participant.stillOpen')}</Text>
            )}
          </>
        ) : (
          <Text>{t('quizReports.participant.notPlayed')}</Text>
        )}
      </Stack>
    </Card>
  );
}

type RankingKey = 'employeeByScore' | 'learningCurve' | 'manager' | 'team';

function PositionsSection({ report, level }: { report: ParticipantReport; level: TitleOrder }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { positions } = report;
  const keys: RankingKey[] = ['employeeByScore', 'learningCurve', 'manager', 'team'];
  const line = (key: RankingKey): { place: string | null; note: string | null } => {
    if (key === 'team') {
      const team = positions.team;
      if (!team) return { place: null, note: t('quizReports.participant.notRanked.team') };
      const score = t('quizReports.participant.teamScore', {
        score: formatScore(Math.round(team.meanScore * 100) / 100, locale),
      });
      if (!team.eligible || team.rank === null)
        return { place: null, note: `${t('quizReports.participant.notRanked.teamNotEligible')} ${score}` };
      return { place: t('quizReports.participant.place', { rank: team.rank, of: team.of }), note: score };
    }
    const position = positions[key];
    return position
      ? { place: t('quizReports.participant.place', { rank: position.rank, of: position.of }), note: null }
      : { place: null, note: t(`quizReports.participant.notRanked.${key}`) };
  };

  return (
    <Box component="section" aria-labelledby="positions-title">
      <Group gap="sm" mb="xs" align="center">
        <Title order={level} id="positions-title">
          {t('quizReports.participant.positionsTitle')}
        </Title>
        <StatusBadge status={report.status} />
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t('quizReports.participant.positionsIntro')}
      </Text>
      <SimpleGrid
        component="ul"
        cols={{ base: 1, sm: 2 }}
        spacing="sm"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
      >
        {keys.map((key) => {
          const { place, note } = line(key);
          return (
            <Card component="li" key={key} withBorder padding="md">
              <Text fw={600}>{t(`quizReports.participant.rankings.${key}`)}</Text>
              {place ? (
                <Group gap="xs" align="baseline">
                  <Text fz={24} fw={800}>
                    {place}
                  </Text>
                  <StatusBadge status={report.status} />
                </Group>
              ) : null}
              {note && (
                <Text size="sm" c={place ? undefined : 'dimmed'}>
                  {note}
                </Text>
              )}
            </Card>
          );
        })}
      </SimpleGrid>
    </Box>
  );
}
