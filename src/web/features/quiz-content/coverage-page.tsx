import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import {
  Box,
  Card,
  Group,
  Progress,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/page-title.ts';
import { QueryState } from '../../components/query-state.tsx';
import { AnchorLink } from '../../components/router-links.tsx';
import { TableFrame } from '../../components/table-frame.tsx';
import { currentLocale } from '../../i18n/i18n.ts';
import { coverageBars, gapCount, missingOf, objectivesMeetingTarget, percentOfTarget } from './coverage.ts';
import { titleOf, useCoverage, useEdition } from './editions-api.ts';
import { type Coverage, type CoverageTheme, type QuestionPool, questionPools } from './types.ts';

const route = getRouteApi('/quiz/manage/$editionId/coverage');

/**
 * Coverage of an edition: per theme a chart of approved questions per objective against the
 * target for one pool (gaps in red), and next to it a table with every number.
 */
export function CoveragePage() {
  const { t } = useTranslation();
  const { editionId } = route.useParams();
  const edition = useEdition(editionId);
  const coverage = useCoverage(editionId);
  const [pool, setPool] = useState<QuestionPool>('core');
  const narrow = useMediaQuery('(max-width: 36em)') ?? false;
  usePageTitle(edition.data ? `${t('quizContent.coverage.title')} · ${edition.data.name}` : undefined);

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2}>{t('quizContent.coverage.title')}</Title>
        <Text size="sm" c="dimmed" maw={760}>
          {t('quizContent.coverage.intro')}
        </Text>
      </Stack>
      <QueryState query={coverage}>
        {(data) =>
          data.themes.every((theme) => theme.objectives.length === 0) ? (
            <Text>{t('quizContent.coverage.empty')}</Text>
          ) : (
            <Stack gap="xl">
              <Totals coverage={data} />
              <SegmentedControl
                aria-label={t('quizContent.coverage.poolLabel')}
                orientation={narrow ? 'vertical' : 'horizontal'}
                value={pool}
                onChange={(value) => setPool(value as QuestionPool)}
                data={questionPools.map((p) => ({ value: p, label: t(`quizContent.pools.${p}`) }))}
                style={{ alignSelf: 'flex-start' }}
              />
              {data.themes.map((theme) => (
                <ThemeCoverage
                  key={theme.id}
                  editionId={editionId}
                  theme={theme}
                  pool={pool}
                  narrow={narrow}
                />
              ))}
            </Stack>
          )
        }
      </QueryState>
    </Stack>
  );
}

function Totals({ coverage }: { coverage: Coverage }) {
  const { t } = useTranslation();
  return (
    <Box component="section" aria-labelledby="coverage-totals-title">
      <Title order={3} id="coverage-totals-title" mb="sm">
        {t('quizContent.coverage.totalsTitle')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {questionPools.map((pool) => {
          const approved = coverage.totals.approved[pool];
          const target = coverage.totals.target[pool];
          const gaps = gapCount(coverage, pool);
          const label = t(`quizContent.pools.${pool}`);
          return (
            <Card key={pool} withBorder padding="md">
              <Text fw={700}>{label}</Text>
              <Text size="sm">{t('quizContent.coverage.totalLine', { approved, target })}</Text>
              <Progress
                value={percentOfTarget(approved, target)}
                color={gaps === 0 ? 'teal' : 'orange'}
                mt="xs"
                aria-label={`${label}: ${t('quizContent.coverage.totalLine', { approved, target })}`}
              />
              <Text size="sm" mt="xs" c={gaps === 0 ? 'teal.8' : 'red.8'} fw={600}>
                {gaps === 0
                  ? t('quizContent.coverage.complete')
                  : t('quizContent.coverage.gapsCount', { count: gaps })}
              </Text>
            </Card>
          );
        })}
      </SimpleGrid>
    </Box>
  );
}

/** Long objective titles are shortened on the chart's axis; the table has them in full. */
const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

interface ThemeCoverageProps {
  editionId: string;
  theme: CoverageTheme;
  pool: QuestionPool;
  /** A phone: a narrower axis with shorter names. */
  narrow: boolean;
}

function ThemeCoverage({ editionId, theme, pool, narrow }: ThemeCoverageProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const title = titleOf(theme, locale);
  const poolLabel = t(`quizContent.pools.${pool}`);
  const bars = coverageBars(theme, pool, locale);
  const headingId = `coverage-theme-${theme.id}`;

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={3} id={headingId}>
          {title}
        </Title>
        {theme.objectives.length > 0 && (
          <Box
            role="img"
            aria-label={t('quizContent.coverage.chartSummary', {
              theme: title,
              met: objectivesMeetingTarget(theme, pool),
              count: theme.objectives.length,
              pool: poolLabel,
            })}
          >
            <Text size="sm" fw={600} mb={4} aria-hidden="true">
              {t('quizContent.coverage.chartTitle', { pool: poolLabel })}
            </Text>
            <BarChart
              h={Math.max(120, bars.length * 44 + 50)}
              data={bars}
              dataKey="objective"
              orientation="vertical"
              type="stacked"
              withLegend
              legendProps={{ verticalAlign: 'bottom' }}
              series={[
                { name: 'approved', label: t('quizContent.coverage.approvedSeries'), color: 'teal.6' },
                { name: 'missing', label: t('quizContent.coverage.missingSeries'), color: 'red.5' },
              ]}
              yAxisProps={{
                width: narrow ? 110 : 190,
                tickFormatter: (value: string) => shorten(value, narrow ? 20 : 34),
              }}
              xAxisProps={{ allowDecimals: false }}
              gridAxis="x"
              tooltipAnimationDuration={0}
              barChartProps={{ accessibilityLayer: false }}
            />
          </Box>
        )}
        <CoverageTable editionId={editionId} theme={theme} />
      </Stack>
    </Card>
  );
}

function CoverageTable({ editionId, theme }: { editionId: string; theme: CoverageTheme }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <TableFrame
      caption={t('quizContent.coverage.tableCaption', { theme: titleOf(theme, locale) })}
      minWidth={640}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('quizContent.coverage.objective')}</Table.Th>
          {questionPools.map((pool) => (
            <Table.Th key={pool} scope="col">
              {t(`quizContent.pools.${pool}`)}
            </Table.Th>
          ))}
          <Table.Th scope="col">{t('quizContent.coverage.inProgressColumn')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {theme.objectives.map((objective) => {
          const inProgress =
            objective.inProgress.core + objective.inProgress.manager + objective.inProgress.practice;
          return (
            <Table.Tr key={objective.id}>
              <Table.Th scope="row" fw={500}>
                <AnchorLink
                  to="/quiz/manage/$editionId/questions"
                  params={{ editionId }}
                  search={{ objectiveId: objective.id }}
                >
                  {titleOf(objective, locale)}
                </AnchorLink>
              </Table.Th>
              {questionPools.map((pool) => {
                const missing = missingOf(objective, pool);
                return (
                  <Table.Td
                    key={pool}
                    data-pool={pool}
                    bg={missing > 0 ? 'var(--mantine-color-red-light)' : undefined}
                    style={{ whiteSpace: 'nowrap' }}
                  >
                    <Text size="sm" fw={missing > 0 ? 700 : 400} c={missing > 0 ? 'red.9' : undefined}>
                      {t('quizContent.coverage.cell', {
                        approved: objective.approved[pool],
                        target: objective.target[pool],
                      })}
                    </Text>
                    {missing > 0 && (
                      <Group gap={4}>
                        <Text size="xs" c="red.9">
                          {t('quizContent.coverage.gap', { count: missing })}
                        </Text>
                        <AnchorLink
                          to="/quiz/manage/$editionId/questions/new"
                          params={{ editionId }}
                          search={{ objectiveId: objective.id, pool }}
                          size="xs"
                        >
                          {t('quizContent.coverage.writeQuestion')}
                          <VisuallyHidden>
                            {t('quizContent.coverage.writeQuestionFor', {
                              objective: titleOf(objective, locale),
                              pool: t(`quizContent.pools.${pool}`),
                            })}
                          </VisuallyHidden>
                        </AnchorLink>
                      </Group>
                    )}
                  </Table.Td>
                );
              })}
              <Table.Td>{inProgress}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th scope="row">{t('quizContent.coverage.themeTotal')}</Table.Th>
          {questionPools.map((pool) => (
            <Table.Td key={pool} fw={600}>
              {t('quizContent.coverage.cell', { approved: theme.approved[pool], target: theme.target[pool] })}
            </Table.Td>
          ))}
          <Table.Td />
        </Table.Tr>
      </Table.Tfoot>
    </TableFrame>
  );
}
