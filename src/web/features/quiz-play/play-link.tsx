import { IconPlayerPlay } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/router-links.tsx';

/** The way to the event-day page of an edition, e.g. on the participant's own quiz page. */
export function PlayLink({ year }: { year: number }) {
  const { t } = useTranslation();
  return (
    <ButtonLink
      to="/quiz/$year/play"
      params={{ year: String(year) }}
      size="md"
      leftSection={<IconPlayerPlay size={18} aria-hidden="true" />}
      style={{ alignSelf: 'flex-start' }}
    >
      {t('quizPlay.link')}
    </ButtonLink>
  );
}
