import { ActionIcon, Button, Fieldset, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import type { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { programmes, roles, scopeOf } from '../../lib/roles.ts';
import { newGrantKey, type PersonFormValues } from './api.ts';
import { OrganizationSelect } from './organization-select.tsx';

// Derived from useForm because @mantine/form's ESM type entry does not expose UseFormReturnType under NodeNext.
type RolesForm = Pick<
  ReturnType<typeof useForm<PersonFormValues>>,
  'getValues' | 'getInputProps' | 'insertListItem' | 'removeListItem'
>;

interface RolesEditorProps {
  form: RolesForm;
  disabled?: boolean;
}

/** The person's role grants as a list of small fieldsets: role, and its programme or organisation. */
export function RolesEditor({ form, disabled }: RolesEditorProps) {
  const { t } = useTranslation();
  const grants = form.getValues().roles;
  const roleOptions = roles.map((role) => ({ value: role, label: t(`roles.${role}`) }));
  const programmeOptions = programmes.map((p) => ({ value: p, label: t(`programmes.${p}`) }));

  return (
    <Stack gap="sm">
      <Text size="sm">{t('people.rolesIntro')}</Text>
      {grants.length === 0 && <Text c="dimmed">{t('people.noRoles')}</Text>}
      {grants.map((grant, index) => {
        const scope = grant.role ? scopeOf(grant.role) : 'none';
        const number = index + 1;
        return (
          <Fieldset key={grant.key} legend={t('people.roleGroup', { number })} disabled={disabled}>
            <Group align="flex-start" wrap="nowrap">
              <SimpleGrid cols={{ base: 1, sm: 2 }} style={{ flexGrow: 1 }}>
                <Select
                  label={t('people.role')}
                  data={roleOptions}
                  allowDeselect={false}
                  required
                  {...form.getInputProps(`roles.${index}.role`)}
                />
                {(scope === 'programme' || scope === 'optional') && (
                  <Select
                    label={t('people.programme')}
                    placeholder={
                      scope === 'optional' ? t('people.anyProgramme') : t('people.programmePlaceholder')
                    }
                    data={programmeOptions}
                    clearable={scope === 'optional'}
                    required={scope === 'programme'}
                    {...form.getInputProps(`roles.${index}.programme`)}
                  />
                )}
                {(scope === 'organization' || scope === 'optional') && (
                  <OrganizationSelect
                    label={t('people.organization')}
                    required={scope === 'organization'}
                    disabled={disabled}
                    {...form.getInputProps(`roles.${index}.organizationId`)}
                  />
                )}
              </SimpleGrid>
              <ActionIcon
                variant="subtle"
                color="red"
                mt={28}
                aria-label={t('people.removeRole', { number })}
                onClick={() => form.removeListItem('roles', index)}
                disabled={disabled}
              >
                <IconTrash size={18} aria-hidden="true" />
              </ActionIcon>
            </Group>
          </Fieldset>
        );
      })}
      {!disabled && (
        <Group>
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden="true" />}
            onClick={() =>
              form.insertListItem('roles', {
                key: newGrantKey(),
                role: null,
                programme: null,
                organizationId: null,
              })
            }
          >
            {t('people.addRole')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
