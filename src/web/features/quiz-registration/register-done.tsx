import { Alert, List, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/router-links.tsx';
import { usePublicConfig } from '../../lib/config.ts';
import type { CompanyRegistrationResult } from './types.ts';

/** After registering: look in your mail for the log-in link (in the demo: the demo mailbox). */
export function RegisterDone({ result }: { result: CompanyRegistrationResult }) {
  const { t } = useTranslation();
  const config = usePublicConfig();
  const headingRef = useRef<HTMLHeadingElement>(null);

  // The form that had focus is gone; continue reading here.
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <Stack gap="md">
      <Title order={2} ref={headingRef} tabIndex={-1}>
        {t('quizRegistration.done.title')}
      </Title>
      <Text>{t('quizRegistration.done.text', { email: result.coordinator.email })}</Text>
      <List spacing={4} size="sm">
        <List.Item>
          {t(
            result.organization.isNew
              ? 'quizRegistration.done.organizationNew'
              : 'quizRegistration.done.organizationKnown',
            { name: result.organization.name },
          )}
        </List.Item>
        <List.Item>
          {t(result.team.isNew ? 'quizRegistration.done.teamNew' : 'quizRegistration.done.teamKnown', {
            name: result.team.name,
          })}
        </List.Item>
      </List>
      <Text>{t('quizRegistration.done.next')}</Text>
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
    </Stack>
  );
}
