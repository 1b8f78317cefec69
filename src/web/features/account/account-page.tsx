import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { Navigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { notifyError, notifySuccess } from '../../components/notify.ts';
import { usePageTitle } from '../../components/page-title.ts';
import { RoleBadges } from '../../components/role-badges.tsx';
import { describeError } from '../../lib/errors.ts';
import { useLogout, useMe } from '../../lib/session.ts';

import { ProfileForm } from './profile-form.tsx';

/** The logged-in person's own page: profile, roles, and logging out (here or everywhere). */
export function AccountPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const logout = useLogout();
  usePageTitle(t('account.title'));

  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <Navigate to="/login" search={{ redirect: '/account' }} replace />;
  const user = me.data;

  const endSessions = (all: boolean) =>
    logout.mutate(
      { all },
      {
        onSuccess: () => notifySuccess(all ? t('account.loggedOutAll') : t('account.loggedOut')),
        onError: (error) => notifyError(describeError(error, i18n)),
      },
    );

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Title order={1}>{t('account.title')}</Title>
        <Text>{t('account.intro')}</Text>
      </Stack>

      <Card withBorder padding="lg" component="section" aria-labelledby="profile-title">
        <Title order={2} size="h3" id="profile-title" mb="md">
          {t('account.profileTitle')}
        </Title>
        <ProfileForm key={user.id} user={user} />
      </Card>

      <Card withBorder padding="lg" component="section" aria-labelledby="roles-title">
        <Title order={2} size="h3" id="roles-title" mb="md">
          {t('account.rolesTitle')}
        </Title>
        {user.roles.length > 0 ? <RoleBadges roles={user.roles} /> : <Text>{t('account.noRoles')}</Text>}
      </Card>

      <Card withBorder padding="lg" component="section" aria-labelledby="session-title">
        <Title order={2} size="h3" id="session-title" mb="xs">
          {t('account.sessionTitle')}
        </Title>
        <Text mb="md">{t('account.sessionText')}</Text>
        <Group>
          <Button
            variant="light"
            leftSection={<IconLogout size={16} aria-hidden="true" />}
            onClick={() => endSessions(false)}
            loading={logout.isPending && logout.variables?.all === false}
          >
            {t('account.logout')}
          </Button>
          <Button
            variant="outline"
            color="red"
            onClick={() => endSessions(true)}
            loading={logout.isPending && logout.variables?.all === true}
          >
            {t('account.logoutAll')}
          </Button>
        </Group>
      </Card>
    </Stack>
  );
}
