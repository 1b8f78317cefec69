import { Group, Progress, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface TeamProgressProps {
  confirmed: number;
  minimum: number;
  /** Invited people who have not confirmed yet, shown as a lighter part of the bar. */
  invited?: number;
}

/**
 * Confirmed participants against the minimum for the smartest-organisation award, as a bar
 * with the count in words next to it (the bar itself is decoration for screen readers).
 */
export function TeamProgress({ confirmed, minimum, invited = 0 }: TeamProgressProps) {
  const { t } = useTranslation();
  const labelId = useId();
  const confirmedPct = Math.min(100, (confirmed / minimum) * 100);
  const invitedPct = Math.min(100 - confirmedPct, (invited / minimum) * 100);
  const reached = confirmed >= minimum;
  return (
    <div>
      <Group justify="space-between" gap="xs" mb={4}>
        <Text size="sm" fw={600} id={labelId}>
          {t('quizRegistration.progress.confirmedOf', { confirmed, minimum })}
        </Text>
        <Text size="sm" c={reached ? 'teal.9' : 'dimmed'}>
          {reached
            ? t('quizRegistration.progress.reached')
            : t('quizRegistration.progress.toGo', { count: minimum - confirmed })}
        </Text>
      </Group>
      <Progress.Root size="lg" aria-hidden="true">
        <Progress.Section value={confirmedPct} color="teal" />
        {invitedPct > 0 && <Progress.Section value={invitedPct} color="blue.2" />}
      </Progress.Root>
    </div>
  );
}
