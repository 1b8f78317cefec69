import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/page-title.ts';
import { AnchorLink } from '../../components/router-links.tsx';
import { isAdmin } from '../../lib/roles.ts';
import { useMe } from '../../lib/session.ts';
import { adminSections } from './admin-sections.ts';

/** The admin start page: the sections this person may use. */
export function AdminHome() {
  const { t } = useTranslation();
  const me = useMe();
  usePageTitle(t('admin.title'));
  const admin = isAdmin(me.data);
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t('admin.title')}</Title>
        <Text>{t('admin.intro')}</Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {adminSections
          .filter((section) => admin || !section.adminOnly)
          .map((section) => (
            <Card key={section.to} withBorder padding="lg">
              <Title order={2} size="h4" mb={4}>
                <AnchorLink to={section.to}>{t(section.label)}</AnchorLink>
              </Title>
              <Text size="sm">{t(section.description)}</Text>
            </Card>
          ))}
      </SimpleGrid>
    </Stack>
  );
}
