import { Alert, Badge, Button, Card, DataList, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconPlayerPause, IconPlayerPlay } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { notifySuccess } from '../../components/notify.ts';
import { AnchorLink } from '../../components/router-links.tsx';
import { currentLocale } from '../../i18n/i18n.ts';
import { formatDateTime } from '../../lib/format.ts';
import { describePracticeError } from './errors.ts';
import { formatLongDay } from './figures.ts';
import { type CampaignAction, useCampaignAction } from './staff-api.ts';
import type { Campaign, CampaignStatus } from './types.ts';

const statusColor: Record<CampaignStatus, string> = {
  draft: 'gray',
  active: 'teal',
  paused: 'orange',
  finished: 'indigo',
};

export function CampaignStatusBadge({ status }: { status: CampaignStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColor[status]} variant="light" size="lg" tt="none">
      {t(`quizPractice.campaignStatus.${status}`)}
    </Badge>
  );
}

/** The campaign's status, its period and send times, and start / pause / resume / finish. */
export function CampaignStatusCard({ editionId, campaign }: { editionId: string; campaign: Campaign }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  const action = useCampaignAction(editionId);
  const [confirmFinish, setConfirmFinish] = useState(false);
  const hasPeriod = campaign.practiceStartsOn !== null && campaign.practiceEndsOn !== null;

  const run = (which: CampaignAction) => {
    action.mutate(which, {
      onSuccess: () => {
        setConfirmFinish(false);
        notifySuccess(t(`quizPractice.staff.actionDone.${which}`));
      },
      onError: () => setConfirmFinish(false),
    });
  };
  const busy = (which: CampaignAction) => action.isPending && action.variables === which;
  const when = (iso: string | null) => (iso ? formatDateTime(iso, locale) : t('quizPractice.staff.notYet'));

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="practice-status-title">
      <Stack gap="md">
        <Group gap="sm" align="center">
          <Title order={3} id="practice-status-title">
            {t('quizPractice.staff.statusTitle')}
          </Title>
          <CampaignStatusBadge status={campaign.status} />
        </Group>
        <Text>{t(`quizPractice.staff.statusHelp.${campaign.status}`)}</Text>

        {hasPeriod ? (
          <Text fw={600}>
            {t('quizPractice.staff.period', {
              from: formatLongDay(campaign.practiceStartsOn, locale),
              to: formatLongDay(campaign.practiceEndsOn, locale),
            })}
          </Text>
        ) : (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden="true" />}>
            <Stack gap={4} align="flex-start">
              <Text size="sm">{t('quizPractice.staff.noPeriod')}</Text>
              <AnchorLink to="/quiz/manage/$editionId" params={{ editionId }} size="sm">
                {t('quizPractice.staff.toSettings')}
              </AnchorLink>
            </Stack>
          </Alert>
        )}

        <DataList labelWidth="14rem">
          <DataList.Item>
            <DataList.ItemLabel>{t('quizPractice.staff.nextSend')}</DataList.ItemLabel>
            <DataList.ItemValue>{when(campaign.nextSendAt)}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('quizPractice.staff.lastSend')}</DataList.ItemLabel>
            <DataList.ItemValue>{when(campaign.lastSendAt)}</DataList.ItemValue>
          </DataList.Item>
          {campaign.linksExpireAt && (
            <DataList.Item>
              <DataList.ItemLabel>{t('quizPractice.staff.linksExpire')}</DataList.ItemLabel>
              <DataList.ItemValue>{formatDateTime(campaign.linksExpireAt, locale)}</DataList.ItemValue>
            </DataList.Item>
          )}
        </DataList>

        {action.isError && (
          <Alert color="red" variant="light" role="alert">
            {describePracticeError(action.error, i18n)}
          </Alert>
        )}

        {campaign.status !== 'finished' && (
          <Group gap="sm">
            {(campaign.status === 'draft' || campaign.status === 'paused') && (
              <Button
                leftSection={<IconPlayerPlay size={16} aria-hidden="true" />}
                loading={busy('start')}
                onClick={() => run('start')}
              >
                {campaign.status === 'draft'
                  ? t('quizPractice.staff.actions.start')
                  : t('quizPractice.staff.actions.resume')}
              </Button>
            )}
            {campaign.status === 'active' && (
              <Button
                variant="light"
                leftSection={<IconPlayerPause size={16} aria-hidden="true" />}
                loading={busy('pause')}
                onClick={() => run('pause')}
              >
                {t('quizPractice.staff.actions.pause')}
              </Button>
            )}
            {campaign.status !== 'draft' && (
              <Button variant="default" color="red" onClick={() => setConfirmFinish(true)}>
                {t('quizPractice.staff.actions.finish')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
      <ConfirmDialog
        opened={confirmFinish}
        title={t('quizPractice.staff.confirmFinish.title')}
        message={t('quizPractice.staff.confirmFinish.message')}
        confirmLabel={t('quizPractice.staff.confirmFinish.confirm')}
        loading={busy('finish')}
        onConfirm={() => run('finish')}
        onCancel={() => setConfirmFinish(false)}
      />
    </Card>
  );
}
