import { Button } from '@mantine/core';
import { IconChevronDown, IconUserCircle } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/router-links.tsx';
import { type User, useMe } from '../../lib/session.ts';

const loadDropdown = () => import('./user-menu-dropdown.tsx');
const UserMenuDropdown = lazy(() => loadDropdown().then((m) => ({ default: m.UserMenuDropdown })));

/** "Inloggen" for visitors; the person's name with a menu (account, admin, log out) once logged in. */
export function UserMenu() {
  const { t } = useTranslation();
  const me = useMe();
  // The menu itself is loaded when first asked for (pointed at, focused or pressed).
  const [wanted, setWanted] = useState(false);

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

  const placeholder = (loading: boolean) => (
    <UserButton
      user={user}
      loading={loading}
      onPointerEnter={() => void loadDropdown()}
      onFocus={() => void loadDropdown()}
      onClick={() => setWanted(true)}
    />
  );
  if (!wanted) return placeholder(false);
  return (
    <Suspense fallback={placeholder(true)}>
      <UserMenuDropdown user={user} />
    </Suspense>
  );
}

interface UserButtonProps {
  user: User;
  loading: boolean;
  onPointerEnter: () => void;
  onFocus: () => void;
  onClick: () => void;
}

/** Looks like the menu's button, which replaces it once the menu is loaded. */
function UserButton({ user, loading, ...handlers }: UserButtonProps) {
  const { t } = useTranslation();
  return (
    <Button
      variant="subtle"
      size="sm"
      leftSection={<IconUserCircle size={20} aria-hidden="true" />}
      rightSection={<IconChevronDown size={14} aria-hidden="true" />}
      aria-label={t('nav.userMenu', { name: user.name })}
      aria-haspopup="menu"
      aria-expanded={false}
      aria-busy={loading || undefined}
      maw={{ base: 88, xs: 220 }}
      {...handlers}
    >
      {user.name}
    </Button>
  );
}
