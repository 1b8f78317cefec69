import { useTranslation } from 'react-i18next';
import { RouterNavLink } from '../../components/router-links.tsx';
import { useMe } from '../../lib/session.ts';
import { canUseQuizManagement } from './access.ts';

/**
 * The header entry "Quizbeheer" for quiz staff, quiz experts and admins; nothing for others.
 * Props are passed on (sizes differ per menu).
 */
export function QuizManageNavEntry(props: { w?: string; py?: number; px?: string }) {
  const { t } = useTranslation();
  const me = useMe();
  if (!canUseQuizManagement(me.data)) return null;
  return <RouterNavLink to="/quiz/manage" label={t('quizContent.nav')} {...props} />;
}
