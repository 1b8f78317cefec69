import { Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LiveStatus } from '../../components/live-status.tsx';
import { notifySuccess } from '../../components/notify.ts';
import { usePageTitle } from '../../components/page-title.ts';
import { PaginationBar } from '../../components/pagination-bar.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { AnchorLink } from '../../components/router-links.tsx';
import { SearchBox } from '../../components/search-box.tsx';
import { TableFrame } from '../../components/table-frame.tsx';
import { currentLocale } from '../../i18n/i18n.ts';
import { DEFAULT_PAGE_SIZE } from '../../lib/api.ts';
import { formatDate } from '../../lib/format.ts';
import { organizationFormValues, useCreateOrganization, useOrganizations } from './api.ts';
import { OrganizationForm } from './organization-form.tsx';

const route = getRouteApi('/admin/organizations');

/** Organisations: search, page through, and create a new one. */
export function OrganizationsPage() {
  const { t } = useTranslation();
  const { q, page = 1 } = route.useSearch();
  const setSearch = route.useNavigate();
  const navigate = useNavigate();
  const organizations = useOrganizations({ q, page });
  const create = useCreateOrganization();
  const [creating, createModal] = useDisclosure(false);
  const locale = currentLocale();
  usePageTitle(t('organizations.title'));

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('organizations.title')}</Title>
        <Button leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={createModal.open}>
          {t('organizations.new')}
        </Button>
      </Group>

      <SearchBox
        label={t('organizations.searchLabel')}
        value={q ?? ''}
        onSearch={(next) =>
          void setSearch({ search: { q: next || undefined, page: undefined }, replace: true })
        }
      />

      <LiveStatus
        message={organizations.data ? t('common.total', { count: organizations.data.total }) : ''}
      />
      <QueryState query={organizations}>
        {(data) =>
          data.total === 0 ? (
            <Text>{q ? t('common.noResultsFor', { query: q }) : t('organizations.empty')}</Text>
          ) : (
            <>
              <TableFrame caption={t('organizations.caption')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('organizations.columns.name')}</Table.Th>
                    <Table.Th scope="col">{t('organizations.columns.kvkNumber')}</Table.Th>
                    <Table.Th scope="col">{t('organizations.columns.city')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('organizations.columns.coordinators')}
                    </Table.Th>
                    <Table.Th scope="col">{t('organizations.columns.createdAt')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((org) => (
                    <Table.Tr key={org.id}>
                      <Table.Th scope="row" fw={500}>
                        <AnchorLink to="/admin/organizations/$id" params={{ id: org.id }}>
                          {org.name}
                        </AnchorLink>
                      </Table.Th>
                      <Table.Td>{org.kvkNumber ?? t('common.none')}</Table.Td>
                      <Table.Td>{org.city ?? t('common.none')}</Table.Td>
                      <Table.Td ta="right">{org.coordinatorCount}</Table.Td>
                      <Table.Td>{formatDate(org.createdAt, locale)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </TableFrame>
              <PaginationBar
                page={page}
                pageSize={DEFAULT_PAGE_SIZE}
                total={data.total}
                onChange={(next) => void setSearch({ search: (prev) => ({ ...prev, page: next }) })}
              />
            </>
          )
        }
      </QueryState>

      <Modal
        opened={creating}
        onClose={createModal.close}
        title={t('organizations.createTitle')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <OrganizationForm
          initialValues={organizationFormValues()}
          submitLabel={t('common.create')}
          onCancel={createModal.close}
          onSubmit={async (values) => {
            const organization = await create.mutateAsync(values);
            createModal.close();
            notifySuccess(t('organizations.created', { name: organization.name }));
            await navigate({ to: '/admin/organizations/$id', params: { id: organization.id } });
          }}
        />
      </Modal>
    </Stack>
  );
}
