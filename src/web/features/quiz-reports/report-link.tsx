import { IconChartBar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/router-links.tsx';
import { eventStarted, reportAvailable } from './figures.ts';

interface EditionTimes {
  year?: number;
  id?: string;
  eventDate: string | null;
  windowStart: string;
  windowEnd: string;
}

/** "Bekijk je resultaten" on the participant's quiz page, once the quiz day is over. */
export function MyReportLink({ edition }: { edition: EditionTimes & { year: number } }) {
  const { t } = useTranslation();
  if (!reportAvailable(edition, Date.now())) return null;
  return (
    <ButtonLink
      to="/quiz/$year/report"
      params={{ year: String(edition.year) }}
      size="md"
      variant="light"
      leftSection={<IconChartBar size={18} aria-hidden="true" />}
      style={{ alignSelf: 'flex-start' }}
    >
      {t('quizReports.participant.link')}
    </ButtonLink>
  );
}

/** The way to an organisation's results from its registration dashboard, once the quiz day has begun. */
export function OrganizationResultsLink({
  edition,
  organizationId,
}: {
  edition: EditionTimes & { id: string };
  organizationId: string;
}) {
  const { t } = useTranslation();
  if (!eventStarted(edition, Date.now())) return null;
  return (
    <ButtonLink
      to="/quiz/registration/results"
      search={{ organization: organizationId, edition: edition.id }}
      variant="light"
      leftSection={<IconChartBar size={18} aria-hidden="true" />}
      style={{ alignSelf: 'flex-start' }}
    >
      {t('quizReports.organization.toResults')}
    </ButtonLink>
  );
}
