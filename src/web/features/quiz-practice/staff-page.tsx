import '@mantine/charts/styles.css';
import { Card, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { NoAccess } from '../../components/no-access.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { QueryState } from '../../components/query-state.tsx';
import { isApiError } from '../../lib/api.ts';
import { CampaignForm } from './campaign-form.tsx';
import { CampaignProgress } from './campaign-progress.tsx';
import { CampaignStatusCard } from './campaign-status.tsx';
import { SchedulePreview } from './schedule-preview.tsx';
import { useCampaign, useEditionName } from './staff-api.ts';
import { SuppressionsSection } from './suppressions-section.tsx';
import type { Campaign } from './types.ts';

const route = getRouteApi('/quiz/manage/$editionId/practice');

/**
 * The "Oefenen" tab of an edition in Quizbeheer: the practice campaign's settings, start and
 * pause, live progress, the schedule, and the suppression list. The management layout has
 * checked the log-in and shows the edition's name as the <h1>; headings here start at 2.
 */
export function PracticeStaffTab() {
  const { t } = useTranslation();
  const { editionId } = route.useParams();
  const edition = useEditionName(editionId);
  const campaign = useCampaign(editionId);
  const title = t('quizPractice.staff.title');
  usePageTitle(edition.data ? `${title} · ${edition.data.name}` : title);

  if (isApiError(campaign.error) && campaign.error.status === 403) return <NoAccess />;

  return (
    <Stack gap="xl">
      <Stack gap={4}>
        <Title order={2}>{title}</Title>
        <Text c="dimmed" maw={760}>
          {t('quizPractice.staff.intro')}
        </Text>
      </Stack>
      <QueryState query={campaign}>
        {(data) =>
          data ? (
            <CampaignSections editionId={editionId} campaign={data} />
          ) : (
            <NoCampaign editionId={editionId} />
          )
        }
      </QueryState>
      <SuppressionsSection />
    </Stack>
  );
}

function NoCampaign({ editionId }: { editionId: string }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="practice-create-title">
      <Stack gap="md">
        <Title order={3} id="practice-create-title">
          {t('quizPractice.staff.none.title')}
        </Title>
        <Text>{t('quizPractice.staff.none.text')}</Text>
        <CampaignForm editionId={editionId} />
      </Stack>
    </Card>
  );
}

function CampaignSections({ editionId, campaign }: { editionId: string; campaign: Campaign }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <CampaignStatusCard editionId={editionId} campaign={campaign} />
      {campaign.status !== 'draft' && <CampaignProgress editionId={editionId} />}
      <Card withBorder padding="lg" component="section" aria-labelledby="practice-settings-title">
        <Stack gap="md">
          <Title order={3} id="practice-settings-title">
            {t('quizPractice.staff.settings.title')}
          </Title>
          {campaign.status === 'finished' && (
            <Text c="dimmed">{t('quizPractice.staff.settings.finished')}</Text>
          )}
          <CampaignForm key={campaign.id} editionId={editionId} campaign={campaign} />
        </Stack>
      </Card>
      <SchedulePreview editionId={editionId} />
    </Stack>
  );
}
