import { Group, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/page-title.ts';
import { QueryState } from '../../components/query-state.tsx';
import { ButtonLink } from '../../components/router-links.tsx';
import type { User } from '../../lib/session.ts';
import { isQuizParticipant, isQuizStaff } from './access.ts';
import { useCoordinatorHome } from './coordinator-api.ts';
import { OrganizationDashboard } from './organization-dashboard.tsx';
import { RequireLogin } from './require-login.tsx';
import type { CoordinatorHome } from './types.ts';

const route = getRouteApi('/quiz/registration');

/**
 * `/quiz/registration`: the coordinator's page (the reminder mail and the coordinator's log-in
 * link land here). One organisation and edition at a time; people who coordinate several
 * organisations, or editions that overlap, choose above the dashboard.
 */
export function CoordinatorPage() {
  return <RequireLogin>{(user) => <CoordinatorPageContent user={user} />}</RequireLogin>;
}

function CoordinatorPageContent({ user }: { user: User }) {
  const { t } = useTranslation();
  const search = route.useSearch();
  const staff = isQuizStaff(user);
  usePageTitle(t('quizRegistration.coordinator.title'));

  // Staff open an organisation's dashboard from the overview with both ids in the link.
  if (search.organization && search.edition) {
    return (
      <OrganizationDashboard editionId={search.edition} organizationId={search.organization} staff={staff} />
    );
  }
  return <CoordinatorChooser user={user} />;
}

function CoordinatorChooser({ user }: { user: User }) {
  const home = useCoordinatorHome();
  return (
    <QueryState query={home}>
      {(items) => (items.length === 0 ? <NotCoordinator user={user} /> : <Chooser items={items} />)}
    </QueryState>
  );
}

function Chooser({ items }: { items: CoordinatorHome['items'] }) {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const chosen = items.find((i) => i.organization.id === search.organization) ?? items[0]!;
  const editions = chosen.editions;
  const edition =
    editions.find((e) => e.id === search.edition) ?? editions.find((e) => e.registrationOpen) ?? editions[0];

  const choose = (next: { organization?: string; edition?: string }) =>
    void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true });

  return (
    <Stack gap="lg">
      {(items.length > 1 || editions.length > 1) && (
        <Group gap="md" align="flex-end">
          {items.length > 1 && (
            <Select
              label={t('quizRegistration.coordinator.organization')}
              data={items.map((i) => ({ value: i.organization.id, label: i.organization.name }))}
              value={chosen.organization.id}
              onChange={(value) => value && choose({ organization: value, edition: undefined })}
              allowDeselect={false}
              maw={360}
            />
          )}
          {editions.length > 1 && (
            <div>
              <Text size="sm" fw={500} id="edition-choice" mb={4}>
                {t('quizRegistration.coordinator.edition')}
              </Text>
              <SegmentedControl
                aria-labelledby="edition-choice"
                data={editions.map((e) => ({ value: e.id, label: e.name }))}
                value={edition?.id ?? ''}
                onChange={(value) => choose({ edition: value })}
              />
            </div>
          )}
        </Group>
      )}
      {edition ? (
        <OrganizationDashboard
          key={`${chosen.organization.id}:${edition.id}`}
          editionId={edition.id}
          organizationId={chosen.organization.id}
          staff={false}
        />
      ) : (
        <Stack gap="md" maw={640}>
          <Title order={1}>
            {t('quizRegistration.coordinator.titleFor', { name: chosen.organization.name })}
          </Title>
          <Text>{t('quizRegistration.coordinator.noEdition')}</Text>
        </Stack>
      )}
    </Stack>
  );
}

/** Logged in, but not coordinating any organisation. */
function NotCoordinator({ user }: { user: User }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" maw={640}>
      <Title order={1}>{t('quizRegistration.coordinator.title')}</Title>
      <Text>{t('quizRegistration.coordinator.notCoordinator')}</Text>
      <Group>
        <ButtonLink to="/quiz">{t('quizRegistration.coordinator.toPublic')}</ButtonLink>
        {isQuizParticipant(user) && (
          <ButtonLink to="/quiz/my" variant="light">
            {t('quizRegistration.nav.participant')}
          </ButtonLink>
        )}
        {isQuizStaff(user) && (
          <ButtonLink to="/admin" variant="light">
            {t('nav.admin')}
          </ButtonLink>
        )}
      </Group>
    </Stack>
  );
}
