import { Anchor, Badge, Button, Group, Select, Stack, Table, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../components/notify.ts';
import { TableFrame } from '../../components/table-frame.tsx';
import { currentLocale, type Locale } from '../../i18n/i18n.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useExclude, useRevokeExclusion } from './api.ts';
import { formatDecimal, formatDuration, formatScore } from './format.ts';
import { ReasonDialog } from './reason-dialog.tsx';
import { type FlagFilter, filterFlags, flagCounts } from './review.ts';
import type { Exclusion, Flag, IndividualRow, PersonRef, Review } from './types.ts';

type Excluding = { kind: 'participant'; person: PersonRef } | { kind: 'answer'; flag: Flag };

/** The staff report of one participant (built in features/quiz-reports). */
export const staffReportHref = (editionId: string, userId: string) =>
  `/quiz/manage/${encodeURIComponent(editionId)}/participants/${encodeURIComponent(userId)}/report`;

/** The parts of the computed results in tabs: flags first (that is what review is about), then every ranking. */
export function ReviewTables({ editionId, review }: { editionId: string; review: Review }) {
  const { t } = useTranslation();
  const exclude = useExclude(editionId);
  const revoke = useRevokeExclusion(editionId);
  const [excluding, setExcluding] = useState<Excluding | null>(null);
  const [revoking, setRevoking] = useState<Exclusion | null>(null);
  const { results } = review;
  const actions: RowActions = {
    editionId,
    excludeParticipant: (person) => setExcluding({ kind: 'participant', person }),
    excludeAnswer: (flag) => setExcluding({ kind: 'answer', flag }),
  };

  const excludingName = excluding
    ? excluding.kind === 'participant'
      ? excluding.person.name
      : excluding.flag.name
    : '';
  return (
    <>
      <Tabs defaultValue="flags" keepMounted={false}>
        <Tabs.List aria-label={t('quizResults.review.tabs.label')}>
          <Tabs.Tab value="flags">
            {t('quizResults.review.tabs.flags', { count: results.flags.length })}
          </Tabs.Tab>
          <Tabs.Tab value="employee">{t('quizResults.review.tabs.employee')}</Tabs.Tab>
          <Tabs.Tab value="manager">{t('quizResults.review.tabs.manager')}</Tabs.Tab>
          <Tabs.Tab value="teams">{t('quizResults.review.tabs.teams')}</Tabs.Tab>
          <Tabs.Tab value="learning">{t('quizResults.review.tabs.learning')}</Tabs.Tab>
          <Tabs.Tab value="exclusions">
            {t('quizResults.review.tabs.exclusions', { count: review.exclusions.length })}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="flags" pt="md">
          <FlagsTable flags={results.flags} actions={actions} />
        </Tabs.Panel>
        <Tabs.Panel value="employee" pt="md">
          <IndividualTable
            rows={results.employeeByScore}
            caption={t('quizResults.review.tableLabel.employee')}
            actions={actions}
          />
        </Tabs.Panel>
        <Tabs.Panel value="manager" pt="md">
          <IndividualTable
            rows={results.manager}
            caption={t('quizResults.review.tableLabel.manager')}
            actions={actions}
          />
        </Tabs.Panel>
        <Tabs.Panel value="teams" pt="md">
          <TeamsTables review={review} />
        </Tabs.Panel>
        <Tabs.Panel value="learning" pt="md">
          <LearningTable review={review} actions={actions} />
        </Tabs.Panel>
        <Tabs.Panel value="exclusions" pt="md">
          <ExclusionsTable exclusions={review.exclusions} onRevoke={setRevoking} />
        </Tabs.Panel>
      </Tabs>
      <ReasonDialog
        opened={excluding !== null}
        danger
        title={
          excluding?.kind === 'answer'
            ? t('quizResults.review.exclude.answerTitle', { name: excludingName })
            : t('quizResults.review.exclude.participantTitle', { name: excludingName })
        }
        intro={
          excluding?.kind === 'answer'
            ? t('quizResults.review.exclude.answerIntro', {
                question: (excluding.flag.position ?? 0) + 1,
                module: t(`quizResults.review.flags.module.${excluding.flag.module}`),
              })
            : t('quizResults.review.exclude.participantIntro', { name: excludingName })
        }
        label={t('quizResults.review.exclude.reasonLabel')}
        submitLabel={t('quizResults.review.exclude.submit')}
        onSubmit={async (reason) => {
          if (!excluding) return;
          if (excluding.kind === 'participant') {
            await exclude.mutateAsync({ userId: excluding.person.participantId, reason });
          } else {
            await exclude.mutateAsync({
              userId: excluding.flag.participantId,
              attemptId: excluding.flag.attemptId,
              position: excluding.flag.position ?? 0,
              reason,
            });
          }
          notifySuccess(t('quizResults.review.exclude.done'));
        }}
        onClose={() => setExcluding(null)}
      />
      <ReasonDialog
        opened={revoking !== null}
        title={t('quizResults.review.exclusions.revokeTitle')}
        intro={t('quizResults.review.exclusions.revokeIntro', { name: revoking?.name ?? '' })}
        label={t('quizResults.review.exclude.reasonLabel')}
        submitLabel={t('quizResults.review.exclusions.revoke')}
        onSubmit={async (reason) => {
          if (!revoking) return;
          await revoke.mutateAsync({ exclusionId: revoking.id, reason });
          notifySuccess(t('quizResults.review.exclusions.revoked'));
        }}
        onClose={() => setRevoking(null)}
      />
    </>
  );
}

interface RowActions {
  editionId: string;
  excludeParticipant: (person: PersonRef) => void;
  excludeAnswer: (flag: Flag) => void;
}

function PersonCell({ person }: { person: PersonRef }) {
  const { t } = useTranslation();
  return (
    <Stack gap={0}>
      <Text size="sm" fw={600}>
        {person.name}
      </Text>
      <Text size="xs" c="dimmed">
        {t('quizResults.review.columns.publicName')}: {person.publicName ?? t('quizResults.review.hidden')}
      </Text>
    </Stack>
  );
}

function TeamCell({ person }: { person: PersonRef }) {
  return (
    <Stack gap={0}>
      <Text size="sm">{person.teamName ?? '—'}</Text>
      <Text size="xs" c="dimmed">
        {person.organizationName ?? ''}
      </Text>
    </Stack>
  );
}

function PersonActions({ person, actions }: { person: PersonRef; actions: RowActions }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap">
      <Anchor
        href={staffReportHref(actions.editionId, person.participantId)}
        size="sm"
        aria-label={t('quizResults.review.reportOf', { name: person.name })}
      >
        {t('quizResults.review.report')}
      </Anchor>
      <Button
        size="compact-xs"
        variant="subtle"
        color="red"
        onClick={() => actions.excludeParticipant(person)}
        aria-label={t('quizResults.review.excludeParticipantOf', { name: person.name })}
      >
        {t('quizResults.review.excludeParticipant')}
      </Button>
    </Group>
  );
}

function FlagDetail({ flag, locale }: { flag: Flag; locale: Locale }) {
  const { t } = useTranslation();
  const question = (flag.position ?? 0) + 1;
  if (flag.kind === 'too_fast') {
    const text = t('quizResults.review.flags.tooFastDetail', {
      elapsed: formatDuration(flag.elapsedMs ?? 0, locale),
      floor: formatDuration(flag.floorMs ?? 0, locale),
      question,
    });
    return <Text size="sm">{text}</Text>;
  }
  if (flag.kind === 'tab_switches') {
    return <Text size="sm">{t('quizResults.review.flags.tabDetail', { count: flag.tabHidden ?? 0 })}</Text>;
  }
  return <Text size="sm">{t('quizResults.review.flags.lateDetail', { question })}</Text>;
}

function FlagsTable({ flags, actions }: { flags: Flag[]; actions: RowActions }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [filter, setFilter] = useState<FlagFilter>('all');
  const counts = flagCounts(flags);
  const shown = filterFlags(flags, filter);
  const kindColor = { too_fast: 'red', tab_switches: 'orange', late_answer: 'gray' } as const;
  if (flags.length === 0) return <Text>{t('quizResults.review.flags.empty')}</Text>;
  return (
    <Stack gap="sm">
      <Text size="sm">{t('quizResults.review.flags.intro')}</Text>
      <Select
        label={t('quizResults.review.flags.filter')}
        value={filter}
        onChange={(value) => setFilter((value as FlagFilter | null) ?? 'all')}
        allowDeselect={false}
        maw={320}
        data={[
          { value: 'all', label: `${t('quizResults.review.flags.all')} (${flags.length})` },
          { value: 'too_fast', label: `${t('quizResults.review.flags.too_fast')} (${counts.too_fast})` },
          {
            value: 'tab_switches',
            label: `${t('quizResults.review.flags.tab_switches')} (${counts.tab_switches})`,
          },
          {
            value: 'late_answer',
            label: `${t('quizResults.review.flags.late_answer')} (${counts.late_answer})`,
          },
        ]}
      />
      <TableFrame caption={t('quizResults.review.flags.tableLabel')} minWidth={880}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('quizResults.review.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('quizResults.review.columns.team')}</Table.Th>
            <Table.Th scope="col">{t('quizResults.review.flags.kind')}</Table.Th>
            <Table.Th scope="col">{t('quizResults.review.flags.detail')}</Table.Th>
            <Table.Th scope="col">{t('quizResults.review.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((flag) => (
            <Table.Tr
              key={`${flag.kind}-${flag.attemptId}-${flag.position ?? 'attempt'}`}
              data-testid="flag-row"
            >
              <Table.Td>
                <PersonCell person={flag} />
              </Table.Td>
              <Table.Td>
                <TeamCell person={flag} />
              </Table.Td>
              <Table.Td miw={130}>
                <Stack gap={4} align="flex-start">
                  <Badge color={kindColor[flag.kind]} variant="light">
                    {t(`quizResults.review.flags.${flag.kind}`)}
                  </Badge>
                  {flag.excluded && (
                    <Badge color="dark" variant="outline">
                      {t('quizResults.review.flags.excluded')}
                    </Badge>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>
                <FlagDetail flag={flag} locale={locale} />
                <Text size="xs" c="dimmed">
                  {t(`quizResults.review.flags.module.${flag.module}`)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  {flag.kind === 'too_fast' && flag.position !== null && !flag.excluded && (
                    <Button
                      size="compact-xs"
                      variant="light"
                      color="red"
                      onClick={() => actions.excludeAnswer(flag)}
                      aria-label={t('quizResults.review.excludeAnswerOf', { name: flag.name })}
                    >
                      {t('quizResults.review.excludeAnswer')}
                    </Button>
                  )}
                  <PersonActions person={flag} actions={actions} />
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </TableFrame>
    </Stack>
  );
}

function IndividualTable({
  rows,
  caption,
  actions,
}: {
  rows: IndividualRow[];
  caption: string;
  actions: RowActions;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (rows.length === 0) return <Text>{t('quizResults.review.rankingEmpty')}</Text>;
  return (
    <TableFrame caption={caption} minWidth={820}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('quizResults.review.columns.rank')}</Table.Th>
          <Table.Th scope="col">{t('quizResults.review.columns.name')}</Table.Th>
          <Table.Th scope="col">{t('quizResults.review.columns.team')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('quizResults.review.columns.score')}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t('quizResults.review.columns.time')}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t('quizResults.review.columns.flags')}
          </Table.Th>
          <Table.Th scope="col">{t('quizResults.review.columns.actions')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.participantId}>
            <Table.Td fw={700}>{row.rank}</Table.Td>
            <Table.Td>
              <PersonCell person={row} />
            </Table.Td>
            <Table.Td>
              <TeamCell person={row} />
            </Table.Td>
            <Table.Td ta="right">{formatScore(row.score, locale)}</Table.Td>
            <Table.Td ta="right">{formatDuration(row.totalTimeMs, locale)}</Table.Td>
            <Table.Td ta="right">
              {row.flagCount > 0 ? (
                <Badge color="orange" variant="light">
                  {row.flagCount}
                </Badge>
              ) : (
                0
              )}
            </Table.Td>
            <Table.Td>
              <PersonActions person={row} actions={actions} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </TableFrame>
  );
}

function TeamsTables({ review }: { review: Review }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { organization, teamsNotEligible } = review.results;
  return (
    <Stack gap="lg">
      {organization.length === 0 ? (
        <Text>{t('quizResults.review.rankingEmpty')}</Text>
      ) : (
        <TableFrame caption={t('quizResults.review.tableLabel.teams')} minWidth={640}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('quizResults.review.columns.rank')}</Table.Th>
              <Table.Th scope="col">{t('quizResults.review.columns.team')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('quizResults.review.columns.meanScore')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('quizResults.review.columns.players')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('quizResults.review.columns.time')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {organization.map((team) => (
              <Table.Tr key={team.teamId}>
                <Table.Td fw={700}>{team.rank}</Table.Td>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {team.teamName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {team.organizationName}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{formatDecimal(team.meanScore, locale, 2)}</Table.Td>
                <Table.Td ta="right">
                  {team.playerCount} / {team.confirmedCount}
                </Table.Td>
                <Table.Td ta="right">
                  {team.meanTimeMs === null ? '—' : formatDuration(team.meanTimeMs, locale)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </TableFrame>
      )}
      {teamsNotEligible.length > 0 && (
        <TableFrame caption={t('quizResults.review.notEligibleTitle')} minWidth={480}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('quizResults.review.columns.team')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('quizResults.review.columns.meanScore')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('quizResults.review.columns.players')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {teamsNotEligible.map((team) => (
              <Table.Tr key={team.teamId}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {team.teamName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {team.organizationName}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{formatDecimal(team.meanScore, locale, 2)}</Table.Td>
                <Table.Td ta="right">
                  {team.playerCount} / {team.confirmedCount}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </TableFrame>
      )}
    </Stack>
  );
}

function LearningTable({ review, actions }: { review: Review; actions: RowActions }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { ranking, notQualified, calibration } = review.results.learningCurve;
  const logit = (value: number, se?: number) =>
    se === undefined
      ? formatDecimal(value, locale, 2, true)
      : `${formatDecimal(value, locale, 2)} ± ${formatDecimal(se, locale, 2)}`;
  return (
    <Stack gap="sm">
      {calibration && (
        <Text size="xs" c="dimmed">
          {t('quizResults.review.calibration', {
            items: calibration.estimatedItems,
            rows: calibration.rows,
            iterations: calibration.iterations,
            converged: calibration.converged
              ? t('quizResults.review.converged')
              : t('quizResults.review.notConverged'),
          })}
        </Text>
      )}
      {notQualified.length > 0 && (
        <Text size="sm">{t('quizResults.review.notQualified', { count: notQualified.length })}</Text>
      )}
      {ranking.length === 0 ? (
        <Text>{t('quizResults.review.rankingEmpty')}</Text>
      ) : (
        <TableFrame caption={t('quizResults.review.tableLabel.learning')} minWidth={960}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('quizResults.review.columns.rank')}</Table.Th>
              <Table.Th scope="col">{t('quizResults.review.columns.name')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('quizResults.review.columns.baseline')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('quizResults.review.columns.event')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('quizResults.review.columns.gain')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('quizResults.review.columns.lowerBound')}
              </Table.Th>
              <Table.Th scope="col">{t('quizResults.review.columns.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ranking.map((row) => (
              <Table.Tr key={row.participantId}>
                <Table.Td fw={700}>{row.rank}</Table.Td>
                <Table.Td>
                  <PersonCell person={row} />
                </Table.Td>
                <Table.Td ta="right">{logit(row.baseline.theta, row.baseline.se)}</Table.Td>
                <Table.Td ta="right">{logit(row.event.theta, row.event.se)}</Table.Td>
                <Table.Td ta="right">{logit(row.gain)}</Table.Td>
                <Table.Td ta="right" fw={700}>
                  {logit(row.lowerBound)}
                </Table.Td>
                <Table.Td>
                  <PersonActions person={row} actions={actions} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </TableFrame>
      )}
    </Stack>
  );
}

function ExclusionsTable({
  exclusions,
  onRevoke,
}: {
  exclusions: Exclusion[];
  onRevoke: (x: Exclusion) => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (exclusions.length === 0) return <Text>{t('quizResults.review.exclusions.empty')}</Text>;
  return (
    <TableFrame caption={t('quizResults.review.tableLabel.exclusions')} minWidth={720}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('quizResults.review.columns.name')}</Table.Th>
          <Table.Th scope="col">{t('quizResults.review.columns.what')}</Table.Th>
          <Table.Th scope="col">{t('quizResults.review.columns.reason')}</Table.Th>
          <Table.Th scope="col">{t('quizResults.review.columns.at')}</Table.Th>
          <Table.Th scope="col">{t('quizResults.review.columns.actions')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {exclusions.map((x) => (
          <Table.Tr key={x.id}>
            <Table.Td fw={600}>{x.name}</Table.Td>
            <Table.Td>
              {x.position === null
                ? t('quizResults.review.exclusions.participant')
                : t('quizResults.review.exclusions.answer', { question: x.position + 1 })}
            </Table.Td>
            <Table.Td>{x.reason}</Table.Td>
            <Table.Td>{formatDateTime(x.createdAt, locale)}</Table.Td>
            <Table.Td>
              <Button
                size="compact-xs"
                variant="light"
                onClick={() => onRevoke(x)}
                aria-label={t('quizResults.review.exclusions.revokeOf', { name: x.name })}
              >
                {t('quizResults.review.exclusions.revoke')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </TableFrame>
  );
}
