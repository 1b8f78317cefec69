import { Box, Flex, Grid } from '@mantine/core';
import { Navigate, Outlet, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { NoAccess } from '../../components/no-access.tsx';
import { RouterNavLink } from '../../components/router-links.tsx';
import { isAdmin, isAdminOrStaff } from '../../lib/roles.ts';
import { useMe } from '../../lib/session.ts';
import { adminSections } from './admin-sections.ts';

/**
 * The admin area: only for admins and programme staff. Visitors go to the log-in page
 * (and come back here afterwards); everyone else gets a clear "no access".
 */
export function AdminLayout() {
  const { t } = useTranslation();
  const me = useMe();
  // The location on screen, not a pending one: while the log-in page loads, this layout is
  // still shown, and reading the pending location here would redirect to itself forever.
  const href = useRouterState({ select: (s) => s.resolvedLocation?.href ?? s.location.href });

  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <Navigate to="/login" search={{ redirect: href }} replace />;
  if (!isAdminOrStaff(me.data)) return <NoAccess />;

  const admin = isAdmin(me.data);
  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, md: 3 }}>
        <Box component="nav" aria-label={t('admin.menu')}>
          <Flex direction={{ base: 'row', md: 'column' }} wrap="wrap" gap={4}>
            <RouterNavLink
              to="/admin"
              label={t('admin.title')}
              activeOptions={{ exact: true }}
              w={{ base: 'auto', md: '100%' }}
            />
            {adminSections
              .filter((section) => admin || !section.adminOnly)
              .map((section) => (
                <RouterNavLink
                  key={section.to}
                  to={section.to}
                  label={t(section.label)}
                  w={{ base: 'auto', md: '100%' }}
                />
              ))}
          </Flex>
        </Box>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 9 }}>
        <Outlet />
      </Grid.Col>
    </Grid>
  );
}
