import { Menu } from '@mantine/core';
import { IconTrophy } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../lib/session.ts';
import { quizNavTarget } from './access.ts';

/**
 * The entry to one's own quiz page in the header's user menu: "Mijn aanmelding" for
 * coordinators, "Mijn quiz" for participants, nothing for others. It sits with "Mijn account"
 * (personal pages), where it fits on every screen width; the programme bar has no room left.
 */
export function QuizMenuItem() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const target = quizNavTarget(me.data);
  if (!target) return null;
  return (
    <Menu.Item
      leftSection={<IconTrophy size={16} aria-hidden="true" />}
      onClick={() => void navigate({ to: target.to })}
    >
      {t(`quizRegistration.nav.${target.label}`)}
    </Menu.Item>
  );
}
