import { Card, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../components/notify.ts';
import { usePageTitle } from '../../components/page-title.ts';
import { QueryState } from '../../components/query-state.tsx';
import { AnchorLink } from '../../components/router-links.tsx';
import { isAdmin } from '../../lib/roles.ts';
import { useMe } from '../../lib/session.ts';
import { personFormValues, usePerson, useUpdatePerson } from './api.ts';
import { PersonForm } from './person-form.tsx';

const route = getRouteApi('/admin/people/$id');

/** One person: details and roles; admins can change them, programme staff can look. */
export function PersonPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const person = usePerson(id);
  const update = useUpdatePerson(id);
  const me = useMe();
  const canEdit = isAdmin(me.data);
  usePageTitle(person.data?.name ?? t('people.title'));

  return (
    <Stack gap="lg">
      <AnchorLink to="/admin/people" size="sm">
        <IconArrowLeft size={14} aria-hidden="true" /> {t('people.backToList')}
      </AnchorLink>
      <QueryState query={person}>
        {(data) => (
          <Stack gap="lg">
            <Stack gap={4}>
              <Title order={1}>{data.name}</Title>
              <Text c="dimmed">{data.email}</Text>
            </Stack>
            <Card withBorder padding="lg">
              <PersonForm
                key={data.id}
                mode="edit"
                readOnly={!canEdit}
                initialValues={personFormValues(data)}
                submitLabel={t('common.save')}
                onSubmit={async (values) => {
                  await update.mutateAsync(values);
                  notifySuccess(t('common.saved'));
                }}
              />
            </Card>
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
