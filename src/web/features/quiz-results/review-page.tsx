import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconCalculator, IconExternalLink, IconLock, IconWorld } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { notifyError, notifySuccess } from '../../components/notify.ts';
import { usePageTitle } from '../../components/page-title.ts';
import { TableFrame } from '../../components/table-frame.tsx';
import { currentLocale } from '../../i18n/i18n.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useMe } from '../../lib/session.ts';
import { useComputeSnapshot, useFreezeSnapshot, usePublish, useReview, useSnapshots } from './api.ts';
import { describeResultsError } from './errors.ts';
import { ReasonDialog } from './reason-dialog.tsx';
import { ReviewTables } from './review-tables.tsx';
import type { Publication, Review, SnapshotSummary } from './types.ts';

const route = getRouteApi('/quiz/manage/$editionId/results');

/**
 * The "Uitslag" tab of an edition (quiz staff): the results as computed now with their
 * flags, exclusions, stored snapshots, freezing and publishing.
 */
export function ResultsReviewTab() {
  const { t, i18n } = useTranslation();
  const { editionId } = route.useParams();
  const review = useReview(editionId);
  usePageTitle(
    review.data ? t('quizResults.review.pageTitle', { name: review.data.edition.name }) : undefined,
  );

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={2}>{t('quizResults.review.title')}</Title>
        <Text maw={820}>{t('quizResults.review.intro')}</Text>
      </Stack>
      {review.isPending ? (
        <Computing />
      ) : review.isError ? (
        <Alert color="red" variant="light">
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{describeResultsError(review.error, i18n)}</Text>
            <Button size="xs" variant="white" color="red" onClick={() => void review.refetch()}>
              {t('common.retry')}
            </Button>
          </Stack>
        </Alert>
      ) : (
        <>
          <StatusCard
            review={review.data}
            refreshing={review.isFetching}
            onRefresh={() => void review.refetch()}
          />
          <SnapshotsSection editionId={editionId} review={review.data} />
          {review.isFetching && <Computing />}
          <ReviewTables editionId={editionId} review={review.data} />
        </>
      )}
    </Stack>
  );
}

/** Computing the results reads every answer of the edition; on a big event that takes seconds. */
function Computing() {
  const { t } = useTranslation();
  return (
    <Group gap="sm" py="md" role="status" data-testid="results-computing">
      <Loader size="sm" aria-hidden="true" />
      <Text>{t('quizResults.review.computing')}</Text>
    </Group>
  );
}

function StatusCard({
  review,
  refreshing,
  onRefresh,
}: {
  review: Review;
  refreshing: boolean;
  onRefresh: () => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { counts } = review.results;
  const figures: Array<[string, string]> = [
    [t('quizResults.review.counts.confirmedParticipants'), String(counts.confirmedParticipants)],
    [t('quizResults.review.counts.startedCore'), String(counts.startedCore)],
    [t('quizResults.review.counts.completedCore'), String(counts.completedCore)],
    [t('quizResults.review.counts.completedManager'), String(counts.completedManager)],
    [t('quizResults.review.counts.eligibleTeams'), `${counts.eligibleTeams} / ${counts.teams}`],
    [
      t('quizResults.review.counts.excluded'),
      t('quizResults.review.counts.excludedValue', {
        participants: counts.excludedParticipants,
        answers: counts.excludedAnswers,
      }),
    ],
  ];
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="results-status-title">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Title order={3} size="h4" id="results-status-title">
              {t('quizResults.review.status.title')}
            </Title>
            <PublicationState publication={review.publication} year={review.edition.year} />
          </Stack>
          <Button variant="default" size="xs" onClick={onRefresh} loading={refreshing}>
            {t('quizResults.review.recalculate')}
          </Button>
        </Group>
        {!review.results.final && (
          <Alert color="yellow" variant="light">
            {t('quizResults.review.notFinal')}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm" component="dl" m={0}>
          {figures.map(([label, value]) => (
            <div key={label}>
              <Text component="dt" size="xs" c="dimmed">
                {label}
              </Text>
              <Text component="dd" fw={700} m={0}>
                {value}
              </Text>
            </div>
          ))}
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          {t('quizResults.review.computedAt', { time: formatDateTime(review.results.computedAt, locale) })}
        </Text>
      </Stack>
    </Card>
  );
}

function PublicationState({ publication, year }: { publication: Publication; year: number }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Group gap="xs" data-testid="publication-state">
      {publication.frozenAt ? (
        <Badge color="indigo" variant="light" leftSection={<IconLock size={12} aria-hidden="true" />}>
          {publication.frozenByName
            ? t('quizResults.review.status.frozenBy', {
                date: formatDateTime(publication.frozenAt, locale),
                name: publication.frozenByName,
              })
            : t('quizResults.review.status.frozen', { date: formatDateTime(publication.frozenAt, locale) })}
        </Badge>
      ) : (
        <Badge color="gray" variant="light">
          {t('quizResults.review.status.nothing')}
        </Badge>
      )}
      {publication.publishedAt ? (
        <>
          <Badge color="teal" variant="light" leftSection={<IconWorld size={12} aria-hidden="true" />}>
            {t(
              publication.publishedByName
                ? 'quizResults.review.status.publishedBy'
                : 'quizResults.review.status.published',
              {
                date: formatDateTime(publication.publishedAt, locale),
                name: publication.publishedByName,
              },
            )}
          </Badge>
          <Anchor href={`/quiz/${year}/results`} size="sm" target="_blank">
            {t('quizResults.review.status.publicPage')} <IconExternalLink size={12} aria-hidden="true" />
          </Anchor>
        </>
      ) : (
        <Badge color="gray" variant="outline">
          {t('quizResults.review.status.notPublished')}
        </Badge>
      )}
    </Group>
  );
}

type Pending = { kind: 'freeze'; snapshot: SnapshotSummary } | { kind: 'publish'; snapshot: SnapshotSummary };

function SnapshotsSection({ editionId, review }: { editionId: string; review: Review }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  const me = useMe();
  const snapshots = useSnapshots(editionId);
  const compute = useComputeSnapshot(editionId);
  const freeze = useFreezeSnapshot(editionId);
  const publish = usePublish(editionId);
  const [pending, setPending] = useState<Pending | null>(null);
  const [askReason, setAskReason] = useState(false);
  const published = review.publication.publishedSnapshotId !== null;

  const store = async (reason?: string) => {
    const { snapshot } = await compute.mutateAsync(reason ? { reason } : {});
    notifySuccess(t('quizResults.review.snapshots.computed', { sequence: snapshot.sequence }));
  };
  const startCompute = () => {
    if (published) {
      setAskReason(true);
      return;
    }
    store().catch((error: unknown) => notifyError(describeResultsError(error, i18n)));
  };
  const confirm = async () => {
    if (!pending) return;
    try {
      if (pending.kind === 'freeze') {
        await freeze.mutateAsync(pending.snapshot.id);
        notifySuccess(t('quizResults.review.snapshots.frozenDone', { sequence: pending.snapshot.sequence }));
      } else {
        await publish.mutateAsync(undefined);
        notifySuccess(t('quizResults.review.snapshots.publishedDone'));
      }
    } catch (error) {
      notifyError(describeResultsError(error, i18n));
    } finally {
      setPending(null);
    }
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="snapshots-title">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4} maw={640}>
            <Title order={3} size="h4" id="snapshots-title">
              {t('quizResults.review.snapshots.title')}
            </Title>
            <Text size="sm">{t('quizResults.review.snapshots.intro')}</Text>
          </Stack>
          <Button
            leftSection={<IconCalculator size={18} aria-hidden="true" />}
            onClick={startCompute}
            loading={compute.isPending}
            disabled={!review.results.final}
          >
            {t('quizResults.review.snapshots.compute')}
          </Button>
        </Group>
        {compute.isPending && <Computing />}
        {snapshots.isPending ? (
          <Loader size="sm" aria-label={t('common.loading')} />
        ) : snapshots.isError ? (
          <Alert color="red" variant="light">
            {describeResultsError(snapshots.error, i18n)}
          </Alert>
        ) : snapshots.data.snapshots.length === 0 ? (
          <Text c="dimmed">{t('quizResults.review.snapshots.empty')}</Text>
        ) : (
          <TableFrame
            caption={t('quizResults.review.snapshots.tableLabel', { name: review.edition.name })}
            minWidth={720}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('quizResults.review.snapshots.sequence')}</Table.Th>
                <Table.Th scope="col">{t('quizResults.review.snapshots.at')}</Table.Th>
                <Table.Th scope="col">{t('quizResults.review.snapshots.by')}</Table.Th>
                <Table.Th scope="col">{t('quizResults.review.snapshots.reason')}</Table.Th>
                <Table.Th scope="col">{t('quizResults.review.snapshots.state')}</Table.Th>
                <Table.Th scope="col">{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {snapshots.data.snapshots.map((snapshot) => (
                <Table.Tr key={snapshot.id} data-testid={`snapshot-${snapshot.sequence}`}>
                  <Table.Td fw={700}>{snapshot.sequence}</Table.Td>
                  <Table.Td>{formatDateTime(snapshot.computedAt, locale)}</Table.Td>
                  <Table.Td>
                    {snapshot.computedBy && snapshot.computedBy === me.data?.id
                      ? t('quizResults.review.snapshots.byYou')
                      : (snapshot.computedByName ?? t('quizResults.review.snapshots.byUnknown'))}
                  </Table.Td>
                  <Table.Td>{snapshot.reason ?? t('common.none')}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {snapshot.frozen && (
                        <Badge color="indigo.9">{t('quizResults.review.snapshots.frozen')}</Badge>
                      )}
                      {snapshot.published && (
                        <Badge color="teal.9">{t('quizResults.review.snapshots.published')}</Badge>
                      )}
                      {snapshot.afterPublication && (
                        <Badge color="orange" variant="light">
                          {t('quizResults.review.snapshots.afterPublication')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      {!snapshot.frozen && (
                        <Button
                          size="xs"
                          variant="light"
                          onClick={() => setPending({ kind: 'freeze', snapshot })}
                          aria-label={`${t('quizResults.review.snapshots.freeze')} ${snapshot.sequence}`}
                        >
                          {t('quizResults.review.snapshots.freeze')}
                        </Button>
                      )}
                      {snapshot.frozen && !snapshot.published && (
                        <Button
                          size="xs"
                          color="teal"
                          onClick={() => setPending({ kind: 'publish', snapshot })}
                          aria-label={`${t('quizResults.review.snapshots.publish')} ${snapshot.sequence}`}
                        >
                          {t('quizResults.review.snapshots.publish')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </TableFrame>
        )}
      </Stack>
      <ConfirmDialog
        opened={pending !== null}
        title={
          pending?.kind === 'publish'
            ? t('quizResults.review.snapshots.publishTitle', { sequence: pending.snapshot.sequence })
            : t('quizResults.review.snapshots.freezeTitle', { sequence: pending?.snapshot.sequence ?? '' })
        }
        message={
          pending?.kind === 'publish'
            ? t('quizResults.review.snapshots.publishText')
            : t('quizResults.review.snapshots.freezeText')
        }
        confirmLabel={
          pending?.kind === 'publish'
            ? t('quizResults.review.snapshots.publish')
            : t('quizResults.review.snapshots.freeze')
        }
        loading={freeze.isPending || publish.isPending}
        onConfirm={() => void confirm()}
        onCancel={() => setPending(null)}
      />
      <ReasonDialog
        opened={askReason}
        title={t('quizResults.review.snapshots.reasonTitle')}
        intro={t('quizResults.review.snapshots.reasonIntro')}
        label={t('quizResults.review.snapshots.reasonLabel')}
        submitLabel={t('quizResults.review.snapshots.compute')}
        onSubmit={store}
        onClose={() => setAskReason(false)}
      />
    </Card>
  );
}
