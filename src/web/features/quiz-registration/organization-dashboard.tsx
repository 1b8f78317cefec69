import { Alert, Badge, Box, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/page-title.ts';
import { QueryState } from '../../components/query-state.tsx';
import { AnchorLink } from '../../components/router-links.tsx';
import { currentLocale } from '../../i18n/i18n.ts';
import { PracticeParticipationSection } from '../quiz-practice/participation-section.tsx';
import { OrganizationResultsLink } from '../quiz-reports/report-link.tsx';
import { AddTeamForm } from './add-team-form.tsx';
import { useDashboard } from './coordinator-api.ts';
import { formatDay } from './dates.ts';
import { PledgesSection } from './pledges-section.tsx';
import { RegistrationStateAlert } from './registration-state-alert.tsx';
import { TeamProgress } from './team-progress.tsx';
import type { Dashboard, TeamSummary } from './types.ts';

interface OrganizationDashboardProps {
  editionId: string;
  organizationId: string;
  /** Quiz staff may still change teams after registration closed. */
  staff: boolean;
}

/** One organisation in one edition: its teams against the minimum, a new team, and donations. */
export function OrganizationDashboard({ editionId, organizationId, staff }: OrganizationDashboardProps) {
  const dashboard = useDashboard(editionId, organizationId);
  return (
    <QueryState query={dashboard}>{(data) => <DashboardContent data={data} staff={staff} />}</QueryState>
  );
}

function DashboardContent({ data, staff }: { data: Dashboard; staff: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { edition, registration, organization, teams } = data;
  const mayChange = registration.open || staff;
  usePageTitle(t('quizRegistration.coordinator.titleFor', { name: organization.name }));
  const confirmed = teams.reduce((n, team) => n + team.confirmed, 0);
  const total = teams.reduce((n, team) => n + team.total, 0);

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Text fw={600} c="dimmed" tt="uppercase" size="sm">
          {edition.name}
        </Text>
        <Title order={1}>{t('quizRegistration.coordinator.titleFor', { name: organization.name })}</Title>
        <Text>{t('quizRegistration.coordinator.summary', { count: teams.length, confirmed, total })}</Text>
        <OrganizationResultsLink edition={edition} organizationId={organization.id} />
      </Stack>

      {registration.open ? (
        <Alert icon={<IconInfoCircle aria-hidden="true" />} color="indigo" variant="light">
          {registration.closesOn
            ? t('quizRegistration.coordinator.openUntil', {
                date: formatDay(registration.closesOn, locale),
                minimum: data.minimum,
              })
            : t('quizRegistration.coordinator.open', { minimum: data.minimum })}
        </Alert>
      ) : (
        <RegistrationStateAlert state={registration} staff={staff} />
      )}

      <Box component="section" aria-labelledby="teams-title">
        <Title order={2} id="teams-title" mb="md">
          {t('quizRegistration.coordinator.teamsTitle')}
        </Title>
        {teams.length === 0 ? (
          <Text>{t('quizRegistration.coordinator.noTeams')}</Text>
        ) : (
          <SimpleGrid component="ul" cols={{ base: 1, md: 2 }} spacing="md" p={0} m={0}>
            {teams.map((team) => (
              <TeamCard key={team.id} team={team} />
            ))}
          </SimpleGrid>
        )}
      </Box>

      {mayChange && <AddTeamForm editionId={edition.id} organizationId={organization.id} />}

      <PledgesSection dashboard={data} />

      <PracticeParticipationSection editionId={edition.id} organizationId={organization.id} />
    </Stack>
  );
}

function TeamCard({ team }: { team: TeamSummary }) {
  const { t } = useTranslation();
  return (
    <Card component="li" withBorder padding="lg" style={{ listStyle: 'none' }}>
      <Stack gap="sm">
        <div>
          <Title order={3} size="h4">
            <AnchorLink to="/quiz/registration/teams/$teamId" params={{ teamId: team.id }}>
              {team.name}
            </AnchorLink>
          </Title>
          {team.department && (
            <Text size="sm" c="dimmed">
              {team.department}
            </Text>
          )}
        </div>
        <TeamProgress confirmed={team.confirmed} minimum={team.minimum} invited={team.invited} />
        <Group gap="xs">
          <Badge variant="light" color="blue" tt="none">
            {t('quizRegistration.counts.invited', { count: team.invited })}
          </Badge>
          <Badge variant="light" color="teal" tt="none">
            {t('quizRegistration.counts.confirmed', { count: team.confirmed })}
          </Badge>
          {team.bounced > 0 && (
            <Badge variant="light" color="red" tt="none">
              {t('quizRegistration.counts.bounced', { count: team.bounced })}
            </Badge>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
