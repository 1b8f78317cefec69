import { Group } from '@mantine/core';
import { IconChartBar, IconTrophy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/router-links.tsx';

/**
 * The way to the live leaderboard (and, after the quiz, the results page) from the play
 * pages and the participant's own quiz page. Small on purpose: the play chunk stays light.
 */
export function ResultsLinks({ year, results = false }: { year: number; results?: boolean }) {
  const { t } = useTranslation();
  const params = { year: String(year) };
  return (
    <Group gap="sm">
      <ButtonLink
        to="/quiz/$year/leaderboard"
        params={params}
        variant="light"
        leftSection={<IconChartBar size={18} aria-hidden="true" />}
      >
        {t('quizResults.links.board')}
      </ButtonLink>
      {results && (
        <ButtonLink
          to="/quiz/$year/results"
          params={params}
          variant="light"
          leftSection={<IconTrophy size={18} aria-hidden="true" />}
        >
          {t('quizResults.links.results')}
        </ButtonLink>
      )}
    </Group>
  );
}
