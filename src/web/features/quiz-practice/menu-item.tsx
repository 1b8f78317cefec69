import { Menu } from '@mantine/core';
import { IconPencilQuestion } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { RoleGrant } from '../../lib/roles.ts';
import { useMe } from '../../lib/session.ts';

/** Quiz participants practise; the role is granted when someone is added to a quiz team. */
export const practises = (person: { roles: RoleGrant[] } | null | undefined): boolean =>
  !!person?.roles.some((r) => r.role === 'participant' && (r.programme === 'quiz' || r.programme === null));

/** "Oefenen" in the header's user menu, for quiz participants; nothing for others. */
export function PracticeMenuItem() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  if (!practises(me.data)) return null;
  return (
    <Menu.Item
      leftSection={<IconPencilQuestion size={16} aria-hidden="true" />}
      onClick={() => void navigate({ to: '/oefenen' })}
    >
      {t('quizPractice.menu')}
    </Menu.Item>
  );
}
