import { Alert, Card, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconLock, IconMail } from '@tabler/icons-react';
import { getRouteApi, useRouter } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/loading.tsx';
import { notifySuccess } from '../../components/notify.ts';
import { usePageTitle } from '../../components/page-title.ts';
import { safeRedirect } from '../../lib/redirect.ts';
import { useMe } from '../../lib/session.ts';
import { CheckMail } from './check-mail.tsx';
import { MagicLinkForm } from './magic-link-form.tsx';
import { PasswordForm } from './password-form.tsx';

const route = getRouteApi('/login');

/** Log in with a link by mail (default) or with a password (staff). */
export function LoginPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const me = useMe();
  const [sentTo, setSentTo] = useState<string | null>(null);
  usePageTitle(t('auth.title'));

  const target = safeRedirect(search.redirect) ?? '/account';
  if (me.isPending) return <Loading />;
  if (me.data && !sentTo) return <RedirectTo href={target} />;

  return (
    <Stack maw={480} mx="auto" gap="lg">
      <Title order={1}>{t('auth.title')}</Title>
      {search.error === 'invalid_link' && !sentTo && (
        <Alert color="red" variant="light">
          {t('auth.invalidLink')}
        </Alert>
      )}
      <Card withBorder padding="lg">
        {sentTo ? (
          <CheckMail
            email={sentTo}
            redirectTo={safeRedirect(search.redirect) ?? undefined}
            onOtherAddress={() => setSentTo(null)}
          />
        ) : (
          <Stack gap="md">
            <Text>{t('auth.intro')}</Text>
            <Tabs defaultValue="link" keepMounted={false}>
              <Tabs.List aria-label={t('auth.methods')} grow>
                <Tabs.Tab value="link" leftSection={<IconMail size={16} aria-hidden="true" />}>
                  {t('auth.tabMagicLink')}
                </Tabs.Tab>
                <Tabs.Tab value="password" leftSection={<IconLock size={16} aria-hidden="true" />}>
                  {t('auth.tabPassword')}
                </Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="link" pt="lg">
                <MagicLinkForm onSent={setSentTo} redirectTo={safeRedirect(search.redirect) ?? undefined} />
              </Tabs.Panel>
              <Tabs.Panel value="password" pt="lg">
                {/* Once logged in, the redirect above takes over. */}
                <PasswordForm onLoggedIn={() => notifySuccess(t('auth.loggedIn'))} />
              </Tabs.Panel>
            </Tabs>
          </Stack>
        )}
      </Card>
    </Stack>
  );
}

/** Goes to an in-app path that may carry its own query string (the `redirect` parameter). */
function RedirectTo({ href }: { href: string }) {
  const router = useRouter();
  useEffect(() => router.history.replace(href), [router, href]);
  return <Loading />;
}
