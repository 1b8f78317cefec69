import { Button, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconClockX, IconLinkOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/router-links.tsx';
import { isApiError } from '../../lib/api.ts';
import { describePracticeError } from './errors.ts';

interface LinkProblemProps {
  /** The failure; undefined when the address has no token at all. */
  error?: unknown;
  /** The answer page or the pause page: their "invalid" texts differ a little. */
  context: 'answer' | 'unsubscribe';
  onRetry?: () => void;
}

type Kind = 'invalid' | 'expired' | 'failed';

function kindOf(error: unknown): Kind {
  if (error === undefined) return 'invalid';
  if (!isApiError(error)) return 'failed';
  if (
    error.code === 'link_invalid' ||
    (error.status === 400 && error.fieldProblems.some((f) => f.field === 'token'))
  )
    return 'invalid';
  if (error.code === 'link_expired' || error.code === 'practice_closed') return 'expired';
  return 'failed';
}

/**
 * A clear page for a link that does not work: altered or incomplete ("invalid"), from after
 * the practice period ("expired"), or a failure on the way (with a retry). It says that
 * nothing was saved, and offers the practice page (after log-in) as the way on.
 */
export function LinkProblem({ error, context, onRetry }: LinkProblemProps) {
  const { t, i18n } = useTranslation();
  const kind = kindOf(error);
  const Icon = kind === 'expired' ? IconClockX : kind === 'invalid' ? IconLinkOff : IconAlertTriangle;
  const title =
    kind === 'invalid'
      ? t('quizPractice.linkProblem.invalidTitle')
      : kind === 'expired'
        ? t('quizPractice.linkProblem.expiredTitle')
        : t('quizPractice.linkProblem.failedTitle');
  const text =
    kind === 'invalid'
      ? context === 'answer'
        ? t('quizPractice.linkProblem.invalidText')
        : t('quizPractice.linkProblem.unsubscribeInvalidText')
      : kind === 'expired'
        ? t('quizPractice.linkProblem.expiredText')
        : describePracticeError(error, i18n);

  return (
    <Stack gap="md" align="flex-start">
      <ThemeIcon size={56} radius="xl" variant="light" color={kind === 'failed' ? 'red' : 'gray'}>
        <Icon size={32} aria-hidden="true" />
      </ThemeIcon>
      <Title order={1}>{title}</Title>
      <Text role={kind === 'failed' ? 'alert' : undefined}>{text}</Text>
      <Group gap="sm">
        {kind === 'failed' && onRetry && <Button onClick={onRetry}>{t('common.retry')}</Button>}
        <ButtonLink to="/oefenen" variant={kind === 'failed' ? 'default' : 'filled'}>
          {t('quizPractice.linkProblem.toPractice')}
        </ButtonLink>
      </Group>
    </Stack>
  );
}
