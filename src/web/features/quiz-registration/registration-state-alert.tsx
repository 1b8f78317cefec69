import { Alert, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n.ts';
import { formatDate } from '../../lib/format.ts';
import type { RegistrationState } from './types.ts';

/**
 * Says why teams can no longer be changed (closed by the quiz team, or the edition has moved
 * on) and what still can be done; nothing while registration is open.
 */
export function RegistrationStateAlert({ state, staff }: { state: RegistrationState; staff: boolean }) {
  const { t } = useTranslation();
  if (state.open) return null;
  const locale = currentLocale();
  return (
    <Alert color="orange" icon={<IconLock aria-hidden="true" />} title={t('quizRegistration.closed.title')}>
      <Text size="sm">
        {state.reason === 'closed' && state.closedAt
          ? t('quizRegistration.closed.closedOn', { date: formatDate(state.closedAt, locale) })
          : t(`quizRegistration.closed.reason.${state.reason === 'open' ? 'closed' : state.reason}`)}{' '}
        {t('quizRegistration.closed.whatNow')}
      </Text>
      {staff && (
        <Text size="sm" mt="xs">
          {t('quizRegistration.closed.staffMay')}
        </Text>
      )}
    </Alert>
  );
}
