import { AppShell, Box, Burger, Container, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet, useRouterState } from '@tanstack/react-router';
import { type MouseEvent, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink, RouterNavLink } from '../../components/router-links.tsx';
import { QuizManageNavEntry } from '../../features/quiz-content/nav-entry.tsx';
import { usePublicConfig } from '../../lib/config.ts';
import { isAdminOrStaff } from '../../lib/roles.ts';
import { useMe } from '../../lib/session.ts';
import { useLocaleSync } from '../use-locale-sync.ts';
import { LanguageSwitch } from './language-switch.tsx';
import { programmeNavItems } from './nav-items.ts';
import { UserMenu } from './user-menu.tsx';

const mainId = 'main-content';

/** Header with menu, the page in <main>, and a footer; on small screens the menu folds behind a burger. */
export function AppLayout() {
  const { t } = useTranslation();
  const [menuOpen, menu] = useDisclosure(false);
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const mainRef = useRef<HTMLElement>(null);
  const firstPath = useRef(pathname);
  useLocaleSync();

  // After client-side navigation, start reading at the new page (as a full page load would).
  useEffect(() => {
    menu.close();
    if (pathname !== firstPath.current) {
      firstPath.current = '';
      mainRef.current?.focus({ preventScroll: true });
    }
  }, [pathname, menu.close]);

  const skipToContent = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    mainRef.current?.focus();
    mainRef.current?.scrollIntoView();
  };

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 280, breakpoint: 'lg', collapsed: { mobile: !menuOpen, desktop: true } }}
      padding={0}
    >
      <a href={`#${mainId}`} className="skip-link" onClick={skipToContent}>
        {t('nav.skipToContent')}
      </a>

      <AppShell.Header>
        <Container size="lg" h="100%">
          <Group h="100%" justify="space-between" wrap="nowrap" gap="sm">
            <Group gap="sm" wrap="nowrap">
              <Burger
                opened={menuOpen}
                onClick={menu.toggle}
                hiddenFrom="lg"
                size="sm"
                aria-label={menuOpen ? t('nav.closeMenu') : t('nav.openMenu')}
                aria-expanded={menuOpen}
                aria-controls={menuOpen ? 'mobile-menu' : undefined}
              />
              <AnchorLink to="/" fw={800} fz="xl" underline="never" c="var(--mantine-color-text)">
                {t('common.appName')}
              </AnchorLink>
              <DesktopNav />
            </Group>
            <Group gap="xs" wrap="nowrap">
              <LanguageSwitch />
              <UserMenu />
            </Group>
          </Group>
        </Container>
      </AppShell.Header>

      {menuOpen && (
        <AppShell.Navbar id="mobile-menu" p="md" hiddenFrom="lg" aria-label={t('nav.mainMenu')}>
          <MobileNav />
        </AppShell.Navbar>
      )}

      <AppShell.Main id={mainId} ref={mainRef} tabIndex={-1} style={{ minHeight: 'calc(100dvh - 6rem)' }}>
        <Container size="lg" py="xl">
          <Outlet />
        </Container>
      </AppShell.Main>

      <AppFooter />
    </AppShell>
  );
}

function DesktopNav() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Group component="nav" aria-label={t('nav.mainMenu')} gap={4} visibleFrom="lg" wrap="nowrap" ml="md">
      {programmeNavItems.map((item) => (
        <RouterNavLink
          key={item.to}
          to={item.to}
          label={t(item.label)}
          activeOptions={{ exact: true }}
          w="auto"
          py={6}
          px="sm"
        />
      ))}
      <QuizManageNavEntry w="auto" py={6} px="sm" />
      {isAdminOrStaff(me.data) && (
        <RouterNavLink to="/admin" label={t('nav.admin')} w="auto" py={6} px="sm" />
      )}
    </Group>
  );
}

function MobileNav() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Stack gap={2}>
      <RouterNavLink to="/" label={t('nav.home')} activeOptions={{ exact: true }} />
      {programmeNavItems.map((item) => (
        <RouterNavLink key={item.to} to={item.to} label={t(item.label)} activeOptions={{ exact: true }} />
      ))}
      <QuizManageNavEntry />
      {me.data ? (
        <>
          <RouterNavLink to="/account" label={t('nav.account')} />
          {isAdminOrStaff(me.data) && <RouterNavLink to="/admin" label={t('nav.admin')} />}
        </>
      ) : (
        <RouterNavLink to="/login" label={t('nav.login')} />
      )}
    </Stack>
  );
}

function AppFooter() {
  const { t } = useTranslation();
  const config = usePublicConfig();
  return (
    <Box
      component="footer"
      py="lg"
      bg="var(--mantine-color-gray-0)"
      style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
    >
      <Container size="lg">
        <Group justify="space-between" gap="xs">
          <Text size="sm">{t('nav.footerText')}</Text>
          <Group gap="md">
            {config.data?.devMailbox && (
              <AnchorLink to="/mailbox" size="sm">
                {t('nav.demoMailbox')}
              </AnchorLink>
            )}
            {config.data && (
              <Text size="sm" c="dimmed">
                {t('nav.version', { version: config.data.version })}
              </Text>
            )}
          </Group>
        </Group>
      </Container>
    </Box>
  );
}
