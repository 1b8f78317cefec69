import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../components/notify.ts';
import { ButtonLink } from '../../components/router-links.tsx';
import { currentLocale } from '../../i18n/i18n.ts';
import { usePublicConfig } from '../../lib/config.ts';
import { describeError } from '../../lib/errors.ts';
import { useRequestMagicLink } from './api.ts';

interface CheckMailProps {
  email: string;
  /** Where the log-in link lands (a path inside the app). */
  redirectTo?: string | undefined;
  onOtherAddress: () => void;
}

/** After asking for a link: where to look, how to ask again, and in the demo where the mail really is. */
export function CheckMail({ email, redirectTo, onOtherAddress }: CheckMailProps) {
  const { t, i18n } = useTranslation();
  const config = usePublicConfig();
  const resend = useRequestMagicLink();
  const headingRef = useRef<HTMLHeadingElement>(null);

  // The form that had focus is gone; continue reading here.
  useEffect(() => headingRef.current?.focus(), []);

  const sendAgain = () =>
    resend.mutate(
      { email, locale: currentLocale(), redirectTo },
      {
        onSuccess: () => notifySuccess(t('auth.sentAgain')),
        onError: (error) => notifyError(describeError(error, i18n)),
      },
    );

  return (
    <Stack gap="md">
      <Title order={2} ref={headingRef} tabIndex={-1}>
        {t('auth.checkMailTitle')}
      </Title>
      <Text>{t('auth.checkMailText', { email })}</Text>
      <Text size="sm" c="dimmed">
        {t('auth.checkMailSpam')}
      </Text>
      {config.data?.devMailbox && (
        <Alert icon={<IconInfoCircle aria-hidden="true" />} title={t('auth.demoMailboxTitle')} role="note">
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('auth.demoMailboxText')}</Text>
            <ButtonLink to="/mailbox" size="sm">
              {t('auth.openDemoMailbox')}
            </ButtonLink>
          </Stack>
        </Alert>
      )}
      <Group gap="sm">
        <Button variant="light" onClick={sendAgain} loading={resend.isPending}>
          {t('auth.sendAgain')}
        </Button>
        <Button variant="subtle" onClick={onOtherAddress}>
          {t('auth.otherAddress')}
        </Button>
      </Group>
    </Stack>
  );
}
