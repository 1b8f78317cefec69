import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MemberStatus, PledgeStatus } from './types.ts';

const memberColor: Record<MemberStatus, string> = { invited: 'blue', confirmed: 'teal', bounced: 'red' };
const pledgeColor: Record<PledgeStatus, string> = { pledged: 'blue', paid: 'teal', cancelled: 'gray' };

/** Uitgenodigd / Bevestigd / Mail komt niet aan. */
export function MemberStatusBadge({ status }: { status: MemberStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={memberColor[status]} variant="light" tt="none">
      {t(`quizRegistration.memberStatus.${status}`)}
    </Badge>
  );
}

export function PledgeStatusBadge({ status }: { status: PledgeStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={pledgeColor[status]} variant="light" tt="none">
      {t(`quizRegistration.pledgeStatus.${status}`)}
    </Badge>
  );
}
