import '@mantine/charts/styles.css';
import {
  Alert,
  Badge,
  Box,
  Button,
  Card,
  Group,
  List,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
  type TitleOrder,
} from '@mantine/core';
import {
  IconArrowLeft,
  IconDownload,
  IconInfoCircle,
  IconTrendingDown,
  IconTrendingUp,
} from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/loading.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { QueryState } from '../../components/query-state.tsx';
import { AnchorLink } from '../../components/router-links.tsx';
import { currentLocale } from '../../i18n/i18n.ts';
import type { User } from '../../lib/session.ts';
import { isQuizStaff } from '../quiz-registration/access.ts';
import { useCoordinatorHome } from '../quiz-registration/coordinator-api.ts';
import { RequireLogin } from '../quiz-registration/require-login.tsx';
import { organizationCsvUrl, useOrganizationReport } from './api.ts';
import { eventStarted, formatPoints, formatScore, objectiveTitles } from './figures.ts';
import { ReportProblem, useForbiddenText } from './report-problem.tsx';
import { ReportStatusAlert } from './report-status.tsx';
import { ThemeComparison } from './theme-comparison.tsx';
import type { GroupFigures, OrganizationReport, TeamFigures } from './types.ts';

const route = getRouteApi('/quiz/registration/results');

/**
 * `/quiz/registration/results`: the coordinator's report of their organisation (staff open
 * any organisation's with `?organization=…&edition=…`). The API refuses other companies' data
 * with 403, which is shown as "geen toegang".
 */
export function OrganizationResultsPage() {
  return <RequireLogin>{(user) => <ResultsContent user={user} />}</RequireLogin>;
}

function ResultsContent({ user }: { user: User }) {
  const search = route.useSearch();
  if (search.organization && search.edition) {
    return (
      <OrganizationReportView
        editionId={search.edition}
        organizationId={search.organization}
        staff={isQuizStaff(user)}
      />
    );
  }
  return <Chooser />;
}

/** A coordinator without ids in the link: their organisation, and its latest edition with a quiz day. */
function Chooser() {
  const { t } = useTranslation();
  const home = useCoordinatorHome();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  usePageTitle(t('quizReports.organization.titleShort'));
  return (
    <QueryState query={home}>
      {(items) => {
        if (items.length === 0) {
          return (
            <Stack gap="md" maw={640}>
              <Title order={1}>{t('quizReports.organization.titleShort')}</Title>
              <Text>{t('quizReports.organization.none')}</Text>
            </Stack>
          );
        }
        const chosen = items.find((i) => i.organization.id === search.organization) ?? items[0]!;
        const now = Date.now();
        const editions = chosen.editions.filter((e) => eventStarted(e, now)).sort((a, b) => b.year - a.year);
        const edition = editions[0];
        return (
          <Stack gap="lg">
            {items.length > 1 && (
              <Select
                label={t('quizReports.organization.choose')}
                data={items.map((i) => ({ value: i.organization.id, label: i.organization.name }))}
                value={chosen.organization.id}
                onChange={(value) =>
                  value && void navigate({ search: { organization: value }, replace: true })
                }
                allowDeselect={false}
                maw={360}
              />
            )}
            {edition ? (
              <OrganizationReportView
                key={`${chosen.organization.id}:${edition.id}`}
                editionId={edition.id}
                organizationId={chosen.organization.id}
                staff={false}
              />
            ) : (
              <Stack gap="md" maw={640}>
                <Title order={1}>
                  {t('quizReports.organization.title', { name: chosen.organization.name })}
                </Title>
                <Text>{t('quizReports.organization.noEdition')}</Text>
              </Stack>
            )}
          </Stack>
        );
      }}
    </QueryState>
  );
}

interface ViewProps {
  editionId: string;
  organizationId: string;
  staff: boolean;
}

function OrganizationReportView({ editionId, organizationId, staff }: ViewProps) {
  const { t } = useTranslation();
  const report = useOrganizationReport(editionId, organizationId);
  const forbidden = useForbiddenText();
  const back = (
    <AnchorLink
      to="/quiz/registration"
      search={staff ? { organization: organizationId, edition: editionId } : {}}
      size="sm"
    >
      <IconArrowLeft size={14} aria-hidden="true" /> {t('quizReports.organization.back')}
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
            forbidden,
            no_event_date: {
              title: t('quizReports.organization.titleShort'),
              text: t('quizReports.common.noEventDate'),
            },
            not_found: {
              title: t('quizReports.organization.titleShort'),
              text: t('quizReports.organization.none'),
            },
          }}
        />
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      {back}
      <OrganizationReportContent report={report.data} editionId={editionId} />
    </Stack>
  );
}

export function OrganizationReportContent({
  report,
  editionId,
}: {
  report: OrganizationReport;
  editionId: string;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const title = t('quizReports.organization.title', { name: report.organization.name });
  usePageTitle(title);
  const { participation, minimumGroupSize } = report;

  return (
    <Stack gap="xl" maw={1040}>
      <Stack gap="xs">
        <Text fw={600} c="dimmed" tt="uppercase" size="sm">
          {report.edition.name}
        </Text>
        <Title order={1}>{title}</Title>
        <Text>{t('quizReports.organization.intro', { edition: report.edition.name })}</Text>
      </Stack>

      <ReportStatusAlert status={report.status} publishedAt={report.publishedAt} />

      <Box component="section" aria-labelledby="participation-title">
        <Title order={2} id="participation-title" mb="xs">
          {t('quizReports.organization.participationTitle')}
        </Title>
        <Text mb="sm">
          {t('quizReports.organization.participationSummary', {
            completed: participation.completedCore,
            confirmed: participation.confirmed,
          })}
        </Text>
        <SimpleGrid component="dl" cols={{ base: 2, sm: 3, md: 6 }} spacing="sm" m={0}>
          {(
            ['teams', 'invited', 'confirmed', 'startedCore', 'completedCore', 'completedManager'] as const
          ).map((key) => (
            <Card key={key} withBorder padding="sm">
              <Text component="dt" size="sm" c="dimmed">
                {t(`quizReports.organization.participation.${key}`)}
              </Text>
              <Text component="dd" m={0} fz={26} fw={800}>
                {participation[key]}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      </Box>

      <Box component="section" aria-labelledby="export-title">
        <Title order={2} id="export-title" mb="xs">
          {t('quizReports.organization.exportTitle')}
        </Title>
        <Text mb="sm">{t('quizReports.organization.exportText')}</Text>
        <Group gap="sm">
          <Button
            component="a"
            href={organizationCsvUrl(editionId, report.organization.id, 'objectives', locale)}
            download
            variant="light"
            leftSection={<IconDownload size={18} aria-hidden="true" />}
          >
            {t('quizReports.organization.exportObjectives')}
          </Button>
          <Button
            component="a"
            href={organizationCsvUrl(editionId, report.organization.id, 'participation', locale)}
            download
            variant="light"
            leftSection={<IconDownload size={18} aria-hidden="true" />}
          >
            {t('quizReports.organization.exportParticipation')}
          </Button>
        </Group>
      </Box>

      <Alert variant="light" color="gray" icon={<IconInfoCircle aria-hidden="true" />}>
        {t('quizReports.organization.suppressedExplain', { minimum: minimumGroupSize })}
      </Alert>

      <Box component="section" aria-labelledby="overall-title">
        <Group gap="sm" mb="xs" align="baseline">
          <Title order={2} id="overall-title">
            {t('quizReports.organization.overallTitle')}
          </Title>
          <Text c="dimmed">{t('quizReports.organization.players', { count: report.overall.players })}</Text>
        </Group>
        <GroupReport
          figures={report.overall}
          ownLabel={t('quizReports.organization.own')}
          idPrefix="overall"
          level={3}
          minimum={minimumGroupSize}
        />
      </Box>

      <Box component="section" aria-labelledby="teams-title">
        <Title order={2} id="teams-title" mb="md">
          {t('quizReports.organization.teamsTitle')}
        </Title>
        <Stack gap="lg">
          {report.teams.map((team) => (
            <TeamSection key={team.teamId} team={team} minimum={minimumGroupSize} />
          ))}
        </Stack>
      </Box>
    </Stack>
  );
}

function TeamSection({ team, minimum }: { team: TeamFigures; minimum: number }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const headingId = `team-${team.teamId}`;
  return (
    <Card component="section" withBorder padding="lg" aria-labelledby={headingId}>
      <Stack gap="md">
        <Stack gap={6}>
          <Title order={3} id={headingId}>
            {team.teamName}
          </Title>
          <Group gap="xs">
            <Badge variant="light" color="gray" tt="none">
              {t('quizReports.organization.players', { count: team.players })}
            </Badge>
            <Badge variant="light" color="blue" tt="none">
              {t('quizReports.organization.teamCompleted', {
                completed: team.completedCore,
                confirmed: team.confirmed,
              })}
            </Badge>
            <Badge variant="light" color="indigo" tt="none">
              {t('quizReports.organization.teamScore', {
                score: formatScore(Math.round(team.meanScore * 100) / 100, locale),
              })}
            </Badge>
            {team.eligible && team.rank !== null ? (
              <Badge variant="light" color="teal" tt="none">
                {t('quizReports.organization.teamPlace', { rank: team.rank, of: team.of })}
              </Badge>
            ) : (
              <Badge variant="light" color="orange" tt="none">
                {t('quizReports.organization.teamNotEligible')}
              </Badge>
            )}
          </Group>
        </Stack>
        <GroupReport
          figures={team}
          ownLabel={t('quizReports.organization.ownTeam')}
          idPrefix={team.teamId}
          level={4}
          minimum={minimum}
        />
      </Stack>
    </Card>
  );
}

interface GroupReportProps {
  figures: GroupFigures;
  ownLabel: string;
  idPrefix: string;
  level: TitleOrder;
  minimum: number;
}

function GroupReport({ figures, ownLabel, idPrefix, level, minimum }: GroupReportProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      {figures.suppressed ? (
        <Alert variant="light" color="yellow" icon={<IconInfoCircle aria-hidden="true" />}>
          {t('quizReports.organization.suppressed', { minimum })}
        </Alert>
      ) : (
        <StrengthsAndWeaknesses figures={figures} level={level} />
      )}
      <ThemeComparison
        themes={figures.themes}
        ownLabel={ownLabel}
        level={level}
        idPrefix={idPrefix}
        withObjectives={!figures.suppressed}
        collapsedTable
      />
    </Stack>
  );
}

function StrengthsAndWeaknesses({ figures, level }: { figures: GroupFigures; level: TitleOrder }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const titles = objectiveTitles(figures.themes, locale);
  const block = (kind: 'strengths' | 'weaknesses') => {
    const ids = figures[kind];
    const good = kind === 'strengths';
    return (
      <Card
        withBorder
        padding="md"
        bg={good ? 'var(--mantine-color-teal-light)' : 'var(--mantine-color-red-light)'}
      >
        <Group gap="xs" mb="xs">
          {good ? <IconTrendingUp aria-hidden="true" /> : <IconTrendingDown aria-hidden="true" />}
          <Title order={level} size="h5">
            {t(`quizReports.organization.${kind}`)}
          </Title>
        </Group>
        {ids.length === 0 ? (
          <Text size="sm">
            {t(good ? 'quizReports.organization.noStrengths' : 'quizReports.organization.noWeaknesses')}
          </Text>
        ) : (
          <List spacing={4} size="sm">
            {ids.map((id) => {
              const objective = titles.get(id);
              return (
                <List.Item key={id}>
                  {objective?.title ?? id}{' '}
                  <Text span fw={700} size="sm">
                    (
                    {t('quizReports.common.points', {
                      count: Math.abs(Math.round((objective?.difference ?? 0) * 100)),
                      value: formatPoints(objective?.difference ?? null, locale),
                    })}
                    )
                  </Text>
                </List.Item>
              );
            })}
          </List>
        )}
      </Card>
    );
  };
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      {block('strengths')}
      {block('weaknesses')}
    </SimpleGrid>
  );
}
