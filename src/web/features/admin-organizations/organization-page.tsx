import { Card, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../components/notify.ts';
import { usePageTitle } from '../../components/page-title.ts';
import { QueryState } from '../../components/query-state.tsx';
import { AnchorLink } from '../../components/router-links.tsx';
import { currentLocale } from '../../i18n/i18n.ts';
import { formatDate } from '../../lib/format.ts';
import { organizationFormValues, useOrganization, useUpdateOrganization } from './api.ts';
import { CoordinatorsSection } from './coordinators-section.tsx';
import { OrganizationForm } from './organization-form.tsx';

const route = getRouteApi('/admin/organizations/$id');

/** One organisation: its details (editable) and its coordinators. */
export function OrganizationPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const organization = useOrganization(id);
  const update = useUpdateOrganization(id);
  usePageTitle(organization.data?.name ?? t('organizations.title'));

  return (
    <Stack gap="lg">
      <AnchorLink to="/admin/organizations" size="sm">
        <IconArrowLeft size={14} aria-hidden="true" /> {t('organizations.backToList')}
      </AnchorLink>
      <QueryState query={organization}>
        {(org) => (
          <Stack gap="lg">
            <Stack gap={4}>
              <Title order={1}>{org.name}</Title>
              <Text size="sm" c="dimmed">
                {t('organizations.columns.createdAt')}: {formatDate(org.createdAt, currentLocale())}
              </Text>
            </Stack>
            <Card withBorder padding="lg" component="section" aria-labelledby="org-details-title">
              <Title order={2} size="h3" id="org-details-title" mb="md">
                {t('organizations.detailsTitle')}
              </Title>
              <OrganizationForm
                key={org.id}
                initialValues={organizationFormValues(org)}
                submitLabel={t('common.save')}
                onSubmit={async (values) => {
                  await update.mutateAsync(values);
                  notifySuccess(t('common.saved'));
                }}
              />
            </Card>
            <CoordinatorsSection organization={org} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
