import { Navigate, useRouterState } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { type User, useMe } from '../../lib/session.ts';

/**
 * Renders `children` for a logged-in person; visitors go to the log-in page and come back
 * here afterwards (the log-in link by mail also returns them via `redirect`).
 */
export function RequireLogin({ children }: { children: (user: User) => ReactNode }) {
  const me = useMe();
  // The location on screen, not a pending one (see the admin layout for why).
  const href = useRouterState({ select: (s) => s.resolvedLocation?.href ?? s.location.href });
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <Navigate to="/login" search={{ redirect: href }} replace />;
  return <>{children(me.data)}</>;
}
