import '@mantine/charts/styles.css';
import { ScatterChart } from '@mantine/charts';
import {
  Alert,
  Badge,
  Box,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/loading.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { AnchorLink } from '../../components/router-links.tsx';
import { currentLocale } from '../../i18n/i18n.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useEdition } from '../quiz-content/editions-api.ts';
import { useQuestionReport } from './api.ts';
import {
  type FlagFilter,
  filterQuestions,
  flagCounts,
  formatNumber,
  formatShare,
  optionBars,
  type QuestionFilter,
  type QuestionSort,
  questionSorts,
  scatterPoints,
  titleOf,
} from './figures.ts';
import { ReportProblem } from './report-problem.tsx';
import {
  type QuestionFlag,
  type QuestionPool,
  type QuestionReport,
  type QuestionStat,
  questionFlags,
} from './types.ts';

const route = getRouteApi('/quiz/manage/$editionId/analysis');

/** `/quiz/manage/$editionId/analysis`: "Vraaganalyse", item statistics for content experts and staff. */
export function QuestionStatsTab() {
  const { t } = useTranslation();
  const { editionId } = route.useParams();
  usePageTitle(t('quizReports.questions.title'));
  const report = useQuestionReport(editionId);
  if (report.isPending) return <Loading />;
  if (report.isError) {
    return (
      <ReportProblem
        error={report.error}
        onRetry={() => void report.refetch()}
        level={2}
        texts={{
          forbidden: {
            title: t('quizReports.common.forbiddenTitle'),
            text: t('quizReports.questions.forbiddenText'),
          },
          no_event_date: {
            title: t('quizReports.questions.title'),
            text: t('quizReports.common.noEventDate'),
          },
        }}
      />
    );
  }
  return <QuestionStats report={report.data} editionId={editionId} />;
}

function QuestionStats({ report, editionId }: { report: QuestionReport; editionId: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const edition = useEdition(editionId);
  const themes = edition.data?.themes ?? [];
  const objectives = new Map(
    themes.flatMap((th) => th.objectives.map((o) => [o.id, titleOf(o, locale)] as const)),
  );
  const [filter, setFilter] = useState<QuestionFilter>({
    flag: 'all',
    themeId: null,
    pool: null,
    sort: 'flags',
  });
  const shown = useMemo(() => filterQuestions(report.questions, filter), [report.questions, filter]);
  const counts = flagCounts(report.questions);
  const flagged = report.questions.filter((q) => q.flags.length > 0).length;
  const pools = [...new Set(report.questions.map((q) => q.pool))];
  const calibration = report.calibration;

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={2}>{t('quizReports.questions.title')}</Title>
        <Text>{t('quizReports.questions.intro')}</Text>
        <Text size="sm" c="dimmed">
          {t('quizReports.questions.computedAt', { date: formatDateTime(report.computedAt, locale) })}
          {calibration &&
            ` ${t('quizReports.questions.calibration', {
              estimated: calibration.estimatedItems,
              items: calibration.items,
              rows: calibration.rows,
              iterations: calibration.iterations,
            })}`}
        </Text>
        {calibration && !calibration.converged && (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden="true" />}>
            {t('quizReports.questions.notConverged')}
          </Alert>
        )}
      </Stack>

      {report.questions.length === 0 ? (
        <Text>{t('quizReports.questions.empty')}</Text>
      ) : (
        <>
          <Group gap="xs">
            <Badge variant="light" color="gray" tt="none" size="lg">
              {t('quizReports.questions.count', { count: report.questions.length })}
            </Badge>
            <Badge variant="light" color={flagged > 0 ? 'red' : 'teal'} tt="none" size="lg">
              {t('quizReports.questions.flagged', { count: flagged })}
            </Badge>
            {questionFlags
              .filter((f) => counts[f] > 0)
              .map((f) => (
                <Badge key={f} variant="light" color="red" tt="none" size="lg">
                  {`${t(`quizReports.questions.flags.${f}`)}: ${counts[f]}`}
                </Badge>
              ))}
          </Group>

          <DifficultyScatter questions={report.questions} />

          <Box component="section" aria-labelledby="question-list-title">
            <Title order={3} id="question-list-title" mb="sm">
              {t('quizReports.questions.count', { count: shown.length })}
            </Title>
            <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" mb="md">
              <Select
                label={t('quizReports.questions.filters.flag')}
                value={filter.flag}
                onChange={(value) => value && setFilter({ ...filter, flag: value as FlagFilter })}
                allowDeselect={false}
                data={[
                  { value: 'all', label: t('quizReports.questions.filters.all') },
                  { value: 'any', label: t('quizReports.questions.filters.anyFlag') },
                  { value: 'none', label: t('quizReports.questions.filters.noFlag') },
                  ...questionFlags.map((f) => ({ value: f, label: t(`quizReports.questions.flags.${f}`) })),
                ]}
              />
              <Select
                label={t('quizReports.questions.filters.theme')}
                value={filter.themeId ?? 'all'}
                onChange={(value) =>
                  setFilter({ ...filter, themeId: !value || value === 'all' ? null : value })
                }
                allowDeselect={false}
                data={[
                  { value: 'all', label: t('quizReports.questions.filters.all') },
                  ...themes.map((th) => ({ value: th.id, label: titleOf(th, locale) })),
                ]}
              />
              <Select
                label={t('quizReports.questions.filters.pool')}
                value={filter.pool ?? 'all'}
                onChange={(value) =>
                  setFilter({ ...filter, pool: !value || value === 'all' ? null : (value as QuestionPool) })
                }
                allowDeselect={false}
                data={[
                  { value: 'all', label: t('quizReports.questions.filters.all') },
                  ...pools.map((p) => ({ value: p, label: t(`quizReports.questions.pools.${p}`) })),
                ]}
              />
              <Select
                label={t('quizReports.questions.filters.sort')}
                value={filter.sort}
                onChange={(value) => value && setFilter({ ...filter, sort: value as QuestionSort })}
                allowDeselect={false}
                data={questionSorts.map((s) => ({ value: s, label: t(`quizReports.questions.sort.${s}`) }))}
              />
            </SimpleGrid>
            <Text size="sm" role="status" aria-live="polite" mb="sm">
              {shown.length === 0
                ? t('quizReports.questions.noneMatch')
                : t('quizReports.questions.count', { count: shown.length })}
            </Text>
            <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
              {shown.map((q) => (
                <QuestionCard
                  key={q.questionId}
                  question={q}
                  objective={objectives.get(q.objectiveId) ?? null}
                />
              ))}
            </Stack>
          </Box>
        </>
      )}
    </Stack>
  );
}

function DifficultyScatter({ questions }: { questions: QuestionStat[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const points = scatterPoints(questions);
  if (points.length < 3) return null;
  return (
    <Box component="section" aria-labelledby="scatter-title">
      <Title order={3} id="scatter-title" mb={4}>
        {t('quizReports.questions.scatterTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('quizReports.questions.scatterIntro')}
      </Text>
      <Box
        role="img"
        aria-label={t('quizReports.questions.scatterSummary', { count: points.length })}
        maw={720}
      >
        <ScatterChart
          h={280}
          data={[{ color: 'indigo.6', name: t('quizReports.questions.title'), data: points }]}
          dataKey={{ x: 'difficulty', y: 'share' }}
          labels={{ x: t('quizReports.questions.scatterX'), y: t('quizReports.questions.scatterY') }}
          xAxisLabel={t('quizReports.questions.scatterX')}
          yAxisLabel={t('quizReports.questions.scatterY')}
          yAxisProps={{ domain: [0, 100] }}
          valueFormatter={{ x: (v) => formatNumber(v, locale, 1), y: (v) => `${Math.round(v)}%` }}
          withTooltip={false}
          scatterChartProps={{ accessibilityLayer: false }}
        />
      </Box>
    </Box>
  );
}

function QuestionCard({ question, objective }: { question: QuestionStat; objective: string | null }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const flagged = question.flags.length > 0;
  const headingId = `question-${question.questionId}`;
  const discrimination = question.pointBiserial;
  const status = question.difficultyStatus;
  const difficulty =
    status !== 'estimated'
      ? t(`quizReports.questions.difficultyStatus.${status}`)
      : question.difficulty === null
        ? '—'
        : t('quizReports.questions.difficultyValue', {
            value: formatNumber(question.difficulty, locale, 2, true),
            se: formatNumber(question.difficultySe, locale),
          });
  return (
    <Card
      component="li"
      withBorder
      padding="md"
      aria-labelledby={headingId}
      style={flagged ? { borderColor: 'var(--mantine-color-red-6)', borderWidth: 2 } : undefined}
    >
      <Stack gap="sm">
        <Group gap="xs" wrap="wrap">
          <Badge variant="light" color="gray" tt="none">
            {t(`quizReports.questions.pools.${question.pool}`)}
          </Badge>
          {question.flags.map((flag) => (
            <FlagBadge key={flag} flag={flag} />
          ))}
        </Group>
        <Title order={4} size="h5" id={headingId}>
          <AnchorLink to="/quiz/questions/$questionId" params={{ questionId: question.questionId }}>
            {question.stem}
          </AnchorLink>
        </Title>
        {objective && (
          <Text size="sm" c="dimmed">
            {objective}
          </Text>
        )}
        {question.flags.map((flag) => (
          <Text key={flag} size="sm" c="red.9">
            {t(`quizReports.questions.flagHelp.${flag}`)}
          </Text>
        ))}
        <SimpleGrid component="dl" cols={{ base: 2, sm: 3, lg: 6 }} spacing="xs" m={0}>
          <Figure label={t('quizReports.questions.served')} value={String(question.served)} />
          <Figure label={t('quizReports.questions.answered')} value={String(question.answered)} />
          <Figure
            label={t('quizReports.questions.shareCorrect')}
            value={formatShare(question.shareCorrect, locale)}
          />
          <Figure
            label={t('quizReports.questions.shareFully')}
            value={formatShare(question.shareFullyCorrect, locale)}
          />
          <Figure
            label={t('quizReports.questions.discrimination')}
            value={formatNumber(discrimination, locale)}
            help={t('quizReports.questions.discriminationHelp')}
            color={discrimination !== null && discrimination < 0 ? 'red.9' : undefined}
          />
          <Figure label={t('quizReports.questions.difficulty')} value={difficulty} />
        </SimpleGrid>
        <OptionDistribution question={question} />
      </Stack>
    </Card>
  );
}

function Figure({
  label,
  value,
  help,
  color,
}: {
  label: string;
  value: string;
  help?: string;
  color?: string;
}) {
  const term = (
    <Text
      component="dt"
      size="xs"
      c="dimmed"
      style={help ? { textDecoration: 'underline dotted' } : undefined}
    >
      {label}
    </Text>
  );
  return (
    <div>
      {help ? (
        <Tooltip label={help} multiline w={260} events={{ hover: true, focus: true, touch: true }}>
          {term}
        </Tooltip>
      ) : (
        term
      )}
      <Text component="dd" m={0} fw={700} c={color}>
        {value}
      </Text>
    </div>
  );
}

function FlagBadge({ flag }: { flag: QuestionFlag }) {
  const { t } = useTranslation();
  return (
    <Badge
      color="red.9"
      variant="filled"
      tt="none"
      leftSection={<IconAlertTriangle size={12} aria-hidden="true" />}
    >
      {t(`quizReports.questions.flags.${flag}`)}
    </Badge>
  );
}

/** A small bar per option: how often it was chosen, the right ones in green. */
function OptionDistribution({ question }: { question: QuestionStat }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const bars = optionBars(question);
  const titleId = `options-${question.questionId}`;
  return (
    <Box>
      <Group gap={6} mb={4}>
        <Text size="sm" fw={600} id={titleId}>
          {question.type === 'ordering'
            ? t('quizReports.questions.optionsOrdering')
            : t('quizReports.questions.optionsTitle')}
        </Text>
        {question.answered === 0 && <IconInfoCircle size={14} aria-hidden="true" />}
      </Group>
      <Stack component="ol" gap={4} p={0} m={0} aria-labelledby={titleId} style={{ listStyle: 'none' }}>
        {bars.map((bar, index) => {
          const option = question.options[index]!;
          return (
            <li key={bar.option}>
              <Group gap="xs" wrap="nowrap" align="center">
                <Text size="sm" fw={700} w={18} c={bar.correct ? 'teal.9' : undefined}>
                  {bar.option}
                </Text>
                <Box style={{ flex: 1, minWidth: 0 }}>
                  <Text size="sm" lineClamp={2}>
                    {option.text}
                    {bar.correct && (
                      <Text span size="xs" c="teal.9" fw={700}>
                        {` (${t('quizReports.questions.correctOption')})`}
                      </Text>
                    )}
                  </Text>
                  <Box
                    aria-hidden="true"
                    h={8}
                    mt={2}
                    bg="var(--mantine-color-gray-2)"
                    style={{ borderRadius: 4, overflow: 'hidden' }}
                  >
                    <Box
                      h="100%"
                      w={`${Math.round((bar.share ?? 0) * 100)}%`}
                      bg={bar.correct ? 'var(--mantine-color-teal-6)' : 'var(--mantine-color-gray-6)'}
                    />
                  </Box>
                </Box>
                <Text size="sm" w={110} ta="right" style={{ flexShrink: 0 }}>
                  {t('quizReports.questions.chosenTimes', {
                    count: bar.chosen,
                    share: formatShare(bar.share, locale),
                  })}
                </Text>
              </Group>
            </li>
          );
        })}
      </Stack>
    </Box>
  );
}
