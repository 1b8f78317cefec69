import { Button, Group, Modal, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LiveStatus } from '../../components/live-status.tsx';
import { notifySuccess } from '../../components/notify.ts';
import { usePageTitle } from '../../components/page-title.ts';
import { PaginationBar } from '../../components/pagination-bar.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { RoleBadges } from '../../components/role-badges.tsx';
import { AnchorLink } from '../../components/router-links.tsx';
import { SearchBox } from '../../components/search-box.tsx';
import { TableFrame } from '../../components/table-frame.tsx';
import { currentLocale } from '../../i18n/i18n.ts';
import { DEFAULT_PAGE_SIZE } from '../../lib/api.ts';
import { isAdmin, type Role, roles } from '../../lib/roles.ts';
import { useMe } from '../../lib/session.ts';
import { personFormValues, useCreatePerson, usePeople } from './api.ts';
import { PersonForm } from './person-form.tsx';

const route = getRouteApi('/admin/people');

/** People: search by name or e-mail, filter by role; admins create new people. */
export function PeoplePage() {
  const { t } = useTranslation();
  const { q, role, page = 1 } = route.useSearch();
  const setSearch = route.useNavigate();
  const navigate = useNavigate();
  const people = usePeople({ q, role, page });
  const create = useCreatePerson();
  const me = useMe();
  const [creating, createModal] = useDisclosure(false);
  usePageTitle(t('people.title'));

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('people.title')}</Title>
        {isAdmin(me.data) && (
          <Button leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={createModal.open}>
            {t('people.new')}
          </Button>
        )}
      </Group>

      <Group align="flex-end" gap="md">
        <SearchBox
          label={t('people.searchLabel')}
          value={q ?? ''}
          onSearch={(next) =>
            void setSearch({
              search: (prev) => ({ ...prev, q: next || undefined, page: undefined }),
              replace: true,
            })
          }
        />
        <Select
          label={t('people.roleFilter')}
          placeholder={t('people.allRoles')}
          data={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          value={role ?? null}
          clearable
          onChange={(next) =>
            void setSearch({
              search: (prev) => ({ ...prev, role: (next as Role | null) ?? undefined, page: undefined }),
            })
          }
          w={220}
        />
      </Group>

      <LiveStatus message={people.data ? t('common.total', { count: people.data.total }) : ''} />
      <QueryState query={people}>
        {(data) =>
          data.total === 0 ? (
            <Text>{q ? t('common.noResultsFor', { query: q }) : t('common.noResults')}</Text>
          ) : (
            <>
              <TableFrame caption={t('people.caption')} minWidth={760}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('people.columns.name')}</Table.Th>
                    <Table.Th scope="col">{t('people.columns.email')}</Table.Th>
                    <Table.Th scope="col">{t('people.columns.jobRole')}</Table.Th>
                    <Table.Th scope="col">{t('people.columns.locale')}</Table.Th>
                    <Table.Th scope="col">{t('people.columns.roles')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((person) => (
                    <Table.Tr key={person.id}>
                      <Table.Th scope="row" fw={500}>
                        <AnchorLink to="/admin/people/$id" params={{ id: person.id }}>
                          {person.name}
                        </AnchorLink>
                      </Table.Th>
                      <Table.Td>{person.email}</Table.Td>
                      <Table.Td>
                        {person.jobRole ? t(`account.jobRoles.${person.jobRole}`) : t('common.none')}
                      </Table.Td>
                      <Table.Td>{t(`locales.${person.locale}`)}</Table.Td>
                      <Table.Td>
                        {person.roles.length > 0 ? <RoleBadges roles={person.roles} /> : t('common.none')}
                      </Table.Td>
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
        title={t('people.createTitle')}
        size="xl"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <PersonForm
          mode="create"
          initialValues={personFormValues(undefined, currentLocale())}
          submitLabel={t('common.create')}
          onCancel={createModal.close}
          onSubmit={async (values) => {
            const person = await create.mutateAsync(values);
            createModal.close();
            notifySuccess(t('people.created', { name: person.name }));
            await navigate({ to: '/admin/people/$id', params: { id: person.id } });
          }}
        />
      </Modal>
    </Stack>
  );
}
