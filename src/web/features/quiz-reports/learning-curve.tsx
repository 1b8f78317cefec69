import { Alert, Box, Stack, Table, Text, Title, type TitleOrder } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { TableFrame } from '../../components/table-frame.tsx';
import { currentLocale } from '../../i18n/i18n.ts';
import { abilityScale, errorRange, formatNumber } from './figures.ts';
import type { AbilityPoint, LearningCurve } from './types.ts';

const WIDTH = 360;
const HEIGHT = 240;
const PAD = { top: 16, right: 24, bottom: 40, left: 48 };

/**
 * The learning curve: the ability estimate at the baseline (practice) and on the event day,
 * each with a bar of ±2 standard errors, and the same figures in a table. When there is no
 * curve, the reason in plain words.
 */
export function LearningCurveSection({ curve, level }: { curve: LearningCurve; level: TitleOrder }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const baseline = curve.points.find((p) => p.phase === 'baseline');
  const event = curve.points.find((p) => p.phase === 'event');

  return (
    <Box component="section" aria-labelledby="curve-title">
      <Title order={level} id="curve-title" mb="xs">
        {t('quizReports.curve.title')}
      </Title>
      <Stack gap="md">
        <Text>{t('quizReports.curve.intro')}</Text>
        {baseline && event ? (
          <>
            <CurveChart baseline={baseline} event={event} />
            <Text>{t('quizReports.curve.explain')}</Text>
            {curve.gain !== null && curve.seGain !== null && (
              <Text fw={600}>
                {t('quizReports.curve.gain', {
                  gain: t('quizReports.common.logits', { value: formatNumber(curve.gain, locale, 2, true) }),
                  se: formatNumber(curve.seGain, locale),
                })}
              </Text>
            )}
            {curve.lowerBound !== null && (
              <Text size="sm">
                {t('quizReports.curve.lowerBound', {
                  value: formatNumber(curve.lowerBound, locale, 2, true),
                })}
              </Text>
            )}
            <Alert variant="light" color="gray" icon={<IconInfoCircle aria-hidden="true" />}>
              {t('quizReports.curve.caution')}
            </Alert>
            <CurveTable points={[baseline, event]} />
          </>
        ) : (
          <Alert
            variant="light"
            color="indigo"
            icon={<IconInfoCircle aria-hidden="true" />}
            title={t('quizReports.curve.missingTitle')}
          >
            {t(`quizReports.curve.missing.${curve.reason ?? 'no_data'}`, {
              baseline: curve.baselineResponses,
              event: curve.eventResponses,
            })}
          </Alert>
        )}
      </Stack>
    </Box>
  );
}

function CurveChart({ baseline, event }: { baseline: AbilityPoint; event: AbilityPoint }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const scale = abilityScale([baseline, event]);
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const plotW = WIDTH - PAD.left - PAD.right;
  const y = (v: number) => PAD.top + ((scale.max - v) / (scale.max - scale.min)) * plotH;
  const xs = [PAD.left + plotW * 0.27, PAD.left + plotW * 0.73];
  const fmt = (v: number) => formatNumber(v, locale, 1);
  const [bLow, bHigh] = errorRange(baseline);
  const [eLow, eHigh] = errorRange(event);
  const summary = t('quizReports.curve.chartSummary', {
    baseline: fmt(baseline.theta),
    baselineLow: fmt(bLow),
    baselineHigh: fmt(bHigh),
    event: fmt(event.theta),
    eventLow: fmt(eLow),
    eventHigh: fmt(eHigh),
  });
  const colors = ['var(--mantine-color-gray-7)', 'var(--mantine-color-indigo-6)'];

  return (
    <Box maw={480} w="100%">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={summary}>
        <title>{summary}</title>
        {scale.ticks.map((tick) => (
          <g key={tick}>
            <line
              x1={PAD.left}
              x2={WIDTH - PAD.right}
              y1={y(tick)}
              y2={y(tick)}
              stroke={tick === 0 ? 'var(--mantine-color-gray-6)' : 'var(--mantine-color-gray-3)'}
              strokeDasharray={tick === 0 ? undefined : '3 3'}
            />
            <text
              x={PAD.left - 8}
              y={y(tick) + 4}
              textAnchor="end"
              fontSize="11"
              fill="var(--mantine-color-gray-7)"
            >
              {fmt(tick)}
            </text>
          </g>
        ))}
        <text
          x={12}
          y={PAD.top + plotH / 2}
          transform={`rotate(-90 12 ${PAD.top + plotH / 2})`}
          textAnchor="middle"
          fontSize="11"
          fill="var(--mantine-color-gray-7)"
        >
          {t('quizReports.curve.axis')}
        </text>
        <line
          x1={xs[0]}
          x2={xs[1]}
          y1={y(baseline.theta)}
          y2={y(event.theta)}
          stroke="var(--mantine-color-indigo-3)"
          strokeWidth={2}
          strokeDasharray="5 4"
        />
        {[baseline, event].map((point, i) => {
          const [low, high] = errorRange(point);
          const x = xs[i]!;
          const color = colors[i]!;
          return (
            <g key={point.phase}>
              <line x1={x} x2={x} y1={y(high)} y2={y(low)} stroke={color} strokeWidth={2} />
              <line x1={x - 10} x2={x + 10} y1={y(high)} y2={y(high)} stroke={color} strokeWidth={2} />
              <line x1={x - 10} x2={x + 10} y1={y(low)} y2={y(low)} stroke={color} strokeWidth={2} />
              <circle cx={x} cy={y(point.theta)} r={7} fill={color} stroke="white" strokeWidth={2} />
              <text x={x + 12} y={y(point.theta) + 4} fontSize="12" fontWeight={700} fill={color}>
                {fmt(point.theta)}
              </text>
              <text x={x} y={HEIGHT - 14} textAnchor="middle" fontSize="12" fill="var(--mantine-color-text)">
                {point.phase === 'baseline' ? t('quizReports.curve.baseline') : t('quizReports.curve.event')}
              </text>
            </g>
          );
        })}
      </svg>
    </Box>
  );
}

function CurveTable({ points }: { points: AbilityPoint[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <TableFrame caption={t('quizReports.curve.tableCaption')} minWidth={480}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('quizReports.curve.columns.phase')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('quizReports.curve.columns.ability')}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t('quizReports.curve.columns.se')}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t('quizReports.curve.columns.range')}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t('quizReports.curve.columns.answers')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {points.map((p) => {
          const [low, high] = errorRange(p);
          return (
            <Table.Tr key={p.phase}>
              <Table.Th scope="row" fw={500}>
                {p.phase === 'baseline' ? t('quizReports.curve.baseline') : t('quizReports.curve.event')}
              </Table.Th>
              <Table.Td ta="right">{formatNumber(p.theta, locale)}</Table.Td>
              <Table.Td ta="right">{formatNumber(p.se, locale)}</Table.Td>
              <Table.Td ta="right">{`${formatNumber(low, locale, 1)} … ${formatNumber(high, locale, 1)}`}</Table.Td>
              <Table.Td ta="right">{p.responses}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </TableFrame>
  );
}
