import '@mantine/charts/styles.css';
import { Stack, Tabs, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/page-title.ts';
import { QueryState } from '../../components/query-state.tsx';
import { useMe } from '../../lib/session.ts';
import { isQuizStaff } from './access.ts';
import { useRegistrationSummary } from './staff-api.ts';
import { StaffOrganizations, StaffTeams } from './staff-lists.tsx';
import { StaffParticipants } from './staff-participants.tsx';
import { StaffPledges } from './staff-pledges.tsx';
import { StaffSponsors } from './staff-sponsors.tsx';
import { StaffSummary } from './staff-summary.tsx';
import { type StaffTab, staffTabs } from './staff-tabs.ts';
import { StaffWindow } from './staff-window.tsx';

const route = getRouteApi('/quiz/manage/$editionId/registration');

/**
 * `/quiz/manage/$editionId/registration` (a tab of the Quizbeheer edition layout): quiz staff's view of an edition's registration —
 * figures, closing and reopening, and the lists (with filters and CSV exports) of
 * organisations, teams, participants, pledges and sponsors.
 */
export function StaffRegistrationPage() {
  const { t } = useTranslation();
  const me = useMe();
  // The Quizbeheer layout has made sure someone with quiz access is logged in; experts are not staff.
  if (!isQuizStaff(me.data)) return <Text>{t('quizRegistration.staff.staffOnly')}</Text>;
  return <StaffRegistrationContent />;
}

function StaffRegistrationContent() {
  const { t } = useTranslation();
  const { editionId } = route.useParams();
  const { tab = 'organizations' } = route.useSearch();
  const navigate = route.useNavigate();
  const summary = useRegistrationSummary(editionId);
  usePageTitle(
    summary.data
      ? t('quizRegistration.staff.titleFor', { edition: summary.data.edition.name })
      : t('quizRegistration.staff.title'),
  );

  return (
    <Stack gap="xl">
      <QueryState query={summary}>
        {(data) => (
          <Stack gap="lg">
            <Stack gap="xs">
              {/* The layout's heading (level 1) names the edition. */}
              <Title order={2}>{t('quizRegistration.staff.title')}</Title>
              <Text>{t('quizRegistration.staff.intro')}</Text>
            </Stack>
            <StaffWindow editionId={editionId} summary={data} />
            <StaffSummary summary={data} />
          </Stack>
        )}
      </QueryState>

      <Tabs
        value={tab}
        onChange={(next) =>
          next && void navigate({ search: (prev) => ({ ...prev, tab: next as StaffTab }), replace: true })
        }
        keepMounted={false}
      >
        <Tabs.List aria-label={t('quizRegistration.staff.listsLabel')}>
          {staffTabs.map((key) => (
            <Tabs.Tab key={key} value={key}>
              {t(`quizRegistration.staff.tabs.${key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="organizations" pt="lg">
          <StaffOrganizations editionId={editionId} />
        </Tabs.Panel>
        <Tabs.Panel value="teams" pt="lg">
          <StaffTeams editionId={editionId} />
        </Tabs.Panel>
        <Tabs.Panel value="participants" pt="lg">
          <StaffParticipants editionId={editionId} />
        </Tabs.Panel>
        <Tabs.Panel value="pledges" pt="lg">
          <StaffPledges editionId={editionId} />
        </Tabs.Panel>
        <Tabs.Panel value="sponsors" pt="lg">
          <StaffSponsors editionId={editionId} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
