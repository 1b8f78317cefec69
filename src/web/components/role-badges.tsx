import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RoleGrant } from '../lib/roles.ts';

/** "Programmateam · WishTeams", one badge per role grant. */
export function RoleBadges({ roles }: { roles: RoleGrant[] }) {
  const { t } = useTranslation();
  if (roles.length === 0) return null;
  return (
    <Group gap={6}>
      {roles.map((grant) => (
        <Badge
          key={`${grant.role}:${grant.programme ?? ''}:${grant.organizationId ?? ''}`}
          variant="light"
          tt="none"
          fw={600}
          // Wrap long names ("Programmateam · Een Nieuw Geluid") instead of cutting them off.
          h="auto"
          py={2}
          styles={{ label: { whiteSpace: 'normal', overflow: 'visible' } }}
        >
          {t(`roles.${grant.role}`)}
          {grant.programme ? ` · ${t(`programmes.${grant.programme}`)}` : ''}
        </Badge>
      ))}
    </Group>
  );
}
