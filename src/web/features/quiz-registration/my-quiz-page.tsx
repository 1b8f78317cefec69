import { Alert, Box, Button, Card, Group, Radio, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCircleCheck, IconMailOff } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/form-error.tsx';
import { notifySuccess } from '../../components/notify.ts';
import { usePageTitle } from '../../components/page-title.ts';
import { QueryState } from '../../components/query-state.tsx';
import { ButtonLink } from '../../components/router-links.tsx';
import { currentLocale, isLocale, type Locale, locales } from '../../i18n/i18n.ts';
import type { User } from '../../lib/session.ts';
import { PlayLink } from '../quiz-play/play-link.tsx';
import { MyReportLink } from '../quiz-reports/report-link.tsx';
import { ResultsLinks } from '../quiz-results/results-links.tsx';
import { isCoordinator } from './access.ts';
import { formatDay } from './dates.ts';
import { describeRegistrationError } from './errors.ts';
import { useConfirmParticipation, useMyRegistrations } from './participant-api.ts';
import { RequireLogin } from './require-login.tsx';
import { MemberStatusBadge } from './status-badge.tsx';
import { TeamProgress } from './team-progress.tsx';
import type { MyRegistration } from './types.ts';

/**
 * `/quiz/my`: where the invitation's log-in link lands. The participant confirms ("Ik doe
 * mee"), picks the language for the quiz and the mail, and sees their team.
 */
export function MyQuizPage() {
  const { t } = useTranslation();
  usePageTitle(t('quizRegistration.my.title'));
  return <RequireLogin>{(user) => <MyQuizContent user={user} />}</RequireLogin>;
}

function MyQuizContent({ user }: { user: User }) {
  const { t } = useTranslation();
  const registrations = useMyRegistrations();
  return (
    <Stack gap="lg" maw={760}>
      <Title order={1}>{t('quizRegistration.my.title')}</Title>
      <QueryState query={registrations}>
        {(items) =>
          items.length === 0 ? (
            <Stack gap="md">
              <Text>{t('quizRegistration.my.none')}</Text>
              <Group>
                <ButtonLink to="/quiz" variant="light">
                  {t('quizRegistration.coordinator.toPublic')}
                </ButtonLink>
                {isCoordinator(user) && (
                  <ButtonLink to="/quiz/registration" variant="light">
                    {t('quizRegistration.nav.coordinator')}
                  </ButtonLink>
                )}
              </Group>
            </Stack>
          ) : (
            [...items]
              .sort((a, b) => b.edition.year - a.edition.year)
              .map((registration) => (
                <RegistrationCard key={registration.memberId} registration={registration} user={user} />
              ))
          )
        }
      </QueryState>
    </Stack>
  );
}

function RegistrationCard({ registration, user }: { registration: MyRegistration; user: User }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { edition, team, organization } = registration;
  const titleId = useId();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={titleId}>
      <Stack gap="md">
        <div>
          <Text fw={600} c="dimmed" size="sm">
            {edition.name}
          </Text>
          <Title order={2} size="h3" id={titleId}>
            {t('quizRegistration.my.teamOf', { team: team.name, organization: organization.name })}
          </Title>
        </div>
        <Text>
          {edition.eventDate
            ? t('quizRegistration.my.when', {
                date: formatDay(edition.eventDate, locale),
                start: edition.windowStart,
                end: edition.windowEnd,
              })
            : t('quizRegistration.my.whenTbd')}
        </Text>

        {registration.status === 'confirmed' ? (
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <ThemeIcon color="teal" variant="light" size="lg" radius="xl" aria-hidden="true">
              <IconCircleCheck />
            </ThemeIcon>
            <div>
              <Text fw={700}>{t('quizRegistration.my.confirmed')}</Text>
              <Text size="sm">{t('quizRegistration.my.confirmedText')}</Text>
            </div>
          </Group>
        ) : (
          <ConfirmBox registration={registration} user={user} />
        )}
        {registration.status === 'confirmed' && edition.eventDate && <PlayLink year={edition.year} />}
        {registration.status === 'confirmed' && <MyReportLink edition={edition} />}
        {registration.status === 'confirmed' && edition.eventDate && (
          <ResultsLinks year={edition.year} results />
        )}

        <Box component="section" aria-labelledby={`${titleId}-team`}>
          <Title order={3} size="h4" id={`${titleId}-team`} mb="xs">
            {t('quizRegistration.my.teamTitle')}
          </Title>
          <Stack gap="sm">
            <TeamProgress confirmed={team.confirmed} minimum={team.minimum} />
            <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }}>
              {team.members.map((mate, index) => (
                // Team mates are shown by name only; two people may share a name, so the position keys them.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <Group component="li" key={index} gap="xs" wrap="nowrap" justify="space-between">
                  <Text fw={mate.isMe ? 700 : 400}>
                    {mate.name}
                    {mate.isMe && ` (${t('quizRegistration.my.you')})`}
                  </Text>
                  <MemberStatusBadge status={mate.status} />
                </Group>
              ))}
            </Stack>
          </Stack>
        </Box>
      </Stack>
    </Card>
  );
}

/** "Doe je mee?": the language for the quiz and the mail, and the button. */
function ConfirmBox({ registration, user }: { registration: MyRegistration; user: User }) {
  const { t, i18n } = useTranslation();
  const confirm = useConfirmParticipation();
  const [language, setLanguage] = useState<Locale>(user.locale);
  const [error, setError] = useState<string | null>(null);

  const submit = () => {
    setError(null);
    confirm.mutate(
      { memberId: registration.memberId, locale: language },
      {
        onSuccess: () => notifySuccess(t('quizRegistration.my.thanks')),
        onError: (failure) => setError(describeRegistrationError(failure, i18n)),
      },
    );
  };

  return (
    <Stack
      gap="md"
      p="md"
      bg="var(--mantine-color-indigo-light)"
      style={{ borderRadius: 'var(--mantine-radius-md)' }}
    >
      {registration.status === 'bounced' && (
        <Alert color="orange" icon={<IconMailOff aria-hidden="true" />}>
          {t('quizRegistration.my.bounced')}
        </Alert>
      )}
      <div>
        <Group gap="xs">
          <Text fw={700}>{t('quizRegistration.my.question')}</Text>
          <MemberStatusBadge status={registration.status} />
        </Group>
        <Text size="sm">
          {t('quizRegistration.my.questionText', {
            organization: registration.organization.name,
            team: registration.team.name,
          })}
        </Text>
      </div>
      <Radio.Group
        label={t('quizRegistration.my.language')}
        description={t('quizRegistration.my.languageHelp')}
        value={language}
        onChange={(value) => isLocale(value) && setLanguage(value)}
      >
        <Group gap="lg" mt="xs">
          {locales.map((locale) => (
            <Radio key={locale} value={locale} label={t(`language.${locale}`)} lang={locale} />
          ))}
        </Group>
      </Radio.Group>
      <FormError message={error} />
      <Button
        size="md"
        onClick={submit}
        loading={confirm.isPending}
        fullWidth={false}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('quizRegistration.my.confirm')}
      </Button>
    </Stack>
  );
}
