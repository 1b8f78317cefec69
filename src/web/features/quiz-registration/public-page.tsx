import { Alert, Box, Group, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { AnchorLink, ButtonLink } from '../../components/router-links.tsx';
import { isApiError } from '../../lib/api.ts';
import { useMe } from '../../lib/session.ts';
import { isQuizStaff } from './access.ts';
import { DonationCounter } from './donation-counter.tsx';
import {
  AwardsSection,
  EditionFacts,
  HowItWorks,
  SponsorsSection,
  ThemesSection,
} from './edition-sections.tsx';
import { parseYear } from './params.ts';
import { useCurrentEdition, usePublicEdition } from './public-api.ts';
import type { PublicEditionPage } from './types.ts';

const editionRoute = getRouteApi('/quiz/$year');

/** `/quiz`: the public page of the current edition (the newest one past draft). */
export function CurrentEditionPage() {
  const { t } = useTranslation();
  const current = useCurrentEdition();
  usePageTitle(t('quizRegistration.public.kicker'));
  if (current.isPending) return <Loading />;
  if (current.isError) {
    if (isApiError(current.error) && current.error.status === 404) return <NoEditionYet />;
    return <ErrorAlert error={current.error} onRetry={() => void current.refetch()} />;
  }
  return <EditionView year={current.data} />;
}

/** `/quiz/$year`: the public page of one edition. */
export function EditionPage() {
  const { year } = editionRoute.useParams();
  const parsed = parseYear(year);
  if (parsed === null) return <EditionNotFound />;
  return <EditionView year={parsed} />;
}

function EditionView({ year }: { year: number }) {
  const edition = usePublicEdition(year);
  if (edition.isPending) return <Loading />;
  if (edition.isError && !edition.data) {
    if (isApiError(edition.error) && edition.error.status === 404) return <EditionNotFound />;
    return <ErrorAlert error={edition.error} onRetry={() => void edition.refetch()} />;
  }
  return <EditionContent page={edition.data} />;
}

function EditionContent({ page }: { page: PublicEditionPage }) {
  const { t } = useTranslation();
  const { edition } = page;
  usePageTitle(edition.name);
  return (
    <Stack gap={48}>
      <Box component="section" aria-labelledby="edition-title">
        <Stack gap="lg">
          <Stack gap="xs" maw={760}>
            <Text fw={600} c="dimmed" tt="uppercase" size="sm">
              {t('quizRegistration.public.kicker')}
            </Text>
            <Title id="edition-title" order={1} fz={{ base: 32, sm: 44 }} lh={1.15}>
              {edition.name}
            </Title>
            <Text size="lg">{t('quizRegistration.public.intro')}</Text>
            <Text>{t('quizRegistration.public.learning')}</Text>
          </Stack>
          <EditionFacts page={page} />
          <RegisterCall page={page} />
        </Stack>
      </Box>

      <DonationCounter counter={page.donations} />
      <HowItWorks page={page} />
      <ThemesSection page={page} />
      <AwardsSection page={page} />
      <SponsorsSection page={page} />
    </Stack>
  );
}

/** The way in: register while registration is open, otherwise say why not. Coordinators find their page. */
function RegisterCall({ page }: { page: PublicEditionPage }) {
  const { t } = useTranslation();
  const me = useMe();
  const { edition } = page;
  return (
    <Stack gap="sm" align="flex-start">
      {edition.registrationOpen ? (
        <ButtonLink to="/quiz/$year/register" params={{ year: String(edition.year) }} size="md">
          {t('quizRegistration.public.registerCta')}
        </ButtonLink>
      ) : (
        <Alert icon={<IconInfoCircle aria-hidden="true" />} color="gray" maw={760}>
          {t(
            edition.status === 'draft' || edition.status === 'registration'
              ? 'quizRegistration.public.registrationClosed'
              : 'quizRegistration.public.registrationOver',
          )}
        </Alert>
      )}
      <Group gap="lg">
        <AnchorLink to="/quiz/registration" size="sm">
          {t('quizRegistration.public.alreadyRegistered')}
        </AnchorLink>
        <AnchorLink to="/quiz/my" size="sm">
          {t('quizRegistration.public.invited')}
        </AnchorLink>
        {isQuizStaff(me.data) && (
          <AnchorLink
            to="/quiz/manage/$editionId/registration"
            params={{ editionId: edition.id }}
            search={{}}
            size="sm"
          >
            {t('quizRegistration.public.manage')}
          </AnchorLink>
        )}
      </Group>
    </Stack>
  );
}

function NoEditionYet() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" maw={640}>
      <Text fw={600} c="dimmed" tt="uppercase" size="sm">
        {t('quizRegistration.public.kicker')}
      </Text>
      <Title order={1}>{t('quizRegistration.public.noEditionTitle')}</Title>
      <Text size="lg">{t('quizRegistration.public.intro')}</Text>
      <Text>{t('quizRegistration.public.noEditionText')}</Text>
    </Stack>
  );
}

function EditionNotFound() {
  const { t } = useTranslation();
  usePageTitle(t('quizRegistration.public.notFoundTitle'));
  return (
    <Stack gap="md" maw={640}>
      <Title order={1}>{t('quizRegistration.public.notFoundTitle')}</Title>
      <Text>{t('quizRegistration.public.notFoundText')}</Text>
      <div>
        <ButtonLink to="/quiz" variant="light">
          {t('quizRegistration.public.toCurrent')}
        </ButtonLink>
      </div>
    </Stack>
  );
}
