import { Box, Button, Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LiveStatus } from '../../components/live-status.tsx';
import { notifyError } from '../../components/notify.ts';
import { currentLocale } from '../../i18n/i18n.ts';
import { describePracticeError } from './errors.ts';
import { amsterdamToday, formatLongDay } from './figures.ts';
import { useSetMySubscription } from './me-api.ts';
import type { MyPractice, SubscriptionChoice } from './types.ts';

const WEEK_MS = 7 * 86_400_000;

/** Whether practice mail comes, with pause (a week, or until resumed), stop and resume. */
export function MyMailChoice({
  year,
  subscription,
}: {
  year: number;
  subscription: MyPractice['subscription'];
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  const save = useSetMySubscription(year);
  const state =
    subscription.status === 'paused' && subscription.pausedUntil
      ? t('quizPractice.me.mailState.pausedUntil', { date: formatLongDay(subscription.pausedUntil, locale) })
      : t(`quizPractice.me.mailState.${subscription.status}`);

  const choose = (choice: SubscriptionChoice) =>
    save.mutate(choice, { onError: (error) => notifyError(describePracticeError(error, i18n)) });

  return (
    <Box component="section" aria-labelledby="practice-mail-title">
      <Title order={2} id="practice-mail-title" mb="xs">
        {t('quizPractice.me.mailTitle')}
      </Title>
      <Text mb="sm" fw={600}>
        {state}
      </Text>
      <Group gap="sm">
        {subscription.status === 'active' ? (
          <>
            <Button
              variant="light"
              loading={save.isPending && save.variables?.pausedUntil != null}
              onClick={() =>
                choose({ status: 'paused', pausedUntil: amsterdamToday(new Date(Date.now() + WEEK_MS)) })
              }
            >
              {t('quizPractice.me.pauseWeek')}
            </Button>
            <Button
              variant="light"
              loading={save.isPending && save.variables?.status === 'paused' && !save.variables.pausedUntil}
              onClick={() => choose({ status: 'paused', pausedUntil: null })}
            >
              {t('quizPractice.me.pause')}
            </Button>
            <Button
              variant="default"
              loading={save.isPending && save.variables?.status === 'stopped'}
              onClick={() => choose({ status: 'stopped' })}
            >
              {t('quizPractice.me.stop')}
            </Button>
          </>
        ) : (
          <Button loading={save.isPending} onClick={() => choose({ status: 'active' })}>
            {t('quizPractice.me.resume')}
          </Button>
        )}
      </Group>
      <LiveStatus message={save.isSuccess ? `${t('quizPractice.me.saved')} ${state}` : ''} />
    </Box>
  );
}
