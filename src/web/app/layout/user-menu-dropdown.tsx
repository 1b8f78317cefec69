import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconLogout, IconSettings, IconUserCircle } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../components/notify.ts';
import { PracticeMenuItem } from '../../features/quiz-practice/menu-item.tsx';
import { QuizMenuItem } from '../../features/quiz-registration/nav-entry.tsx';
import { describeError } from '../../lib/errors.ts';
import { isAdminOrStaff } from '../../lib/roles.ts';
import { type User, useLogout } from '../../lib/session.ts';

/**
 * The logged-in person's menu (account, quiz, practice, admin, log out). Its own chunk,
 * loaded on first use (user-menu.tsx): the popover machinery is about 15 kB that a phone
 * opening the play page does not need. Opens at once when loaded because it was asked for.
 */
export function UserMenuDropdown({ user }: { user: User }) {
  const { t, i18n } = useTranslation();
  const logout = useLogout();
  const navigate = useNavigate();

  const onLogout = () =>
    logout.mutate(
      { all: false },
      {
        onSuccess: () => notifySuccess(t('account.loggedOut')),
        onError: (error) => notifyError(describeError(error, i18n)),
      },
    );

  return (
    <Menu position="bottom-end" width={220} defaultOpened>
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
