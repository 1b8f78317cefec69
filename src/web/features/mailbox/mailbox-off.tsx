import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/router-links.tsx';

/** Shown where there is no demo mailbox (real mail is sent), e.g. for an old bookmark. */
export function MailboxOff() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" maw={640}>
      <Title order={1}>{t('mailbox.title')}</Title>
      <Text>{t('mailbox.off')}</Text>
      <div>
        <ButtonLink to="/login" variant="light">
          {t('nav.login')}
        </ButtonLink>
      </div>
    </Stack>
  );
}
