import { Alert, Card, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { AnchorLink, ButtonLink } from '../../components/router-links.tsx';
import { isApiError } from '../../lib/api.ts';
import { parseYear } from './params.ts';
import { publicEditionQueryOptions } from './public-api.ts';
import { RegistrationWizard } from './registration-wizard.tsx';

const route = getRouteApi('/quiz/$year/register');

/** `/quiz/$year/register`: a company signs up for an edition in a few steps. */
export function RegisterPage() {
  const { t } = useTranslation();
  const { year: yearParam } = route.useParams();
  const year = parseYear(yearParam) ?? 0;
  // The wizard needs the edition's name and whether it is open, not the live counter.
  const edition = useQuery({ ...publicEditionQueryOptions(year), refetchInterval: false, enabled: year > 0 });
  usePageTitle(t('quizRegistration.register.title'));

  if (year === 0 || (isApiError(edition.error) && edition.error.status === 404)) {
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
  if (edition.isPending) return <Loading />;
  if (edition.isError) return <ErrorAlert error={edition.error} onRetry={() => void edition.refetch()} />;
  const { name, registrationOpen } = edition.data.edition;

  return (
    <Stack gap="lg" maw={760}>
      <AnchorLink to="/quiz/$year" params={{ year: String(year) }} size="sm">
        {t('quizRegistration.register.back', { edition: name })}
      </AnchorLink>
      <Stack gap="xs">
        <Title order={1}>{t('quizRegistration.register.title')}</Title>
        <Text>{t('quizRegistration.register.intro', { edition: name })}</Text>
      </Stack>
      {registrationOpen ? (
        <Card withBorder padding="lg">
          <RegistrationWizard year={year} />
        </Card>
      ) : (
        <Alert icon={<IconInfoCircle aria-hidden="true" />} color="orange">
          {t('quizRegistration.register.closed')}
        </Alert>
      )}
    </Stack>
  );
}
