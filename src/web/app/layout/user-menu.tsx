import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconLogout, IconSettings, IconUserCircle } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../components/notify.ts';
import { ButtonLink } from '../../components/router-links.tsx';
import { PracticeMenuItem } from '../../features/quiz-practice/menu-item.tsx';
import { QuizMenuItem } from '../../features/quiz-registration/nav-entry.tsx';
import { describeError } from '../../lib/errors.ts';
import { isAdminOrStaff } from '../../lib/roles.ts';
import { useLogout, useMe } from '../../lib/session.ts';

/** "Inloggen" for visitors; the person's name with a menu (account, admin, log out) once logged in. */
export function UserMenu() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const logout = useLogout();
  const navigate = useNavigate();

  // Until we know who is here, show nothing rather than a log-in button that flips to a name.
  if (me.isPending) return null;
  const user = me.data;
  if (!user) {
    return (
      // On the smallest screens the burger menu (and the home page) offer logging in; the header has no room.
      <ButtonLink to="/login" size="sm" variant="light" visibleFrom="xs">
        {t('nav.login')}
      </ButtonLink>
    );
  }

  const onLogout = () =>
    logout.mutate(
      { all: false },
      {
        onSuccess: () => notifySuccess(t('account.loggedOut')),
        onError: (error) => notifyError(describeError(error, i18n)),
      },
    );

  return (
    <Menu position="bottom-end" width={220}>
      <Menu.Target>
        <Button
          variant="subtle"
          size="sm"
          leftSection={<IconUserCircle size={20} aria-hidden="true" />}
          rightSection={<IconChevronDown size={14} aria-hidden="true" />}
          aria-label={t('nav.userMenu', { name: user.name })}
          maw={{ base: 88, xs: 220 }}
        >
          {user.name}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{user.email}</Menu.Label>
        <Menu.Item
          leftSection={<IconUserCircle size={16} aria-hidden="true" />}
          onClick={() => void navigate({ to: '/account' })}
        >
          {t('nav.account')}
        </Menu.Item>
        <QuizMenuItem />
        <PracticeMenuItem />
        {isAdminOrStaff(user) && (
          <Menu.Item
            leftSection={<IconSettings size={16} aria-hidden="true" />}
            onClick={() => void navigate({ to: '/admin' })}
          >
            {t('nav.admin')}
          </Menu.Item>
        )}
        <Menu.Divider />
        <Menu.Item leftSection={<IconLogout size={16} aria-hidden="true" />} onClick={onLogout}>
          {t('nav.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
