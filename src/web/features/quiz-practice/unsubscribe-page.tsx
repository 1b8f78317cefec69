import { Alert, Button, Card, Group, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/form-error.tsx';
import { Loading } from '../../components/loading.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { currentLocale } from '../../i18n/i18n.ts';
import { apiFormErrors } from '../../lib/form.ts';
import { practiceTranslator } from './errors.ts';
import { amsterdamToday, formatLongDay } from './figures.ts';
import { useChangeSubscriptionByLink, useSubscriptionByLink } from './link-api.ts';
import { LinkProblem } from './link-problem.tsx';
import type { Subscription, SubscriptionChoice, SubscriptionStatus } from './types.ts';

const route = getRouteApi('/oefenen/afmelden');

const choices: SubscriptionStatus[] = ['active', 'paused', 'stopped'];

/**
 * `/oefenen/afmelden?token=…`: pause, stop or resume practice mail from the link in every
 * practice mail, without logging in. Opening the page changes nothing (mail scanners open
 * links too); only the button does.
 */
export function UnsubscribePage() {
  const { t } = useTranslation();
  const { token } = route.useSearch();
  usePageTitle(t('quizPractice.unsubscribe.title'));
  return (
    <Stack gap="lg" maw={680} mx="auto">
      {token ? <SubscriptionByLink key={token} token={token} /> : <LinkProblem context="unsubscribe" />}
    </Stack>
  );
}

function SubscriptionByLink({ token }: { token: string }) {
  const { t } = useTranslation();
  const subscription = useSubscriptionByLink(token);
  if (subscription.isPending) {
    return (
      <>
        <Title order={1}>{t('quizPractice.unsubscribe.title')}</Title>
        <Loading label={t('quizPractice.unsubscribe.loading')} />
      </>
    );
  }
  if (subscription.isError) {
    return (
      <LinkProblem
        context="unsubscribe"
        error={subscription.error}
        onRetry={() => void subscription.refetch()}
      />
    );
  }
  return <SubscriptionChoicePanel token={token} subscription={subscription.data} />;
}

/** "Je oefenmails staan op pauze tot en met 12 december 2026." and the like. */
export function useSubscriptionSentence(prefix: 'current' | 'saved') {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (s: Pick<Subscription, 'status' | 'pausedUntil'>): string =>
    s.status === 'paused' && s.pausedUntil
      ? t(`quizPractice.unsubscribe.${prefix}.pausedUntil`, { date: formatLongDay(s.pausedUntil, locale) })
      : t(`quizPractice.unsubscribe.${prefix}.${s.status}`);
}

function SubscriptionChoicePanel({ token, subscription }: { token: string; subscription: Subscription }) {
  const { t } = useTranslation();
  const change = useChangeSubscriptionByLink(token);
  const [saved, setSaved] = useState<Subscription | null>(null);
  const current = useSubscriptionSentence('current');

  const save = (choice: SubscriptionChoice, onSaved?: () => void) =>
    change.mutate(choice, {
      onSuccess: (result) => {
        setSaved(result);
        onSaved?.();
      },
    });

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t('quizPractice.unsubscribe.title')}</Title>
        <Text>{t('quizPractice.unsubscribe.intro', { edition: subscription.edition.name })}</Text>
        <Text c="dimmed" size="sm">
          {t('quizPractice.unsubscribe.noLogin')}
        </Text>
      </Stack>
      {saved ? (
        <SavedChoice
          subscription={saved}
          busy={change.isPending}
          error={change.error}
          onResume={() => save({ status: 'active' })}
          onChangeAgain={() => {
            change.reset();
            setSaved(null);
          }}
        />
      ) : (
        <>
          <Text fw={600}>{current(subscription)}</Text>
          <ChoiceForm
            subscription={subscription}
            busy={change.isPending}
            error={change.error}
            onSave={save}
          />
        </>
      )}
    </Stack>
  );
}

interface ChoiceFormProps {
  subscription: Subscription;
  busy: boolean;
  error: unknown;
  onSave: (choice: SubscriptionChoice) => void;
}

function ChoiceForm({ subscription, busy, error, onSave }: ChoiceFormProps) {
  const { t, i18n } = useTranslation();
  const [choice, setChoice] = useState<SubscriptionStatus>(subscription.status);
  const [until, setUntil] = useState(subscription.pausedUntil ?? '');
  const problems = error ? apiFormErrors(error, ['pausedUntil'], practiceTranslator(i18n)) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    onSave({ status: choice, pausedUntil: choice === 'paused' && until ? until : null });
  };

  return (
    <Card withBorder padding="lg" component="form" onSubmit={submit} noValidate>
      <Stack gap="md">
        <Radio.Group
          value={choice}
          onChange={(value) => setChoice(value as SubscriptionStatus)}
          label={t('quizPractice.unsubscribe.legend')}
          labelProps={{ fz: 'lg', fw: 600, mb: 'xs' }}
        >
          <Stack gap="sm">
            {choices.map((status) => (
              <Radio
                key={status}
                value={status}
                label={t(`quizPractice.unsubscribe.choices.${status}`)}
                description={t(`quizPractice.unsubscribe.choiceHelp.${status}`)}
                size="md"
              />
            ))}
          </Stack>
        </Radio.Group>
        {choice === 'paused' && (
          <TextInput
            type="date"
            label={t('quizPractice.unsubscribe.pausedUntil')}
            description={t('quizPractice.unsubscribe.pausedUntilHelp')}
            value={until}
            min={amsterdamToday()}
            onChange={(event) => setUntil(event.currentTarget.value)}
            error={problems?.fields.pausedUntil}
            maw={260}
          />
        )}
        <FormError message={problems?.general ?? null} />
        <Group>
          <Button type="submit" size="md" loading={busy}>
            {t('quizPractice.unsubscribe.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

interface SavedChoiceProps {
  subscription: Subscription;
  busy: boolean;
  error: unknown;
  onResume: () => void;
  onChangeAgain: () => void;
}

/** The confirmation, read out at once (focus), with the way back. */
function SavedChoice({ subscription, busy, error, onResume, onChangeAgain }: SavedChoiceProps) {
  const { t, i18n } = useTranslation();
  const sentence = useSubscriptionSentence('saved');
  const ref = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus again whenever the saved choice changes
  useEffect(() => {
    ref.current?.focus();
  }, [subscription]);

  return (
    <Stack gap="md">
      <Alert
        ref={ref}
        tabIndex={-1}
        color="teal"
        variant="light"
        icon={<IconCircleCheck aria-hidden="true" />}
        role="status"
      >
        <Text fw={600}>{sentence(subscription)}</Text>
      </Alert>
      {error ? <FormError message={apiFormErrors(error, [], practiceTranslator(i18n)).general} /> : null}
      <Text>{t('quizPractice.unsubscribe.undoHint')}</Text>
      <Group gap="sm">
        {subscription.status !== 'active' && (
          <Button onClick={onResume} loading={busy}>
            {t('quizPractice.unsubscribe.resume')}
          </Button>
        )}
        <Button variant="default" onClick={onChangeAgain}>
          {t('quizPractice.unsubscribe.changeAgain')}
        </Button>
      </Group>
    </Stack>
  );
}
