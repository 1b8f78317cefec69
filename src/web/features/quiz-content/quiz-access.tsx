import { Stack, Text, Title } from '@mantine/core';
import { Navigate, Outlet, useRouterState } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { ButtonLink } from '../../components/router-links.tsx';
import { useMe } from '../../lib/session.ts';
import { canUseQuizManagement } from './access.ts';

/**
 * Quiz management is for quiz staff, quiz experts and admins. Visitors go to the log-in page
 * (and come back here afterwards); everyone else gets a clear "no access".
 */
export function RequireQuizAccess({ children }: { children: ReactNode }) {
  const me = useMe();
  // The location on screen, not a pending one (see admin-layout.tsx).
  const href = useRouterState({ select: (s) => s.resolvedLocation?.href ?? s.location.href });
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <Navigate to="/login" search={{ redirect: href }} replace />;
  if (!canUseQuizManagement(me.data)) return <QuizNoAccess />;
  return <>{children}</>;
}

/** The `/quiz/manage` route: checks access once for every page below it. */
export function QuizManageGate() {
  return (
    <RequireQuizAccess>
      <Outlet />
    </RequireQuizAccess>
  );
}

function QuizNoAccess() {
  const { t } = useTranslation();
  usePageTitle(t('quizContent.noAccessTitle'));
  return (
    <Stack gap="md" maw={640}>
      <Title order={1}>{t('quizContent.noAccessTitle')}</Title>
      <Text>{t('quizContent.noAccessText')}</Text>
      <div>
        <ButtonLink to="/" variant="light">
          {t('notFound.backHome')}
        </ButtonLink>
      </div>
    </Stack>
  );
}
